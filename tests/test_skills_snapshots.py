"""How the Skills pane looks with a small backlog: the board and the list, at 100x30 and 80x24.

The store is tests/skills_fixtures.seed_backlog (frozen clock, Monday 2026-03-16).
Update after an intended change with `pytest tests/test_skills_snapshots.py --snapshot-update`
and read the SVGs' text before committing.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.skills_fixtures import seed_backlog


@pytest.fixture
def backlog(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, seed_backlog)
    return opened_paths


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
@pytest.mark.parametrize("view", ["board", "list"])
def test_skills_view(snap_compare, backlog: DataPaths, view: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    keys = ["5"] if view == "board" else ["5", "v"]
    assert snap_compare(BouncebackApp(backlog), press=keys, terminal_size=size)
