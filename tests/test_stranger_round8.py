"""What rev8's stranger review (2026-12-05) found walking the app in tmux, one test each.

Each failed before its fix (docs/testing.md, "Stranger review, rev8's round").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import screen_text
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)
from tests.test_two_windows import answer_step  # noqa: F401  (the fixture: a reflection step)
from tests.ui_harness import app_on, settle


async def test_a_tab_pasted_into_a_one_line_field_becomes_a_space_and_saves(
    opened_paths: DataPaths,
) -> None:
    """A name copied from a spreadsheet ("Jane<TAB>Doe") showed as "Jane    Doe" and the save
    said "The name contains control characters; remove them": a character nobody could see."""
    async with app_on(opened_paths, "people", size=(100, 40)) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        app.post_message(events.Paste("Jane\tDoe"))
        await settle(pilot)
        assert app.screen.query_one("#field-name", Input).value == "Jane Doe"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen), screen_text(app)
        assert "Jane Doe" in screen_text(app)


async def test_a_note_typed_into_the_answer_banks_note_form_lands_in_the_note(
    opened_paths: DataPaths,
) -> None:
    """`n` in the answer bank says "Write freely. Every sentence that ends with ? joins the
    bank." and the person starts typing: the text went into the optional one-line "Which
    one" field above the note, and the save said "No question found"."""
    from bounceback_tui.ui.answers.bank import AnswerBankScreen

    async with app_on(opened_paths, "today", size=(100, 40)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press(*"Why now?")
        await pilot.press("ctrl+s")  # the questions found, to keep or leave
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, AnswerBankScreen), screen_text(app)
        assert "Why now?" in screen_text(app)


async def test_escape_on_a_typed_link_in_the_import_dialog_asks_first(
    opened_paths: DataPaths,
) -> None:
    """Pipeline `i`, a link pasted, Escape: the link was gone without a word, where every
    form asks "Throw away what you typed?"."""
    from bounceback_tui.ui.kit.confirm import ConfirmScreen
    from bounceback_tui.ui.pipeline.import_posting import ImportPostingScreen

    link = "https://jobs.lever.co/acme/1234"
    async with app_on(opened_paths, "pipeline", size=(100, 30)) as (app, pilot, pane):
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, ImportPostingScreen)
        app.post_message(events.Paste(link))
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ImportPostingScreen)
        url = app.screen.query_one("#import-url", Input)
        assert url.value == link
        assert app.screen.focused is url
        await pilot.press("escape", "y")
        await settle(pilot)
        assert app.screen is pane.screen
        assert app.screen.focused is not None


async def test_deleting_a_person_says_what_they_are_linked_to_in_words(
    opened_paths: DataPaths,
) -> None:
    """The People delete dialog read "They are linked to 2 application(s) and 0
    interview(s)": counts the app knows, written as a form letter."""
    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.domain.people import validate_contact
    from bounceback_tui.services import people_edits
    from bounceback_tui.services.applications import add_application
    from bounceback_tui.store.database import Database
    from bounceback_tui.ui.kit.confirm import ConfirmScreen
    from tests.conftest import FIXED_TODAY

    db = Database(opened_paths.database)
    try:
        rita = people_edits.add_contact(
            db, validate_contact({"name": "Rita Okoye", "kind": "recruiter"}, FIXED_TODAY)
        )
        for company in ("Acme", "Initech"):
            app_id = add_application(db, ApplicationInput(company=company, role="Analyst")).id
            assert app_id is not None
            people_edits.link_application(db, rita, app_id)
    finally:
        db.dispose()
    async with app_on(opened_paths, "people", size=(120, 40)) as (app, pilot, _pane):
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        shown = " ".join(screen_text(app).split())
        assert "They are linked to 2 applications." in shown
        assert "(s)" not in shown
        assert "0 interview" not in shown


async def test_today_names_the_key_that_changes_a_coming_interview(
    seeded: tuple[DataPaths, Any],  # noqa: F811
) -> None:
    """Today lists the week's interviews, but `N` (change or delete one) was on neither the
    key bar nor the screen: only `?` told. The first interview ahead now says "(N)"."""
    from bounceback_tui.ui.people.pick import PickScreen
    from tests.quiet import until_quiet

    paths, _ids = seeded
    async with app_on(paths, None, size=(120, 40)) as (app, pilot, _pane):
        await until_quiet(pilot)
        # The interview's own time beside it (its zone is New York's, not the person's).
        assert (
            "Wed 18 Mar 14:00 (10:00 America/New_York)  Onsite: Acme (Engineer)  (N)"
            in screen_text(app)
        )
        await pilot.press("N")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)  # which one: the one ahead, the one past
        assert app.screen.focused is not None


