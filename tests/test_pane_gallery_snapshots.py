"""Every pane with the demo data, time frozen, at the smallest supported terminal (80x24) and a
roomy one (120x40), in a dark and a light theme: the visual contract of issue 11's layout."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once

# Key to press, and the pane it shows (the key map's defaults).
PANE_KEYS = {"today": "1", "pipeline": "2", "recovery": "3", "reframe": "4", "skills": "5"}
SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
THEMES = ("textual-dark", "textual-light")


@pytest.fixture
def demo_paths(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 60)
    return opened_paths


def _with_theme(paths: DataPaths, theme: str) -> BouncebackApp:
    db = Database(paths.database)
    try:
        save_setting(db, "theme", theme)
    finally:
        db.dispose()
    return BouncebackApp(paths)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
@pytest.mark.parametrize("pane", PANE_KEYS)
def test_pane_gallery(snap_compare, demo_paths: DataPaths, pane: str, size, theme: str) -> None:  # type: ignore[no-untyped-def]
    app = _with_theme(demo_paths, theme)

    async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press(PANE_KEYS[pane])
        assert app.current_pane.id == pane  # the picture waits for the pane (tests/quiet.py)

    assert snap_compare(app, run_before=settle, terminal_size=size)
