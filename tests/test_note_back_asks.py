"""Back from the questions of a note, the note is still typing not saved (a tester's walk).

Today `i`, `n`, a note, ctrl+s (its questions), Escape ("back to your note", the note still
there), then Escape again: the form closed with no question and the note was gone, where the
same Escape before ctrl+s asked "Throw away what you typed?". The form opened again with the
note as its start, so nothing looked changed. The shared form now takes what was typed apart
from where it starts (``FormScreen(typed=...)``), and asks as it did the first time.
"""

from __future__ import annotations

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.answers.note_questions import NoteQuestionsScreen
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen
from tests.screen_text import screen_text
from tests.ui_harness import app_on, fill, settle_workers

NOTE = "Long note. Is Acme hiring? Why Acme?"


async def _back_from_the_questions(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, AnswerBankScreen)
    await pilot.press("n")
    await settle_workers(pilot)
    await fill(pilot, note=NOTE)
    await pilot.press("ctrl+s")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, NoteQuestionsScreen)
    await pilot.press("escape")  # back to your note
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, FormScreen)
    assert pilot.app.screen.query_one("#field-note").text == NOTE


async def test_escape_back_on_the_note_asks_before_throwing_it_away(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _back_from_the_questions(pilot)
        await pilot.press("escape")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        text = screen_text(app)
        assert "Throw away what you typed?" in text
        assert "Nothing in it has been saved yet." in text
        await pilot.press("n")  # no: back to the note, as typed
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-note").text == NOTE  # type: ignore[attr-defined]
        assert focus_problem(app) is None
        await pilot.press("escape", "y")  # asked again; this time thrown away
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        assert focus_problem(app) is None
    assert answers.list_questions(db) == []


async def test_a_form_opened_with_typing_asks_and_one_opened_with_values_does_not(
    opened_paths: DataPaths,
) -> None:
    """The shared rule: ``typed`` is shown and unsaved; a field's ``value`` is the start."""
    fields = (FieldSpec("name", "Name", value="Ada"), FieldSpec("town", "Town"))
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        app.push_screen(FormScreen("Edit", fields, lambda values: values))
        await settle_workers(pilot)
        await pilot.press("escape")  # nothing typed over "Ada": closes at once
        await settle_workers(pilot)
        assert not isinstance(app.screen, (FormScreen, ConfirmScreen))
        app.push_screen(FormScreen("Edit", fields, lambda values: values, typed={"town": "Oslo"}))
        await settle_workers(pilot)
        assert app.screen.query_one("#field-name", Input).value == "Ada"
        assert app.screen.query_one("#field-town", Input).value == "Oslo"
        assert isinstance(app.screen, FormScreen) and app.screen.has_changes()
        await pilot.press("escape")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)


async def test_quitting_from_the_questions_asks_as_the_note_is_not_saved(
    opened_paths: DataPaths, db: Database
) -> None:
    """While its questions show, the note is held by nothing on screen: ctrl+q quit at once."""
    from bounceback_tui.ui.kit.quit_guard import QuitConfirmScreen

    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _back_from_the_questions(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, NoteQuestionsScreen)
        await pilot.press("ctrl+q")
        await settle_workers(pilot)
        assert isinstance(app.screen, QuitConfirmScreen)
        assert not app.quitting
        assert "Your note has not been saved yet." in screen_text(app)
        await pilot.press("n")
        await settle_workers(pilot)
        assert isinstance(app.screen, NoteQuestionsScreen)
        assert focus_problem(app) is None