def test_export_and_import_count_one_thing_in_the_singular(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export` on a first day's store said "Exported everything: 1 applications, 1
    rejections, 1 thought records, 1 skills"; `import` said it again of the file."""
    from bounceback_tui.cli import main

    _one_application_sent_today(opened_paths)
    target = tmp_path / "one.json"
    assert main(["export", "-o", str(target)]) == 0
    said = capsys.readouterr().out
    assert "Exported everything: 1 application, 0 rejections, 0 thought records, 0 skills" in said
    assert main(["import", str(target), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "1 application, 0 rejections, 0 thought records, 0 skills" in said
    assert (
        main(["export", "--format", "markdown", "--from", "all", "-o", str(tmp_path / "j.md")]) == 0
    )
    assert ": 1 application, 0 rejections." in capsys.readouterr().out


async def test_nothing_due_is_said_whole_at_80_columns(opened_paths: DataPaths) -> None:
    """With one application sent and nothing due, Today at 80x24 read "Nothing is due
    today. The next ste…": the line was cut in the middle of a word."""
    from tests.quiet import until_quiet

    _one_application_sent_today(opened_paths)
    async with app_on(opened_paths, None, size=(80, 24)) as (app, pilot, _pane):
        await until_quiet(pilot)
        line = next(line for line in screen_text(app).splitlines() if "Nothing is due" in line)
        assert "…" not in line, line


async def test_an_answer_changed_in_another_window_shows_what_it_says_there(
    opened_paths: DataPaths,
    answer_step: int,  # noqa: F811
) -> None:
    """Two windows writing one step's answer: the dialog asked "reload (your edits here are
    dropped), or save yours over it" without showing the other window's text, so either
    choice threw away a text the person could not see."""
    from bounceback_tui.services import recovery_steps as step_service
    from bounceback_tui.store.database import Database
    from bounceback_tui.ui.kit.conflict import ConflictScreen
    from tests.test_two_windows import _answer_screen, on_pane

    other = Database(opened_paths.database)
    try:
        async with on_pane(opened_paths, "3") as (app, pilot, _pane):
            await _answer_screen(opened_paths, pilot, app, answer_step)
            step_service.save_answer(other, answer_step, "Theirs [b]from[/b] window B")
            await pilot.press(*"Mine")
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ConflictScreen)
            # Its save there ticked the step too: both are named (fixconflict7).
            assert app.screen.changed_there == (
                "It was ticked there. Its answer there now: “Theirs [b]from[/b] window B”"
            )
            shown = " ".join(screen_text(app).split())
            assert "Its answer there now: “Theirs [b]from[/b]" in shown
    finally:
        other.dispose()


async def test_a_name_typed_after_a_country_not_yet_right_is_saved_and_the_why_is_seen(
    opened_paths: DataPaths,
) -> None:
    """Settings, "If you are struggling": "Narnia" as the country, then "Mum" as someone to
    call, then Escape. Nothing was written (the three fields were saved all or nothing) and
    the reason was never on screen: each field's note had no room beside a full-width input."""
    from bounceback_tui.services.care_settings import load_care

    async with app_on(opened_paths, None, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press(",")
        await settle(pilot)
        app.screen.query_one("#care-country", Input).focus()
        await pilot.press(*"Narnia")
        app.screen.query_one("#care-support_name", Input).focus()
        await pilot.press(*"Mum")
        await settle(pilot)
        shown = " ".join(screen_text(app).split())
        assert "Not saved" in shown, shown
        await pilot.press("escape")
        await settle(pilot)
    # (The country is saved as typed, letter by letter: "Na" was a country, "Nar" is not.)
    assert load_care(opened_paths.settings_file).support_name == "Mum"


async def test_a_range_starting_after_today_is_refused_in_place(opened_paths: DataPaths) -> None:
    """What's working, `r`: "+1w" as "Sent from" (meaning a week back) showed "0 applications
    sent · 2026-03-23 to today", a range running backwards, and said nothing about it."""
    from textual.widgets import Static

    from bounceback_tui.ui.insights.screen import InsightsScreen

    async with app_on(opened_paths, None, size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, InsightsScreen)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press(*"+1w", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#error-start", Static).render())
        assert "after today" in error


def test_a_data_dir_that_is_a_file_is_named_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--data-dir notes.txt` (a file) said "Could not use …/notes.txt (File exists)"."""
    from bounceback_tui.cli import main

    notes = tmp_path / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    assert main(["today", "--data-dir", str(notes)]) == 1
    said = capsys.readouterr().err
    assert f"{notes} is a file, not a folder" in said
    assert notes.read_text(encoding="utf-8") == "mine"


def _one_application_sent_today(paths: DataPaths) -> None:
    """The store holds one application (Acme, Analyst), sent today."""
    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.services.applications import add_application
    from bounceback_tui.store.database import Database
    from tests.conftest import FIXED_TODAY

    db = Database(paths.database)
    try:
        add_application(
            db, ApplicationInput(company="Acme", role="Analyst", date_applied=FIXED_TODAY)
        )
    finally:
        db.dispose()
