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


async def test_the_bar_under_a_dialog_shows_the_dialogs_keys(demo_paths: DataPaths) -> None:
    """A form or a dialog leaves the key bar in sight: it showed the pane's keys (`d
    Delete` under the add form), which do nothing there, and a click on one pressed that
    key in the form. It shows the dialog's while the dialog is open, the pane's after."""
    app = BouncebackApp(demo_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        pane_keys = set(bar.shown())
        assert ("a", "Add") in pane_keys
        await pilot.press("a")
        await pilot.pause()
        assert app.screen is not bar.screen  # the form, over the pane
        shown = set(bar.shown())
        assert ("esc", "Cancel") in shown, shown
        assert not shown & pane_keys, shown
        assert "Cancel" in bar.render().plain and "Add" not in bar.render().plain
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is bar.screen
        assert set(bar.shown()) == pane_keys
        assert "Add" in bar.render().plain
