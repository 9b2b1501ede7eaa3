"""The benchmark suite's smallest configuration runs end to end (it must work; it is not timed).

Figures are never asserted against a clock here: timings belong to benchmarks/run.py and
docs/performance.md, not to tests.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_benchmark_smoke_run_produces_every_figure() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout)
    rejected = figures["mark_rejected"]
    assert rejected["median_ms"] > 0 and math.isfinite(rejected["median_ms"])
    if shutil.which("tmux") is None:
        assert "tmux is not installed" in done.stderr
        pytest.skip("tmux is not installed: the terminal figures were not measured")
    for key in ("paint_empty", "paint_big"):
        assert figures[key]["app_s"] > 0 and figures[key]["bare_s"] > 0
        assert figures[key]["ratio"] > 0
    assert figures["paint_big"]["app_rss_mib"] > 0
    keys = figures["keys"]
    assert {"bare_keystroke", "filter_keystroke", "pane_switch", "tick_step"} <= set(keys)
    for name in ("filter_keystroke", "pane_switch", "tick_step"):
        assert keys[name]["worst_ms"] >= keys[name]["median_ms"] > 0, done.stderr[-3000:]
    # Keystrokes change the screen (one that does not is dropped from the figures: a dialog
    # in the way would leave one sample).
    for name in ("bare_keystroke", "filter_keystroke", "pane_switch", "tick_step"):
        assert keys[name]["n"] >= 2, (name, keys[name])
    steady = figures["steady_memory"]
    assert steady["app_mib"] > 0 and steady["bare_mib"] > 0
    # The long figures (a 100,000 store, the long walk) never run in the smoke run.
    assert "long_store" not in figures and "long_walk" not in figures
