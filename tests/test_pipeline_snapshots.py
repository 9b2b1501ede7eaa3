"""How the Pipeline looks with a small fixed data set: table and board, 100x30 and 80x24.

Update after an intended change with
`pytest tests/test_pipeline_snapshots.py --snapshot-update` and read the SVGs' text.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, small_pipeline)
    return opened_paths


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
@pytest.mark.parametrize(
    "keys",
    [["2"], ["2", "v"], ["2", "j", "j", "t"]],
    ids=["table", "board", "details"],
)
def test_pipeline(snap_compare, filled: DataPaths, keys: list[str], size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = BouncebackApp(filled)
    assert snap_compare(app, press=keys, terminal_size=size)
