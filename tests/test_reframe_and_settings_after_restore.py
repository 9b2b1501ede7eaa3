"""The Reframe draft and the Settings screen, open while the store is restored from a backup
(`restore --yes` from another shell), say so when their save meets what the restore changed,
as a form does (tests/test_form_after_restore.py). Both blamed another window: "Not saved:
This thought record was changed in another window.", "Weekly goal was changed to 7 in
another window.", and a template step moved "The template was changed in another window.",
while the window's own note said the store was restored."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services.settings import read_setting, save_setting
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.database import Database
from bounceback_tui.store.restore import restore_backup
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.recovery.template import TemplateEditor
from bounceback_tui.ui.reframe.draft_saving import AUTOSAVE_DELAY
from bounceback_tui.ui.screens.settings import SAVE_DELAY, SettingsScreen
from tests.reframe_fixtures import add_record
from tests.screen_text import flat, screen_text
from tests.ui_harness import NO_IDLE_CHECK, app_on, settle

SIZE = (100, 30)
QUIET = AUTOSAVE_DELAY + 0.5  # long enough for the autosave to run
RESTORED = "Not saved: the store was restored from a backup."


def _message(app: Any) -> str:
    return str(app.query_one("#rf-message", Static).render())


def _edit_situation(db: Database, record_id: int, situation: str) -> None:
    """Another save of the record: its version moves on."""
    draft = reframe_service.load_record(db, record_id)
    draft.situation = situation
    reframe_service.save_draft(db, draft)


async def _open_draft(pilot: Any, pane: Any, record_id: int) -> None:
    """`Home`, then `e` on the draft (the only row)."""
    await pilot.press("home")
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert pane.mode == "exercise"
    assert pane.exercise.draft.id == record_id


async def _typed(pilot: Any, text: str) -> None:
    await pilot.press("end", *text)
    await pilot.pause(QUIET)
    await settle(pilot)


async def test_the_reframe_draft_says_the_restore_changed_it(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=0)
    backup = back_up_store(opened_paths)
    _edit_situation(db, record_id, "A no by email, after two rounds.")  # after the backup
    async with app_on(opened_paths, "reframe", size=SIZE, watch_seconds=NO_IDLE_CHECK) as (
        app,
        pilot,
        pane,
    ):
        await _open_draft(pilot, pane, record_id)
        restore_backup(opened_paths, backup)  # from another shell
        await _typed(pilot, " Typed after.")
        assert _message(app) == f"{RESTORED} Escape or moving on asks what to do."
        assert reframe_service.load_record(db, record_id).situation == "A no by email."
        await pilot.press("escape")  # asks what to do
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert app.screen.what_changed == (
            f"The store was restored from a backup ({backup.name}); what you were editing "
            "is there as the backup had it, and nothing was saved."
        )
        assert _message(app) == RESTORED
        assert "another window" not in flat(screen_text(app))
        assert focus_problem(app) is None


async def test_another_windows_change_to_the_draft_after_a_restore_is_still_theirs(
    opened_paths: DataPaths, db: Database
) -> None:
    """A restore before the draft was opened is not what its save met."""
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=0)
    restore_backup(opened_paths, back_up_store(opened_paths))
    async with app_on(opened_paths, "reframe", size=SIZE, watch_seconds=NO_IDLE_CHECK) as (
        app,
        pilot,
        pane,
    ):
        await _open_draft(pilot, pane, record_id)
        _edit_situation(db, record_id, "A no by email, after two rounds.")  # another window
        await _typed(pilot, " Typed after.")
        assert _message(app).startswith("Not saved: this thought record was changed")
        assert "another window" in _message(app)


async def _typed_in_settings(pilot: Any) -> None:
    await pilot.pause(SAVE_DELAY + 0.3)
    await settle(pilot)


async def test_a_setting_the_restore_changed_is_said_to_be_as_the_backup_had_it(
    opened_paths: DataPaths, db: Database
) -> None:
    save_setting(db, "weekly_goal", 6)
    backup = back_up_store(opened_paths)
    save_setting(db, "weekly_goal", 7)  # after the backup
    async with app_on(opened_paths, watch_seconds=NO_IDLE_CHECK) as (app, pilot, _pane):
        await pilot.press("comma")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        goal = screen.query_one("#setting-weekly_goal", Input)
        assert goal.value == "7"
        restore_backup(opened_paths, backup)  # from another shell
        await pilot.press("enter")  # Settings opens on its sections: Enter, the first setting
        await pilot.press("backspace", "8")
        await _typed_in_settings(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert app.screen.what_changed == (
            f"The store was restored from a backup ({backup.name}); what you were editing "
            "is there as the backup had it, and nothing was saved."
        )
        # What it reads now, as the dialog said it with "changed to 7 in another window".
        assert "Now there: Weekly goal “6”." in flat(screen_text(app))
        note = str(screen.query_one("#note-weekly_goal", Static).render())
        assert note.startswith(RESTORED)
        assert "another window" not in flat(screen_text(app))
        assert read_setting(db, "weekly_goal") == 6
        await pilot.press("r")  # reload: the field shows what the backup held
        await settle(pilot)
        assert app.screen is screen
        assert goal.value == "6"
        assert app.focused is goal


async def test_a_template_move_the_restore_met_says_so(
    opened_paths: DataPaths, db: Database
) -> None:
    backup = back_up_store(opened_paths)
    first, second = template_service.list_template(db)[:2]
    template_service.set_template_step_retired(db, second.key, True)  # after the backup
    async with app_on(opened_paths, notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        app,
        pilot,
        _pane,
    ):
        await pilot.press("comma")
        await settle(pilot)
        editor = app.screen.query_one(TemplateEditor)
        editor.table.focus()
        await pilot.pause()
        assert editor.selected is not None and editor.selected.key == first.key
        restore_backup(opened_paths, backup)  # from another shell
        await pilot.press("right_square_bracket")  # move the first step down
        await settle(pilot)
        said = [str(note.message) for note in app._notifications]
        assert (
            f"The store was restored from a backup ({backup.name}); what you were editing "
            "is there as the backup had it, and nothing was saved."
        ) in said
        assert not any("another window" in note for note in said)
        now = template_service.list_template(db)
        assert [row.key for row in now[:2]] == [first.key, second.key]  # not moved
        assert not now[1].retired  # as the backup had it
        assert focus_problem(app) is None
