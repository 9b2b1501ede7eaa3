"""The benchmark table names every figure of the performance goals, and says which ran.

Built from made-up figures: it checks the wording and the verdicts, never a timing.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _run_module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def _paint(app_s: float, bare_s: float) -> dict[str, float]:
    return {
        "app_s": app_s,
        "bare_s": bare_s,
        "ratio": app_s / bare_s,
        "app_rss_mib": 40.0,
        "bare_rss_mib": 32.0,
        "rss_ratio": 1.25,
    }


def _keys(median: float, worst: float) -> dict[str, float]:
    return {"median_ms": median, "worst_ms": worst, "n": 30}


FIGURES = {
    "scale": 10_000,
    "runs": 15,
    "load": [0.5, 0.7],
    "paint_empty": _paint(0.26, 0.25),  # 1.04x: met
    "paint_big": _paint(0.30, 0.25),  # 1.20x: missed
    "keys": {
        "bare_keystroke": _keys(10.0, 12.0),
        "filter_keystroke": _keys(14.0, 30.0),  # 1.4x, worst 30: met
        "pane_switch": _keys(18.0, 40.0),  # 1.8x but worst 40: missed
        "tick_step": _keys(20.0, 25.0),  # 2.0x: missed
    },
    "steady_memory": {"app_mib": 80.0, "bare_mib": 60.0, "ratio": 80 / 60},
    "mark_rejected": {"median_ms": 3.5, "worst_ms": 4.0, "n": 15},
}


def _row(table: str, label: str) -> str:
    lines = [line for line in table.splitlines() if line.startswith(label)]
    assert len(lines) == 1, (label, table)
    return lines[0]


def test_every_goal_has_a_row_with_its_verdict() -> None:
    table = _run_module().render_table(FIGURES)
    assert _row(table, "first paint, empty store").endswith("met")
    assert _row(table, "first paint, 10,000 applications").endswith("MISSED")
    assert _row(table, "Pipeline filter keystroke").endswith("met")
    assert _row(table, "pane switch").endswith("MISSED")  # the worst case decides
    assert _row(table, "tick a recovery step").endswith("MISSED")
    steady = _row(table, "steady memory after every pane")
    assert "+sqlmodel" in steady and steady.endswith("met")
    assert "load average 0.5 -> 0.7" in table


def test_long_figures_say_they_did_not_run() -> None:
    table = _run_module().render_table(FIGURES)
    assert "not run (--long)" in _row(table, "first paint, 100,000 applications")
    assert "not run (--long)" in _row(table, "filter keystroke, 100,000 applications")
    assert "not run (--long)" in _row(table, "memory over a long walk")


def test_long_figures_when_run() -> None:
    run = _run_module()
    figures = dict(
        FIGURES,
        long_store={
            "paint": _paint(0.33, 0.30),  # 1.10x the 10,000 paint: met
            "filter_keystroke": _keys(20.0, 45.0),  # worst 45: missed
        },
        long_walk={
            "seed": 7,
            "steps": 10_000,
            "rss_mb": {1_000: 170.0, 5_000: 180.0, 10_000: 182.0},
            "start_mb": 170.0,
            "end_mb": 182.0,
            "growth": 182 / 170 - 1,  # +7%: met
        },
    )
    table = run.render_table(figures)
    assert _row(table, "first paint, 100,000 applications (long)").endswith("met")
    assert _row(table, "filter keystroke, 100,000 applications (long)").endswith("MISSED")
    walk = _row(table, "memory over a long walk (long, seed 7)")
    assert "182.0 MB at step 10,000" in walk and "170.0 MB at step 1,000" in walk
    assert "+7%" in walk and walk.endswith("met")
    assert "1,000: 170, 5,000: 180, 10,000: 182" in table


def test_a_long_walk_that_grows_or_fails_misses() -> None:
    run = _run_module()
    grown = {"seed": 7, "steps": 10_000, "rss_mb": {}, "start_mb": 100.0, "end_mb": 139.0}
    table = run.render_table(dict(FIGURES, long_walk=dict(grown, growth=0.39)))
    assert _row(table, "memory over a long walk").endswith("MISSED")
    failed = {"seed": 7, "steps": 600, "rss_mb": {}, "failed": "walk 1 (seed 9) FAILED: boom"}
    table = run.render_table(dict(FIGURES, long_walk=failed))
    row = _row(table, "memory over a long walk")
    assert "failed after 600 steps" in row and row.endswith("MISSED")
    assert "walk 1 (seed 9) FAILED: boom" in table


def test_the_walk_s_memory_lines_are_read() -> None:
    output = "monkey: seed 7\nrss_mb step=1000 170.5\nwalk 1/1 ...\nrss_mb step=2000 171.0\n"
    assert _run_module().parse_walk(output) == {1000: 170.5, 2000: 171.0}


def test_a_long_store_that_never_paints_is_a_missed_figure() -> None:
    run = _run_module()
    figures = dict(FIGURES, long_store={"paint": {"timeout_s": 300.0}, "filter_keystroke": {}})
    table = run.render_table(figures)
    row = _row(table, "first paint, 100,000 applications (long)")
    assert "no first paint within 300 s" in row and row.endswith("MISSED")
    assert "not measured" in _row(table, "filter keystroke, 100,000 applications (long)")
