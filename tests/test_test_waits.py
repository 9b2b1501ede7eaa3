"""The harness's waits on a condition (tests/quiet.py ``until_drained``, tests/ui_harness.py
``keep_toasts``): what three tests that failed only under load now wait for."""

from __future__ import annotations

import asyncio

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.quiet import _still_busy, until_drained
from tests.ui_harness import app_on, keep_toasts, toasts


async def test_a_toast_gone_from_the_screen_is_still_kept(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        kept = keep_toasts(app)
        app.notify("Saved: a short one", timeout=0.05)
        app.notify("Saved: a long one", timeout=60)
        await until_drained(pilot)
        await asyncio.sleep(0.1)  # the short toast's time is up
        assert toasts(app) == ["Saved: a long one"]
        assert kept == ["Saved: a short one", "Saved: a long one"]


async def test_drained_means_the_focus_moved_and_the_keys_typed_are_in(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        await pilot.press("comma")
        await until_drained(pilot)
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        field = screen.query_one("#care-support_name", Input)
        field.focus()  # Textual moves focus later, as a message
        assert _still_busy(app) is not None
        await until_drained(pilot)
        assert app.focused is field
        await pilot.press(*"Mum")
        await until_drained(pilot)
        assert field.value == "Mum"
        assert _still_busy(app) is None
