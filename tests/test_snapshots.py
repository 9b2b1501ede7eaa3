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


def test_snapshots_are_taken_without_the_idle_check(snap_compare, opened_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    """The idle check re-reads a pane at a moment set by the machine's load: a picture taken
    across one would depend on the machine (conftest's no_idle_check_in_snapshots)."""
    from bounceback_tui.ui import app as app_module

    assert BouncebackApp(opened_paths).watch_seconds > 600
    assert app_module.WATCH_SECONDS > 600
