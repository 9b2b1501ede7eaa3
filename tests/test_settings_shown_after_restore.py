"""Settings open while the store is restored from a backup (`restore --yes` from another
shell) shows what the restore put back once the window says so. Typed 3 into Weekly goal
(saved), restored elsewhere: the note said "Restored from the backup … elsewhere: what you
see is what it held." while Settings still read "Weekly goal 3", the store held 5 and Today
said "This week 3 of 5"; closing Settings, the person believed 3 was saved. A field being
typed in keeps its text, and its save says what the restore did, as a form's does."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services.settings import read_setting, save_setting
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.database import Database
from bounceback_tui.store.restore import restore_backup
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.recovery.template import TemplateEditor
from bounceback_tui.ui.screens import settings as settings_screen
from bounceback_tui.ui.screens.settings import SAVE_DELAY, SettingsScreen
from tests.ui_harness import NO_IDLE_CHECK, app_on, settle


def _notes(app: Any) -> list[str]:
    return [str(note.message) for note in app._notifications]


async def _settings_on_weekly_goal(pilot: Any) -> Input:
    """`,` then Enter: Settings' first setting, Weekly goal, focused."""
    app = pilot.app
    app._watch_tick()  # the window's look at the store, as every few seconds
    await pilot.press("comma")
    await settle(pilot)
    assert isinstance(app.screen, SettingsScreen)
    await pilot.press("enter")
    await settle(pilot)
    goal = app.screen.query_one("#setting-weekly_goal", Input)
    assert app.focused is goal
    return goal


async def _restored_elsewhere(pilot: Any, paths: DataPaths, backup: Any) -> None:
    restore_backup(paths, backup)  # from another shell
    pilot.app._watch_tick()  # the window sees it
    await settle(pilot)
    assert any(note.startswith("Restored from the backup") for note in _notes(pilot.app))


async def test_a_saved_setting_shows_what_the_restore_put_back(
    opened_paths: DataPaths, db: Database
) -> None:
    save_setting(db, "weekly_goal", 5)
    backup = back_up_store(opened_paths)
    async with app_on(opened_paths, notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        app,
        pilot,
        _pane,
    ):
        goal = await _settings_on_weekly_goal(pilot)
        await pilot.press("backspace", "3")
        await pilot.pause(SAVE_DELAY + 0.3)
        await settle(pilot)
        assert read_setting(db, "weekly_goal") == 3
        app._watch_tick()  # its own save: nothing to say
        await _restored_elsewhere(pilot, opened_paths, backup)
        assert read_setting(db, "weekly_goal") == 5
        assert goal.value == "5"
        assert app.focused is goal
        assert focus_problem(app) is None
        # Typed on from there, it saves over what the backup held without a question.
        await pilot.press("backspace", "4")
        await pilot.pause(SAVE_DELAY + 0.3)
        await settle(pilot)
        assert not isinstance(app.screen, ConflictScreen)
        assert read_setting(db, "weekly_goal") == 4


async def test_a_setting_being_typed_keeps_its_text_and_its_save_says_the_store_was_restored(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pause in typing comes when the test says (a slow machine's took its own).
    monkeypatch.setattr(settings_screen, "SAVE_DELAY", NO_IDLE_CHECK)
    save_setting(db, "weekly_goal", 5)
    backup = back_up_store(opened_paths)
    save_setting(db, "weekly_goal", 3)  # after the backup
    async with app_on(opened_paths, notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        app,
        pilot,
        _pane,
    ):
        goal = await _settings_on_weekly_goal(pilot)
        assert goal.value == "3"
        await pilot.press("backspace", "8")  # its save waits for a pause in typing
        await _restored_elsewhere(pilot, opened_paths, backup)
        assert goal.value == "8"
        assert app.focused is goal
        app.screen._quiet.flush()  # the pause in typing: its save
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert app.screen.what_changed.startswith("The store was restored from a backup")
        assert read_setting(db, "weekly_goal") == 5


async def test_the_template_editor_shows_the_steps_the_restore_put_back(
    opened_paths: DataPaths, db: Database
) -> None:
    backup = back_up_store(opened_paths)
    second = template_service.list_template(db)[1]
    template_service.set_template_step_retired(db, second.key, True)  # after the backup
    async with app_on(opened_paths, notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        app,
        pilot,
        _pane,
    ):
        await _settings_on_weekly_goal(pilot)
        editor = app.screen.query_one(TemplateEditor)
        assert editor.rows[second.key].retired
        await _restored_elsewhere(pilot, opened_paths, backup)
        assert not editor.rows[second.key].retired
        assert focus_problem(app) is None
