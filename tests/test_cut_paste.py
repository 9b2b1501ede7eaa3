"""A paste cut to fit its box is said, and a cut link is not saved.

An attacker's walk pasted ``https://ok.example/`` and 200,000 ``a``s into a new
application's Link: the box kept 2,000 characters, said only "Full: 2,000 characters at
most." and the save stored a link missing its end, one that would not open (the CSV import
refuses the same link whole). A link box (the Pipeline's, a person's profile link, an
interview's video link) now refuses to save while a cut paste's text is in it, saying how
long the paste was and the limit, with the cursor in the box; the refusal stays until the box
is emptied or its whole text replaced. Every other box says how much of a cut paste was left
out, under the box, as it is cut (``ui/kit/fields.full_note``).
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import list_applications
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, field_line, fill, settle, tab_to_field

LONG_LINK = "https://ok.example/" + "a" * 200_000  # 200,019 characters
REFUSED = (
    "The link pasted was 200,019 characters long, and a link takes 2,000 at most, so it was "
    "cut and would not open. Clear the box and paste a shorter link."
)


async def test_a_cut_link_in_a_new_application_is_refused_until_it_is_replaced(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        await tab_to_field(pilot, "company")
        await pilot.press(*"Acme")
        await tab_to_field(pilot, "role")
        await pilot.press(*"Engineer")
        link = await tab_to_field(pilot, "link")
        link.post_message(events.Paste(LONG_LINK))
        await settle(pilot, 3)
        assert len(link.value) == 2_000
        # Said as it is cut: 200,019 - 2,000 = 198,019 characters never arrived.
        assert field_line(screen, "link") == (
            "Full: 2,000 characters at most. 198,019 of the 200,019 characters pasted were "
            "left out."
        )
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert app.screen is screen  # the form stays open, nothing saved
        assert field_line(screen, "link") == REFUSED
        assert screen.focused is link
        assert focus_problem(app) is None
        assert list_applications(app.db) == []
        # One character less is still a cut link: refused again.
        await pilot.press("backspace", "ctrl+s")
        await settle(pilot, 3)
        assert app.screen is screen
        assert field_line(screen, "link") == REFUSED
        # The whole box replaced by a link that fits: saved.
        link.select_all()
        link.post_message(events.Paste("https://ok.example/jobs/1"))
        await settle(pilot, 3)
        assert field_line(screen, "link") == ""
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen)
        assert [a.link for a in list_applications(app.db)] == ["https://ok.example/jobs/1"]


async def test_a_cut_link_emptied_and_typed_again_saves(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        await pilot.press(*"Sam")
        link = await tab_to_field(pilot, "link")
        assert isinstance(link, Input)
        link.post_message(events.Paste(LONG_LINK))
        await settle(pilot, 3)
        await pilot.press("enter")
        await settle(pilot, 3)
        assert app.screen is screen
        assert field_line(screen, "link") == REFUSED
        assert screen.focused is link
        link.value = ""  # emptied, as ctrl+u or a run of backspaces leaves it
        await pilot.press(*"https://ok.example/sam", "enter")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen)
        assert pane.selected.name == "Sam"


async def test_an_interviews_cut_video_link_is_refused(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.people.forms import interview_fields

    submitted: list[dict[str, str]] = []
    async with app_on(opened_paths, "people") as (app, pilot, _pane):
        app.push_screen(FormScreen("Interview", interview_fields(()), submitted.append))
        await settle(pilot, 3)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        link = await tab_to_field(pilot, "link")
        link.post_message(events.Paste(LONG_LINK))
        await settle(pilot, 3)
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert app.screen is screen
        assert submitted == []  # the form's own save was not asked
        assert field_line(screen, "link") == REFUSED
        assert screen.focused is link


async def test_a_cut_role_says_how_much_was_left_out_and_saves(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        await tab_to_field(pilot, "company")
        await pilot.press(*"Acme")
        role = await tab_to_field(pilot, "role")
        role.post_message(events.Paste("r" * 500))
        await settle(pilot, 3)
        assert role.value == "r" * 300
        assert field_line(screen, "role") == (
            "Full: 300 characters at most. 200 of the 500 characters pasted were left out."
        )
        # Not a refusal: the form saves what the box holds.
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen)
        assert [a.role for a in list_applications(app.db)] == ["r" * 300]


async def test_a_many_line_box_says_how_much_of_a_paste_was_left_out(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.recovery.template import template_form

    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        app.push_screen(template_form(app.db, None, "keep_going"))
        await settle(pilot, 3)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        detail = await tab_to_field(pilot, "detail")
        assert isinstance(detail, TextArea)
        detail.post_message(events.Paste("d" * 2_500))
        await settle(pilot, 3)
        assert detail.text == "d" * 2_000
        assert field_line(screen, "detail") == (
            "Full: 2,000 characters at most. 500 of the 2,500 characters pasted were left out."
        )
        # Changed since: the box is as the person left it, and says only that it is full.
        await pilot.press("backspace")
        await settle(pilot)
        assert field_line(screen, "detail") == ""


async def test_a_cut_link_is_refused_before_a_rejections_questions(
    opened_paths: DataPaths,
) -> None:
    # Saved as Rejected, the form asks the day and stage of the no once the rest is checked:
    # a cut link is refused before that, not after the person has answered.
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        await fill(pilot, company="Acme", role="Engineer", stage="rejected")
        link = await tab_to_field(pilot, "link")
        link.post_message(events.Paste(LONG_LINK))
        await settle(pilot, 3)
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert app.screen is screen
        assert field_line(screen, "link") == REFUSED
        assert screen.focused is link
        assert list_applications(app.db) == []
