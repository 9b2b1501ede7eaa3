"""The benchmark suite: every figure a ratio against a bare Textual app, measured in the same run.

    .venv/bin/python benchmarks/run.py              # full: 15 alternating runs a side
    .venv/bin/python benchmarks/run.py --runs 5     # quicker
    .venv/bin/python benchmarks/run.py --smoke      # CI: smallest store, one run, not timed

It installs the app from a freshly built wheel into a temporary venv (honest
bytecode behaviour), builds an empty store and a demo store (`demo --scale`),
then measures, alternating app and baseline so machine drift cancels:

- launch to first paint of Today (marker text on screen) in a real tmux terminal,
  with the empty store and with the big store, and peak memory (VmHWM) at that moment;
- keystrokes, headless through Textual's Pilot in the installed app: a Pipeline filter
  keystroke, a pane switch, ticking a recovery step, marking an application rejected,
  each against the bare app's keystroke.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from environment import BenchEnv, build  # noqa: E402
from paint import first_paint, tmux_available, tmux_server  # noqa: E402

APP_MARKER = "Bouncing back"  # the figures card of Today
EMPTY_MARKER = "Welcome to bounceback"
BARE_MARKER = "READY-MARK"


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def measure_paint(env: BenchEnv, store: Path, marker: str, runs: int) -> dict[str, float]:
    app_cmd = [str(env.app), "--data-dir", str(store)]
    bare_cmd = [str(env.python), str(HERE / "bare_app.py")]
    first_paint(app_cmd, marker)  # warm the file cache
    first_paint(bare_cmd, BARE_MARKER)
    app_times, bare_times, app_rss, bare_rss = [], [], [], []
    for _ in range(runs):
        a = first_paint(app_cmd, marker)
        b = first_paint(bare_cmd, BARE_MARKER)
        app_times.append(a.seconds)
        bare_times.append(b.seconds)
        app_rss.append(a.peak_rss_kib)
        bare_rss.append(b.peak_rss_kib)
    return {
        "app_s": _median(app_times),
        "bare_s": _median(bare_times),
        "ratio": _median(app_times) / _median(bare_times),
        "app_rss_mib": _median(app_rss) / 1024,
        "bare_rss_mib": _median(bare_rss) / 1024,
        "rss_ratio": _median(app_rss) / _median(bare_rss),
    }


def measure_interactions(env: BenchEnv, store: Path, runs: int) -> dict[str, dict[str, float]]:
    result = subprocess.run(
        [str(env.python), str(HERE / "interactions.py"), str(store), str(runs)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""},
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--smoke", action="store_true", help="tiny store, one run, no targets")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    args = parser.parse_args()
    runs = 1 if args.smoke else args.runs
    scale = 30 if args.smoke else args.scale

    with tempfile.TemporaryDirectory(prefix="bounceback-bench-") as tmp:
        folder = Path(tmp)
        print(f"building a wheel and a venv in {folder} ...", file=sys.stderr)
        env = build(folder)
        empty, big = folder / "empty", folder / "big"
        subprocess.run(
            [str(env.app), "paths", "--data-dir", str(empty)], check=True, capture_output=True
        )
        subprocess.run(
            [str(env.app), "demo", "--data-dir", str(big), "--scale", str(scale)],
            check=True,
            capture_output=True,
        )
        figures: dict[str, object] = {"scale": scale, "runs": runs}
        if tmux_available():
            with tmux_server():
                print("first paint, empty store ...", file=sys.stderr)
                figures["paint_empty"] = measure_paint(env, empty, EMPTY_MARKER, runs)
                print(f"first paint, {scale} applications ...", file=sys.stderr)
                figures["paint_big"] = measure_paint(env, big, APP_MARKER, runs)
        else:
            print("tmux is not installed: skipping the first-paint figures", file=sys.stderr)
        print("keystrokes ...", file=sys.stderr)
        figures["keys"] = measure_interactions(env, big, max(runs, 3 if args.smoke else 20))

    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(render_table(figures))
    return 0


def render_table(figures: dict) -> str:  # type: ignore[type-arg]
    rows = [("measure", "app", "bare app", "ratio", "target")]
    for key, label in (
        ("paint_empty", "first paint, empty store"),
        ("paint_big", f"first paint, {figures['scale']} applications"),
    ):
        if key in figures:
            f = figures[key]
            rows.append(
                (
                    label,
                    f"{f['app_s'] * 1000:.0f} ms",
                    f"{f['bare_s'] * 1000:.0f} ms",
                    f"{f['ratio']:.2f}x",
                    "<= 1.3x",
                )
            )
    if "paint_big" in figures:
        f = figures["paint_big"]
        rows.append(
            (
                "peak memory at first paint",
                f"{f['app_rss_mib']:.1f} MiB",
                f"{f['bare_rss_mib']:.1f} MiB",
                f"{f['rss_ratio']:.2f}x",
                "<= 1.5x",
            )
        )
    keys = figures.get("keys", {})
    baseline = keys.get("bare_keystroke", {})
    for name, label in (
        ("filter_keystroke", "Pipeline filter keystroke"),
        ("pane_switch", "pane switch"),
        ("tick_step", "tick a recovery step"),
        ("mark_rejected", "mark rejected (with its plan)"),
    ):
        if name in keys:
            k = keys[name]
            ratio = k["median_ms"] / baseline["median_ms"] if baseline else float("nan")
            rows.append(
                (
                    label,
                    f"{k['median_ms']:.1f} ms (worst {k['max_ms']:.0f})",
                    f"{baseline.get('median_ms', float('nan')):.1f} ms",
                    f"{ratio:.1f}x",
                    "< 50 ms median, < 100 worst",
                )
            )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    return "\n".join(
        [f"bounceback-tui benchmarks ({machine}; medians of {figures['runs']})", "", *lines]
    )


if __name__ == "__main__":
    sys.exit(main())
