"""How each pane looks on an empty store at 100x30 (pytest-textual-snapshot).

Update after an intended change with `pytest tests/test_snapshots.py --snapshot-update`
and review the SVGs in the diff.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.panes import PANES


@pytest.mark.parametrize("spec", PANES, ids=[p.id for p in PANES])
def test_empty_pane(snap_compare, opened_paths: DataPaths, spec) -> None:  # type: ignore[no-untyped-def]
    app = BouncebackApp(opened_paths)
    assert snap_compare(app, press=[spec.key], terminal_size=(100, 30))
