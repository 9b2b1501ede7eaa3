"""How Today looks with the demo data, time frozen (Monday 2026-03-16), at two sizes."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
def test_today_with_demo_data(snap_compare, opened_paths: DataPaths, size) -> None:  # type: ignore[no-untyped-def]
    store_once(opened_paths, fill_demo, 60)
    assert snap_compare(BouncebackApp(opened_paths), terminal_size=size)
