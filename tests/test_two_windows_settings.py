"""Two windows on one store, beyond the panes' records: settings.

Window A is an app driven with Pilot; "window B" writes through the services with a
Database of its own (another connection, exactly as another window's would be).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.settings import read_setting, save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.screens.conflict import ConflictScreen
from bounceback_tui.ui.screens.settings import SettingsScreen

SIZE = (110, 40)
NO_IDLE_CHECK = 3600.0


@pytest.fixture
def other(opened_paths: DataPaths) -> Iterator[Database]:
    """Window B's connection to the same store."""
    db = Database(opened_paths.database)
    yield db
    db.dispose()


@asynccontextmanager
async def window(paths: DataPaths, key: str | None = None) -> AsyncIterator[Any]:
    app = BouncebackApp(paths)
    app.watch_seconds = NO_IDLE_CHECK
    async with app.run_test(size=SIZE) as pilot:
        if key is not None:
            await pilot.press(key)
        await pilot.pause()
        yield app, pilot


async def settle(pilot: Any) -> None:
    await pilot.pause()
    await pilot.pause()


# --- settings ------------------------------------------------------------------------------


async def test_a_setting_changed_in_another_window_is_not_overwritten_unseen(
    opened_paths: DataPaths, other: Database
) -> None:
    async with window(opened_paths, "comma") as (a, pilot):
        screen = a.screen
        assert isinstance(screen, SettingsScreen)
        goal = screen.query_one("#setting-weekly_goal", Input)
        assert goal.value == "5"
        save_setting(other, "weekly_goal", 7)  # B
        await pilot.press("backspace", "8")
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.what_changed == "Weekly goal was changed to 7 in another window."
        assert read_setting(other, "weekly_goal") == 7
        await pilot.press("r")  # reload: the field shows what is stored, nothing is written
        await settle(pilot)
        assert a.screen is screen
        assert goal.value == "7"
        assert read_setting(other, "weekly_goal") == 7
        assert a.focused is goal
        # From there on this screen's saves name the version it reloaded.
        await pilot.press("backspace", "9")
        await settle(pilot)
        assert a.screen is screen
        assert read_setting(other, "weekly_goal") == 9


async def test_save_mine_over_a_setting_changed_elsewhere(
    opened_paths: DataPaths, other: Database
) -> None:
    async with window(opened_paths, "comma") as (a, pilot):
        screen = a.screen
        save_setting(other, "ghost_after_days", 30)
        screen.query_one("#setting-ghost_after_days", Input).focus()
        await pilot.press("end", "backspace", "backspace", *"14")
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert "changed to 30" in a.screen.what_changed
        await pilot.press("o")
        await settle(pilot)
        assert a.screen is screen
        assert read_setting(other, "ghost_after_days") == 14
        note = str(screen.query_one("#note-ghost_after_days", Static).render())
        assert "Not saved" not in note
