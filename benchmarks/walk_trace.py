"""benchmarks/monkey.py with a trace of where the memory went, step by step (outside CI).

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/walk_trace.py --trace /tmp/walk.log \\
        --seed 2114 --steps 10000 --chunk 10000 --rss

Every argument after ``--trace FILE`` (and ``--every N``, ``--moves FILE``) goes to
monkey.py unchanged, and the walk is the same: the trace is taken from a hook on the
walk's own check after each step and draws no random number. Each ``--every`` steps (100)
it writes one line: the resident memory, ``sys.getallocatedblocks()``, the gc's counts,
the screen stack, the pane shown, the focused widget, the widgets mounted and the moves
since the last line. After any single step that grew the resident memory by 0.5 MB or
more (or the blocks by 5,000) it writes a ``JUMP`` line with that step's move. The key
log so far is written to ``--moves`` every 1,000 steps (replay it with monkey.py --replay);
each such dump builds the whole log as one JSON text, which cost seed 2114's walk 0.5-1.2 MB
of ``malloc``'s high water at each dump from step 6,000 (the ``JUMP`` lines at steps N,001):
leave ``--moves`` out when the figures matter more than a replay.

``--census 1000,3000 --census-out PREFIX`` takes a census of the live objects at those steps
(benchmarks/walk_census.py: by type, what grew since the first, who holds it), and
``--tracemalloc-from N`` traces Python's allocations from step N for the later censuses.
A census collects and walks every object: it moves the resident figure (tens of MB), so a
walk that takes one measures nothing else.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

JUMP_MB = 0.5
JUMP_BLOCKS = 5_000


def _screens(app: Any) -> str:
    return ">".join(type(screen).__name__ for screen in app.screen_stack)


def _pane(app: Any) -> str:
    try:
        return str(app.screen_stack[0].query_one("#panes").current)
    except Exception as error:  # a trace must never stop the walk
        return f"?{type(error).__name__}"


def _widgets(app: Any) -> int:
    return sum(1 for screen in app.screen_stack for _ in screen.walk_children())


def install(trace: Path, every: int, moves_file: Path | None, census: Any = None) -> None:
    from tests import monkey

    from monkey import resident_mb

    out = trace.open("a", encoding="utf-8")
    state = {"rss": 0.0, "blocks": 0, "logged": 0, "step": 0, "began": time.monotonic()}
    real_check = monkey._Walk.check_step

    def check_step(walk: Any) -> None:
        real_check(walk)
        step = state["step"] = len(walk.moves)
        rss = resident_mb()
        blocks = sys.getallocatedblocks()
        app = walk.app
        if state["rss"] and (
            rss - state["rss"] >= JUMP_MB or blocks - state["blocks"] >= JUMP_BLOCKS
        ):
            move = walk.moves[-1].as_json() if walk.moves else None
            print(
                f"JUMP step={step} rss={rss:.1f} (+{rss - state['rss']:.1f}) "
                f"blocks={blocks} ({blocks - state['blocks']:+d}) move={move} "
                f"screens={_screens(app)} pane={_pane(app)}",
                file=out,
                flush=True,
            )
        state["rss"], state["blocks"] = rss, blocks
        if step % every == 0 and step != state["logged"]:
            last = [m.as_json() for m in walk.moves[int(state["logged"]) : step]]
            state["logged"] = step
            focused = type(app.focused).__name__ if app.focused else None
            print(
                f"STEP step={step} t={time.monotonic() - state['began']:.0f}s rss={rss:.1f} "
                f"blocks={blocks} gc={gc.get_count()} screens={_screens(app)} "
                f"pane={_pane(app)} focus={focused} widgets={_widgets(app)} "
                f"visits={sum(walk.visits.values())} last={last[-12:]}",
                file=out,
                flush=True,
            )
            if moves_file is not None and step % 1_000 == 0:
                moves_file.write_text(monkey.encode_log(walk.moves), encoding="ascii")
        if census is not None and census.at_step(step, out, rss):
            state["rss"], state["blocks"] = resident_mb(), sys.getallocatedblocks()

    monkey._Walk.check_step = check_step  # type: ignore[method-assign]
    real_freeze = gc.freeze

    def freeze() -> None:
        # The app's freezes (ui/kit/pane_release.py): a frozen object that dies is kept.
        before = gc.get_freeze_count()
        real_freeze()
        print(
            f"FREEZE after_step={state['step']} frozen={before}->{gc.get_freeze_count()}",
            file=out,
            flush=True,
        )

    gc.freeze = freeze


def main() -> int:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--trace", type=Path, required=True)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--moves", type=Path, default=None)
    parser.add_argument("--census", default="")
    parser.add_argument("--census-out", type=Path, default=None)
    parser.add_argument("--tracemalloc-from", type=int, default=None)
    ours, rest = parser.parse_known_args()
    census = None
    if ours.census or ours.tracemalloc_from is not None:
        from walk_census import Census

        steps = {int(step) for step in ours.census.split(",") if step}
        prefix = (ours.census_out or ours.trace.with_suffix("")).resolve()
        census = Census(prefix, steps, ours.tracemalloc_from)
    moves = ours.moves.resolve() if ours.moves else None
    install(ours.trace.resolve(), ours.every, moves, census)
    import monkey

    return monkey.main(rest)


if __name__ == "__main__":
    raise SystemExit(main())
