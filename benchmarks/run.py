"""The benchmark suite: each figure set side by side with a bare Textual app, in one run.

    .venv/bin/python benchmarks/run.py              # full: 15 runs a side
    .venv/bin/python benchmarks/run.py --runs 5     # quicker
    .venv/bin/python benchmarks/run.py --smoke      # CI: tiny store, one run, no targets

The app is installed from a freshly built wheel into a temporary venv (honest
bytecode behaviour), with an empty store and a demo store (`demo --scale`). Then,
in a real terminal (tmux), alternating app and baseline so machine drift cancels:

- launch to the first painted Today screen, figures visible, empty and big store;
- peak memory (VmHWM) at that first paint;
- keystrokes to the last change on screen: a Pipeline filter keystroke, a pane
  switch, ticking a recovery step (the baseline: a keystroke in the bare app);
- the "mark rejected" transaction, timed in the installed app.
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
from scenarios import SCENARIOS, app_command, bare_keystroke  # noqa: E402
from terminal import first_paint, tmux_available, tmux_server  # noqa: E402

EMPTY_MARKER = "Welcome to bounceback"
BIG_MARKER = "Bouncing back"  # Today's figures card
BARE_MARKER = "READY-MARK"
TARGETS = {"paint": 1.3, "rss": 1.5, "key_median_ms": 50.0, "key_worst_ms": 100.0}


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def measure_paint(env: BenchEnv, store: Path, marker: str, runs: int) -> dict[str, float]:
    app_cmd = app_command(env.app, store)
    bare_cmd = [str(env.python), str(HERE / "bare_app.py")]
    first_paint(app_cmd, marker)  # warm the file cache for both
    first_paint(bare_cmd, BARE_MARKER)
    app, bare = [], []
    for _ in range(runs):
        app.append(first_paint(app_cmd, marker))
        bare.append(first_paint(bare_cmd, BARE_MARKER))
    app_s, bare_s = _median([r.seconds for r in app]), _median([r.seconds for r in bare])
    app_rss = _median([r.peak_rss_kib for r in app])
    bare_rss = _median([r.peak_rss_kib for r in bare])
    return {
        "app_s": app_s,
        "bare_s": bare_s,
        "ratio": app_s / bare_s,
        "app_rss_mib": app_rss / 1024,
        "bare_rss_mib": bare_rss / 1024,
        "rss_ratio": app_rss / bare_rss if bare_rss else float("nan"),
    }


def summary(samples: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in samples]
    return {
        "median_ms": _median(ms),
        "worst_ms": max(ms) if ms else float("nan"),
        "n": len(ms),
    }


def measure_keys(env: BenchEnv, store: Path, runs: int) -> dict[str, dict[str, float]]:
    app_cmd = app_command(env.app, store)
    bare_cmd = [str(env.python), str(HERE / "bare_app.py")]
    out = {"bare_keystroke": summary(bare_keystroke(bare_cmd, runs))}
    for name, (_label, scenario) in SCENARIOS.items():
        out[name] = summary(scenario(app_cmd, runs))
    return out


def measure_transaction(env: BenchEnv, store: Path, runs: int) -> dict[str, float]:
    result = subprocess.run(
        [str(env.python), str(HERE / "transaction.py"), str(store), str(runs)],
        capture_output=True,
        text=True,
        check=True,
    )
    return summary(json.loads(result.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--smoke", action="store_true", help="tiny store, one run, no targets")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    parser.add_argument(
        "--only", choices=("paint", "keys", "transaction"), help="measure one group only"
    )
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
        wanted = {args.only} if args.only else {"paint", "keys", "transaction"}
        if tmux_available():
            with tmux_server():
                if "paint" in wanted:
                    print("first paint, empty store ...", file=sys.stderr)
                    figures["paint_empty"] = measure_paint(env, empty, EMPTY_MARKER, runs)
                    print(f"first paint, {scale} applications ...", file=sys.stderr)
                    figures["paint_big"] = measure_paint(env, big, BIG_MARKER, runs)
                if "keys" in wanted:
                    print("keystrokes ...", file=sys.stderr)
                    figures["keys"] = measure_keys(env, big, max(runs, 3 if args.smoke else 30))
        else:
            print("tmux is not installed: no terminal figures", file=sys.stderr)
        if "transaction" in wanted:
            print("transaction ...", file=sys.stderr)
            figures["mark_rejected"] = measure_transaction(env, big, max(runs, 3))

    print(json.dumps(figures, indent=2) if args.json else render_table(figures))
    return 0


def render_table(figures: dict) -> str:  # type: ignore[type-arg]
    rows = [("measure", "app", "bare Textual app", "ratio", "target")]
    for key, label in (
        ("paint_empty", "first paint, empty store"),
        ("paint_big", f"first paint, {figures['scale']:,} applications"),
    ):
        if key in figures:
            f = figures[key]
            rows.append(
                (
                    label,
                    f"{f['app_s'] * 1000:.0f} ms",
                    f"{f['bare_s'] * 1000:.0f} ms",
                    f"{f['ratio']:.2f}x",
                    f"<= {TARGETS['paint']}x",
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
                f"<= {TARGETS['rss']}x",
            )
        )
    keys = figures.get("keys", {})
    bare = keys.get("bare_keystroke")
    for name, (label, _scenario) in SCENARIOS.items():
        if name in keys and bare:
            k = keys[name]
            rows.append(
                (
                    label,
                    f"{k['median_ms']:.0f} ms (worst {k['worst_ms']:.0f})",
                    f"{bare['median_ms']:.0f} ms (worst {bare['worst_ms']:.0f})",
                    f"{k['median_ms'] / bare['median_ms']:.2f}x",
                    "< 50 ms median, < 100 worst",
                )
            )
    if "mark_rejected" in figures:
        k = figures["mark_rejected"]
        rows.append(
            (
                "mark rejected (one transaction)",
                f"{k['median_ms']:.1f} ms (worst {k['worst_ms']:.0f})",
                "",
                "",
                "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    return "\n".join(
        [
            f"bounceback-tui benchmarks ({machine}; medians of {figures['runs']} runs a side)",
            "",
            *lines,
        ]
    )


if __name__ == "__main__":
    sys.exit(main())
