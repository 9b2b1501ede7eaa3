"""The command palette's list stops above its key bar at 20 rows and fewer.

A stranger's walk: ctrl+p at 60x20 or 80x20, and the list of commands filled the screen to
its foot, over the key bar: "Esc Exit the command palette" was nowhere (at 24 rows it was in
sight). The same after making the terminal smaller with the palette open, and after Enter's
note above the list.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.command import CommandList, CommandPalette

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.focus import focus_problem
from tests.built_stores import store_once
from tests.palette_fixtures_ui import search, settle
from tests.screen_text import screen_lines
from tests.ui_harness import app_on


def _bar_in_sight(app: Any) -> None:
    assert isinstance(app.screen, CommandPalette)
    lines = screen_lines(app)
    assert "Esc Exit the command palette" in lines[-1], "\n".join(lines)
    listed = app.screen.query_one(CommandList)
    assert listed.region.height > 0
    assert listed.region.bottom <= app.size.height - 1, listed.region
    assert focus_problem(app) is None


@pytest.mark.parametrize("size", [(60, 20), (80, 20), (80, 24)])
async def test_the_palette_s_list_leaves_its_key_bar_in_sight(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await search(app, pilot, "")
        _bar_in_sight(app)


async def test_made_smaller_with_the_palette_open_the_bar_stays(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await search(app, pilot, "")
        await pilot.resize_terminal(60, 20)
        await settle(app, pilot)
        _bar_in_sight(app)
        await pilot.resize_terminal(80, 20)
        await settle(app, pilot)
        _bar_in_sight(app)


async def test_with_enter_s_note_above_the_list_the_bar_stays(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(80, 20), notifications=True) as (app, pilot, _pane):
        await search(app, pilot, "qu")
        await pilot.press("enter")
        await settle(app, pilot)
        assert "which ends the session" in "\n".join(screen_lines(app))
        _bar_in_sight(app)
