"""A dropdown's open list stops above the app's key bar, as every dialog does.

Found walking the app (rev12): at 80x24 Enter on the application form's "Excitement" (the
last field in view) opened its list over the key bar's row, so "esc Dismiss menu  ^s Save"
read "esc Dismiss menu  ^5  ★★★★★"; at 60x15 the stage list did the same, and a list left
open while the terminal shrank too. Textual keeps the list inside the screen, whose last
row is the key bar's.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Select
from textual.widgets._select import SelectOverlay

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.ui_harness import app_on, settle, tab_to_field


async def _open(pilot: Any, name: str) -> SelectOverlay:
    """Tab from the first field to the dropdown ``name`` and open it with Enter."""
    select = await tab_to_field(pilot, name)
    assert isinstance(select, Select)
    await pilot.press("enter")
    await settle(pilot, 4)
    assert select.expanded
    return select.query_one(SelectOverlay)


def _clear_of_the_bar(app: Any, overlay: SelectOverlay) -> bool:
    bar = app.screen_stack[0].query_one(KeyBar)
    region = overlay.region
    return region.height > 0 and region.bottom <= bar.region.y


@pytest.mark.parametrize(
    ("size", "name"), [((80, 24), "excitement"), ((60, 15), "stage"), ((60, 12), "stage")]
)
async def test_an_open_dropdown_leaves_the_key_bar_in_sight(
    opened_paths: DataPaths, size: tuple[int, int], name: str
) -> None:
    async with app_on(opened_paths, "pipeline", size=size) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 4)
        assert isinstance(app.screen, FormScreen)
        overlay = await _open(pilot, name)
        assert _clear_of_the_bar(app, overlay), (overlay.region, app.size)
        assert overlay.has_focus  # still the list the keys work on


async def test_a_list_left_open_while_the_terminal_shrinks(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 4)
        overlay = await _open(pilot, "stage")
        assert _clear_of_the_bar(app, overlay)
        await pilot.resize_terminal(60, 12)
        await settle(pilot, 6)
        assert _clear_of_the_bar(app, overlay), (overlay.region, app.size)
