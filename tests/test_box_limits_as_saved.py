"""A text box with a limit stops where its save would, counting as the save counts.

A tester's walk after the round that gave every form box its save's limit:

- 400 × "क़" (U+0958) pasted into an application's Company stopped at 300 with the Full note,
  and the save said "Company is 600 characters; the limit is 300.": the save puts text in
  Unicode's composed form (NFC), and U+0958 becomes two code points there.
- "Questions they asked" and a skill's "Links and notes" took a 10,000-character line without
  a word; only the save said a line was too long.
- A cut at the limit split a family emoji into another emoji, and a pasted RLO/PDF pair was
  kept while a typed one is not.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input, Static, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.form import FormScreen
from tests.built_stores import store_once
from tests.ui_harness import app_on, field_line, settle, settle_workers, tab_to_field

QA = "\u0958"  # क़: one code point typed, two once saved (NFC never composes it)
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # 👩‍👩‍👧, five code points
HOSTILE = "\U0001f680" + FAMILY + " e\u0301\u0301\u0301"  # 🚀👩‍👩‍👧 é́́: eleven code points


def test_a_paste_is_cut_as_the_save_counts_and_between_whole_characters() -> None:
    from bounceback_tui.domain.text_fit import box_length, fitting

    assert fitting("", QA * 400, "", 300) == QA * 150
    # 18 whole pieces are 198 code points; the rocket fits, the family (5) does not.
    assert fitting("", HOSTILE * 30, "", 200) == HOSTILE * 18 + "\U0001f680"
    assert fitting("ab", "e\u0301\u0301", "", 4) == ""  # the accented e whole, or not at all
    assert fitting("", "\U0001f1e9\U0001f1ea" * 3, "", 5) == "\U0001f1e9\U0001f1ea" * 2  # 🇩🇪🇩🇪
    assert box_length(QA * 3) == 6


async def test_a_company_of_composition_exclusions_fits_as_saved(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        screen.query_one("#field-role", Input).value = "Analyst"
        company = await tab_to_field(pilot, "company")
        company.post_message(events.Paste(QA * 400))
        await settle(pilot, 3)
        assert company.value == QA * 150
        # Counted as the save counts them: each of the 400 pasted is two once saved.
        assert field_line(screen, "company") == (
            "Full: 300 characters at most. 500 of the 800 characters pasted were left out."
        )
        await pilot.press(QA)  # typed, one more would be 302 once saved
        await settle(pilot)
        assert company.value == QA * 150
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen), field_line(screen, "company")


async def test_a_many_line_box_counts_as_saved_too(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.recovery.template import template_form

    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        app.push_screen(template_form(app.db, None, "keep_going"))
        await settle(pilot, 3)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        detail = await tab_to_field(pilot, "detail")
        app.post_message(events.Paste(QA * 1_500))
        await settle(pilot, 3)
        assert detail.text == QA * 1_000
        assert field_line(screen, "detail") == (
            "Full: 2,000 characters at most. 1,000 of the 3,000 characters pasted were left out."
        )


async def test_a_cut_keeps_a_family_emoji_whole_and_a_paste_drops_bidi_overrides(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        why = await tab_to_field(pilot, "why")
        assert isinstance(why, TextArea)
        app.post_message(events.Paste("Keep \u202eup\u202c"))
        await settle(pilot)
        assert why.text == "Keep up"
        title = await tab_to_field(pilot, "title")
        title.post_message(events.Key("\u202e", "\u202e"))  # typed: not taken (it never was)
        title.post_message(events.Paste("A\u202eB\u202c "))
        await settle(pilot)
        assert title.value == "AB "
        title.post_message(events.Paste(HOSTILE * 30))
        await settle(pilot, 3)
        # "AB " and 17 whole pieces are 190 code points; then the rocket and the family fit
        # (196), the space (197) and the e with its three accents (201) does not.
        assert title.value == "AB " + HOSTILE * 17 + "\U0001f680" + FAMILY + " "
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen)
        assert pane.selected.title.endswith(FAMILY)
        assert "\u202e" not in pane.selected.why


async def test_a_question_line_stops_at_the_banks_limit(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("h")  # the demo has an interview to ask about
        await settle(pilot, 4)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        questions = await tab_to_field(pilot, "questions")
        assert isinstance(questions, TextArea)
        app.post_message(events.Paste("Why us?\n" + "z" * 10_000 + "\nWhy now?"))
        await settle(pilot, 3)
        assert questions.text == "Why us?\n" + "z" * 1_000 + "\nWhy now?"
        questions.move_cursor((1, 1_000))
        await pilot.press("y")  # the line is full: not taken
        await settle(pilot)
        assert questions.text.split("\n")[1] == "z" * 1_000
        # 8 + 10,000 + 9 pasted; the long line lost 9,000.
        assert field_line(screen, "questions") == (
            "Full: 1,000 characters a line at most. 9,000 of the 10,017 characters pasted "
            "were left out."
        )
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen), field_line(screen, "questions")


async def test_a_skills_long_note_is_said_as_it_is_typed(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        resources = await tab_to_field(pilot, "resources")
        app.post_message(events.Paste("https://example.org/sql a course\n" + "n" * 10_000))
        await settle(pilot, 3)
        assert field_line(screen, "resources") == (
            "Line 2 is 10,000 characters; keep a note under 400 and put longer thoughts in Notes."
        )
        # Not a refusal of the form yet: the bottom line counts nothing.
        assert str(screen.query_one("#form-message", Static).render()).strip() == ""
        resources.load_text("https://example.org/sql a course\n" + "n" * 400)
        await settle(pilot)
        assert field_line(screen, "resources") == ""
