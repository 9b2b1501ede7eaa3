"""A dialog opened after a note does not sit under it (ui/kit/toast_room.py).

At 80x24 a person adding a skill right after Reframe's "Kept as a draft" note, or marking
a rejection right after "Added", met the form's Save and Cancel buttons under the note."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets._toast import Toast

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit import toast_room
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, toasts


def drawn_notes(screen: Any) -> list[str]:
    """The notes the screen draws (its toast rack's toasts), oldest first."""
    return [str(toast._notification.message) for toast in screen.query(Toast)]


@pytest.fixture(autouse=True)
def earlier_is_a_moment_ago(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(toast_room, "EARLIER_SECONDS", 0.05)


async def test_a_form_opened_after_a_note_lets_it_go_and_keeps_warnings(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline", size=(80, 24), notifications=True) as run:
        app, pilot = run.app, run.pilot
        app.notify("Added Initech")
        app.notify("The link could not be opened", severity="warning")
        await pilot.pause(0.1)
        assert drawn_notes(app.screen) == ["Added Initech", "The link could not be opened"]
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert toasts(app) == ["The link could not be opened"]
        assert drawn_notes(app.screen) == ["The link could not be opened"]
        await pilot.press("escape")
        await pilot.pause()
        # Back on the pane the note is gone there too; the warning stays until it times out.
        assert drawn_notes(app.screen) == ["The link could not be opened"]


async def test_a_note_raised_as_the_dialog_opens_stays(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline", size=(80, 24), notifications=True) as run:
        app, pilot = run.app, run.pilot
        app.notify("Added Initech")
        await pilot.pause(0.1)
        app.notify("Another window changed it")
        app.push_screen(ConfirmScreen("Delete it?"))
        await pilot.pause()
        assert toasts(app) == ["Another window changed it"]


async def test_the_palette_changes_no_note(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline", size=(80, 24), notifications=True) as run:
        app, pilot = run.app, run.pilot
        app.notify("Added Initech")
        await pilot.pause(0.1)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert toasts(app) == ["Added Initech"]


async def test_a_warning_stays_longer_than_textuals_five_seconds(opened_paths: DataPaths) -> None:
    """A stranger's walk (sixteenth round): the Skills limit warning was gone in five seconds,
    before the information notes beside it that set their own ten."""
    async with app_on(opened_paths, "skills", notifications=True) as run:
        app, pilot = run.app, run.pilot
        app.notify("2 skills are in progress now", severity="warning")
        app.notify("Could not open the link", severity="error")
        app.notify("Added SQL")
        app.notify("Done", severity="warning", timeout=3)
        await pilot.pause()
        timeouts = {str(note.message): note.timeout for note in app._notifications}
        assert timeouts == {
            "2 skills are in progress now": 10,
            "Could not open the link": 10,
            "Added SQL": 5,
            "Done": 3,
        }


async def test_an_undo_lets_go_of_the_notes_about_what_it_undid(opened_paths: DataPaths) -> None:
    """A stranger's walk (sixteenth round): after `u`, "If that was a mistake, u takes it
    back." stayed on screen beside "Rejection taken back: …"."""
    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.services.applications import add_application
    from bounceback_tui.store.database import Database

    db = Database(opened_paths.database)
    try:
        add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    finally:
        db.dispose()
    async with app_on(opened_paths, "pipeline", notifications=True) as run:
        app, pilot = run.app, run.pilot
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("n")  # not now: the note says u takes it back
        await pilot.pause()
        assert any("takes it back" in note for note in toasts(app)), toasts(app)
        app.notify("The link could not be opened", severity="warning")
        await pilot.press("u")
        await pilot.pause()
        shown = toasts(app)
        assert not any("takes it back" in note for note in shown)
        assert any(note.startswith("Rejection taken back") for note in shown), shown
        assert "The link could not be opened" in shown


async def test_another_pane_lets_the_last_panes_notes_go(opened_paths: DataPaths) -> None:
    """ "If that was a mistake, u takes it back" followed the person to People, where `u`
    had nothing to undo (a stranger's walk, nineteenth round). A warning stays."""
    async with app_on(opened_paths, "pipeline", size=(80, 24), notifications=True) as run:
        app, pilot = run.app, run.pilot
        app.notify("If that was a mistake, u takes it back.")
        app.notify("The link could not be opened", severity="warning")
        await pilot.pause(0.1)
        await pilot.press("6")
        await pilot.pause()
        assert app.current_pane.id == "people"
        assert toasts(app) == ["The link could not be opened"]
        app.notify("Linked")
        await pilot.pause(0.1)
        await pilot.press("6")  # the pane shown already: nothing changes
        await pilot.pause()
        assert "Linked" in toasts(app)


async def test_a_note_let_go_is_not_drawn_through_the_dialog(opened_paths: DataPaths) -> None:
    """The pane under a dialog shows through it: a note let go as the dialog opened was still
    drawn there, beside the dialog's buttons (a new user on the demo store, 80x24)."""
    from tests.screen_text import is_on_screen

    async with app_on(opened_paths, "pipeline", size=(80, 24), notifications=True) as run:
        app, pilot = run.app, run.pilot
        app.notify("Added Initech")
        await pilot.pause(0.1)
        assert is_on_screen(app, "Added Initech")
        app.push_screen(ConfirmScreen("Delete it?"))
        await pilot.pause()
        await pilot.pause()
        assert is_on_screen(app, "Delete it?")
        assert not is_on_screen(app, "Added Initech")
