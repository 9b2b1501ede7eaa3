"""A form open while the store is restored from a backup (`restore --yes` from another shell)
says so when it is saved: it blamed another window ("Mine is no longer there; another window
may have deleted it.", "Mine was changed in another window.") while the window's own note
said "Store replaced" (a tester's walk)."""

from __future__ import annotations

from typing import Any

from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.database import Database
from bounceback_tui.store.restore import restore_backup
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.replaced_files import bump
from tests.replaced_files import skill as _skill
from tests.screen_text import flat, screen_text
from tests.ui_harness import NO_IDLE_CHECK, app_on, fill, settle, settle_workers


def _on_skills(paths: DataPaths) -> Any:
    return app_on(paths, "skills", notifications=True, watch_seconds=NO_IDLE_CHECK)


def _said(app: Any) -> tuple[str, str]:
    """The dialog's question, and the form's own line under its fields."""
    dialog = app.screen
    assert isinstance(dialog, ConflictScreen)
    question = str(dialog.query_one(".confirm-question", Static).render())
    form = app.screen_stack[-2]
    assert isinstance(form, FormScreen)
    return question, str(form.query_one("#form-message", Static).render())


async def test_a_row_the_backup_does_not_hold_is_said_to_be_gone_with_the_restore(
    opened_paths: DataPaths, db: Database
) -> None:
    backup = back_up_store(opened_paths)  # before the skill was added
    _skill(db, "Mine")
    async with _on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        restore_backup(opened_paths, backup)  # from another shell
        await fill(pilot, title="Mine, renamed")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        question, line = _said(app)
        assert question == (
            f"The store was restored from a backup ({backup.name}); it does not hold what "
            "you were editing, and nothing was saved."
        )
        assert line == "Not saved: the store was restored from a backup."
        assert "another window" not in flat(screen_text(app))
        assert focus_problem(app) is None


async def test_a_row_the_restore_changed_is_said_to_be_as_the_backup_had_it(
    opened_paths: DataPaths, db: Database
) -> None:
    _skill(db, "Mine")
    backup = back_up_store(opened_paths)
    bump(db, 1)  # changed after the backup
    async with _on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        restore_backup(opened_paths, backup)
        await fill(pilot, title="Mine, renamed")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        question, line = _said(app)
        assert question == (
            f"The store was restored from a backup ({backup.name}); what you were editing "
            "is there as the backup had it, and nothing was saved."
        )
        assert line == "Not saved: the store was restored from a backup."
        assert "another window" not in flat(screen_text(app))
        assert focus_problem(app) is None


async def test_another_windows_change_after_a_restore_is_still_another_windows(
    opened_paths: DataPaths, db: Database
) -> None:
    """A restore before the form read its record is not what its save met."""
    _skill(db, "Mine")
    backup = back_up_store(opened_paths)
    restore_backup(opened_paths, backup)
    async with _on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        bump(db, 1)  # another window
        await fill(pilot, title="Mine, renamed")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        question, _line = _said(app)
        assert question == "“Mine” was changed in another window."
