"""The `?` screen, What's working and "If you are struggling" scroll with the list keys.

Found at 80x24: their text is taller than the terminal, and `j`, which moves every list
in the app, did nothing there (only the arrow keys scrolled). Each now scrolls with `j`/`k`
and the arrows, PageUp/PageDown, and `g`/`G` or Home/End, the list keys' ids (a keymap
entry for `list.down` moves both).
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle_workers

SMALL = (80, 16)

# (keys from Today, the screen's name, its scrolling part)
SCREENS = [
    (("question_mark",), "HelpScreen", "#help-box"),
    (("w",), "InsightsScreen", "#insights-body"),
    (("question_mark", "h"), "CrisisScreen", "#crisis-text"),
]


@pytest.fixture
def demo_paths(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 30)
    return opened_paths


async def _open(pilot: Any, keys: tuple[str, ...], name: str, selector: str) -> Any:
    app = pilot.app
    await settle_workers(pilot)
    await pilot.press(*keys)
    await settle_workers(pilot)
    assert type(app.screen).__name__ == name
    scroll = app.screen.query_one(selector)
    assert scroll.max_scroll_y > 2, f"{name}'s text fits at {SMALL}: nothing to scroll"
    assert scroll.scroll_y == 0
    assert app.focused is scroll
    return scroll


@pytest.mark.parametrize(("keys", "name", "selector"), SCREENS, ids=[s[1] for s in SCREENS])
async def test_j_and_k_scroll_a_screen_taller_than_the_terminal(
    demo_paths: DataPaths, keys: tuple[str, ...], name: str, selector: str
) -> None:
    async with app_on(demo_paths, size=SMALL) as (app, pilot, _pane):
        scroll = await _open(pilot, keys, name, selector)
        await pilot.press("j", "j")
        await pilot.pause()
        assert scroll.scroll_y == 2, f"j did not scroll {name}"
        await pilot.press("k")
        await pilot.pause()
        assert scroll.scroll_y == 1
        await pilot.press("k", "k")  # at the top it stays there
        await pilot.pause()
        assert scroll.scroll_y == 0
        assert type(app.screen).__name__ == name  # nothing else took the keys


@pytest.mark.parametrize(("keys", "name", "selector"), SCREENS, ids=[s[1] for s in SCREENS])
async def test_the_page_and_end_keys_scroll_it_too(
    demo_paths: DataPaths, keys: tuple[str, ...], name: str, selector: str
) -> None:
    async with app_on(demo_paths, size=SMALL) as (app, pilot, _pane):
        scroll = await _open(pilot, keys, name, selector)
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y, "G goes to the end"
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0, "g goes to the top"
        await pilot.press("end")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("home", "pagedown")
        await pilot.pause()
        assert scroll.scroll_y > 1
        await pilot.press("pageup", "down")
        await pilot.pause()
        assert scroll.scroll_y == 1
        await pilot.press("up")
        await pilot.pause()
        assert scroll.scroll_y == 0
        assert type(app.screen).__name__ == name
