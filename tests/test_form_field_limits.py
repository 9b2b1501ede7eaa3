"""A form's text box stops at the limit its save checks, and says when it is full.

A new skill's title box took a 10,000-character paste and only refused it on save ("Skill is
9,524 characters; the limit is 300."), the person left to cut it down by hand. The forms
built with the kit (ui/kit/form.py) now give each text box the limit its save reads, as
People's name box and Settings' fields had: a paste keeps what fits, the keys past it are not
taken, and the line under the field says "Full: N characters at most." (and, after a cut
paste, how much of it was left out: tests/test_cut_paste.py). The note is not a refusal: the
form saves what the box holds.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input, Static, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, field_line, settle, tab_to_field

PASTE = "x" * 10_000


async def test_a_long_paste_into_a_skills_title_keeps_what_fits_and_saves(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        title = await tab_to_field(pilot, "title")
        title.post_message(events.Paste(PASTE))
        await settle(pilot, 3)
        assert len(title.value) == 200
        assert field_line(screen, "title") == (
            "Full: 200 characters at most. 9,800 of the 10,000 characters pasted were left out."
        )
        # Not a refusal: the bottom line counts nothing, and the form saves the box's text.
        assert str(screen.query_one("#form-message", Static).render()).strip() == ""
        await pilot.press("enter")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen)
        assert pane.selected.title == "x" * 200


async def test_an_applications_company_stops_at_its_limit(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        company = await tab_to_field(pilot, "company")
        await pilot.press(*"Acme ")
        company.post_message(events.Paste(PASTE))
        await settle(pilot, 3)
        assert company.value == "Acme " + "x" * 295
        assert field_line(screen, "company") == (
            "Full: 300 characters at most. 9,705 of the 10,000 characters pasted were left out."
        )
        await pilot.press("z")  # a key past the limit is not taken
        await settle(pilot)
        assert len(company.value) == 300
        assert field_line(screen, "company") == (
            "Full: 300 characters at most. 9,705 of the 10,000 characters pasted were left out."
        )
        # One back, and the note goes: the box is not full any more.
        await pilot.press("backspace")
        await settle(pilot)
        assert len(company.value) == 299
        assert field_line(screen, "company") == ""


async def test_a_peoples_email_stops_at_its_limit(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "people") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        email = await tab_to_field(pilot, "email")
        assert isinstance(email, Input)
        email.post_message(events.Paste(PASTE))
        await settle(pilot, 3)
        assert len(email.value) == 254
        assert field_line(screen, "email") == (
            "Full: 254 characters at most. 9,746 of the 10,000 characters pasted were left out."
        )


async def test_a_template_steps_detail_stops_at_its_limit(opened_paths: DataPaths) -> None:
    # A many-line box too: Textual's TextArea has no limit of its own.
    from bounceback_tui.ui.recovery.template import template_form

    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        app.push_screen(template_form(app.db, None, "keep_going"))
        await settle(pilot, 3)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        detail = await tab_to_field(pilot, "detail")
        assert isinstance(detail, TextArea)
        await pilot.press(*"Two ")
        detail.post_message(events.Paste("line one\n" + PASTE))
        await settle(pilot, 3)
        assert detail.text == "Two line one\n" + "x" * 1_987
        # "Two " was there; "line one" and its line break and 1,987 x's fit of 10,009.
        assert field_line(screen, "detail") == (
            "Full: 2,000 characters at most. 8,013 of the 10,009 characters pasted were left out."
        )
        await pilot.press("z", "enter")  # neither is taken
        await settle(pilot)
        assert len(detail.text) == 2_000
