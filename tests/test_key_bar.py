"""The key bar at the bottom: whole keys only on a narrow terminal, with `?` always there."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.built_stores import store_once


@pytest.fixture
def demo_paths(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 30)
    return opened_paths


async def _bar_text(paths: DataPaths, size: tuple[int, int], pane_key: str) -> tuple[str, list]:
    app = BouncebackApp(paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press(pane_key)
        await pilot.pause(0.2)
        bar = app.screen.query_one(KeyBar)
        return bar.render().plain, bar.shown()


@pytest.mark.parametrize("pane_key", ["1", "2", "3", "4", "5"])
async def test_narrow_terminal_shows_whole_keys_and_the_way_to_the_rest(
    demo_paths: DataPaths, pane_key: str
) -> None:
    text, shown = await _bar_text(demo_paths, (80, 24), pane_key)
    assert len(text) <= 80
    # Every key drawn is drawn whole: its key and its label, side by side.
    for keys, label in shown:
        assert f" {keys} {label} " in f"{text} ", (keys, label, text)
    assert ("?", "Keys") in shown


async def test_a_wide_terminal_shows_every_pipeline_key(demo_paths: DataPaths) -> None:
    _narrow_text, narrow = await _bar_text(demo_paths, (80, 24), "2")
    wide_text, wide = await _bar_text(demo_paths, (200, 40), "2")
    assert {("a", "Add"), ("x", "Rejected"), ("?", "Keys"), ("q", "Quit")} <= set(wide)
    assert wide[-1] == ("^p", "palette")
    # What the narrow bar leaves out, the wide one has; the narrow one invents nothing.
    assert set(narrow) < set(wide)
    assert "palette" in wide_text
