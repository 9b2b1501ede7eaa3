"""The monkey's long mode: tens of thousands of random steps through the app, outside CI.

    .venv/bin/python benchmarks/monkey.py                      # 20,000 steps, seed printed
    .venv/bin/python benchmarks/monkey.py --seed 7 --steps 50000
    .venv/bin/python benchmarks/monkey.py --replay monkey-failure-7-3.json
    .venv/bin/python benchmarks/monkey.py --steps 10000 --chunk 10000 --rss   # memory

The walk is tests/monkey/'s (the suite runs a few hundred steps of it with fixed seeds).
Each walk of 1,000 steps or more must also reach every screen and 80% of the binding ids.
A long run is a series of walks of ``--chunk`` steps, each from a fresh first launch with a
seed drawn from the run's seed, so a failure's key log stays short enough to replay. It
runs in a throw-away folder (HOME, the data and config folders, the working directory)
with the clock frozen as in the tests, so a seed or a log plays the same walk again. On a
failure it writes the key log to ``monkey-failure-SEED-N.json`` where it was started and
exits 1. With ``--rss`` it prints the process's resident memory after every 1,000 steps
(counted over the whole run), one line each: ``rss_mb step=1000 123.4``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A walk this long must reach every screen and MIN_BINDING_SHARE of the binding ids.
LONG_WALK = 1_000
sys.path.insert(0, str(ROOT))


def _isolate(folder: Path) -> None:
    home = folder / "home"
    home.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        BOUNCEBACK_DATA_DIR=str(folder / "data"),
        BOUNCEBACK_CONFIG_DIR=str(folder / "config"),
    )
    os.chdir(folder)


def resident_mb() -> float:
    """This process's resident memory now, in MB (Linux: /proc; elsewhere its peak)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1_000_000
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1_000


def terminal_size(text: str) -> tuple[int, int]:
    """The terminal size "80x24" as (80, 24); the smallest the app is laid out for is 40x10."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()) or int(width) < 40 or int(height) < 10:
        raise argparse.ArgumentTypeError(f"{text!r}: give WIDTHxHEIGHT, at least 40x10")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=None, help="default: a random one, printed")
    parser.add_argument("--steps", type=int, default=20_000)
    parser.add_argument("--chunk", type=int, default=2_000, help="steps per walk")
    parser.add_argument("--replay", type=Path, help="a key log written by a failed run")
    parser.add_argument(
        "--missing", action="store_true", help="after each walk, list the binding ids not pressed"
    )
    parser.add_argument(
        "--rss",
        action="store_true",
        help="print the resident memory after every 1,000 steps (rss_mb step=N MB)",
    )
    parser.add_argument(
        "--size",
        type=terminal_size,
        default=None,
        help="the terminal, WIDTHxHEIGHT (default 120x36); a replay needs the walk's own",
    )
    args = parser.parse_args(argv)
    started_in = Path.cwd()
    replay_log = args.replay.resolve() if args.replay else None

    from tests import monkey

    from bounceback_tui import clock
    from bounceback_tui.paths import resolve_paths

    clock.freeze(datetime(2026, 3, 16, 9, 30))  # the tests' "now": the demo data is the same
    if args.size is not None:
        from tests.monkey import runner

        runner.SIZE = args.size  # read as each walk starts its app
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**9)
    print(f"monkey: seed {seed}, {args.steps:,} steps in walks of {args.chunk:,}", flush=True)
    walks = [(seed, 0)] if replay_log else []
    if not replay_log:
        seeds = random.Random(seed)
        left, number = args.steps, 0
        while left > 0:
            walks.append((seeds.randrange(1, 10**9), min(left, args.chunk)))
            left -= args.chunk
            number += 1
    total_steps = 0
    begun = time.monotonic()
    for number, (walk_seed, steps) in enumerate(walks, 1):
        with tempfile.TemporaryDirectory(prefix="bounceback-monkey-") as folder:
            _isolate(Path(folder))
            paths = resolve_paths(Path(folder) / "data")
            try:
                if replay_log:
                    result = asyncio.run(monkey.replay(replay_log, paths))
                else:
                    done_before = total_steps

                    def on_step(step: int, done_before: int = done_before) -> None:
                        if args.rss and (done_before + step) % 1_000 == 0:
                            print(
                                f"rss_mb step={done_before + step} {resident_mb():.1f}", flush=True
                            )

                    result = asyncio.run(monkey.walk(paths, walk_seed, steps, on_step=on_step))
            except monkey.MonkeyFailure as failure:
                log = started_in / f"monkey-failure-{seed}-{number}.json"
                log.write_text(monkey.encode_log(failure.moves), encoding="ascii")
                print(f"walk {number} (seed {walk_seed}) FAILED: {failure.problem}")
                print(f"key log: {log}  (replay: benchmarks/monkey.py --replay {log})")
                return 1
            finally:
                os.chdir(started_in)
        total_steps += len(result.moves)
        print(
            f"walk {number}/{len(walks)} (seed {walk_seed}): {len(result.moves):,} steps in "
            f"{result.seconds:.0f} s; {result.coverage.summary()}; "
            f"{len(result.toasts)} toasts, {len(result.stubs.opened)} links opened, "
            f"{len(result.stubs.fetched)} requests",
            flush=True,
        )
        if args.missing:
            print("  not pressed: " + " ".join(result.coverage.ids_missing()), flush=True)
        short = result.coverage.binding_share < monkey.MIN_BINDING_SHARE
        if not replay_log and steps >= LONG_WALK and (result.coverage.screens_missing() or short):
            print(
                f"walk {number} (seed {walk_seed}) FAILED: it reached too little of the app "
                f"(every screen and {monkey.MIN_BINDING_SHARE:.0%} of the binding ids are due "
                f"in a walk of {LONG_WALK:,} steps or more)"
            )
            return 1
    print(
        f"monkey: seed {seed}: {total_steps:,} steps, no failure ({time.monotonic() - begun:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
