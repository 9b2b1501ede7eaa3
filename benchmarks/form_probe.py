"""The application form opened and cancelled again and again: what each opening costs.

    PYTHONPATH=src .venv/bin/python benchmarks/form_probe.py --rounds 20
    PYTHONPATH=src .venv/bin/python benchmarks/form_probe.py --rounds 3 --trace 25

Seed 2114's long walk grows in steps where it opens the Pipeline's application form
(docs/performance.md, "Memory: the application form, mem12's round"). Each round here opens
the add form, waits for its last fields, cancels it, switches to Today and back, then opens
the edit form on the selected application and cancels it. It runs in a throw-away folder, on
a demo store of ``--scale`` applications, at the walk's terminal size. After each round (a
collection first) it prints Python's small blocks in use (``sys.getallocatedblocks``) and the
resident MB (``VmRSS``); for each opening, the blocks the form added once up (against the
blocks just before it opened), the most a sampling thread saw while it opened, its widgets
(``walk_children``) and the main thread's CPU time from the key to its first paint (when it
mounts the fields after ``FIRST_PAINT_FIELDS``); at the end, the medians after round 1.

``--trace N`` also compares ``tracemalloc`` snapshots taken before and with the last round's
add form up, and prints the N lines that allocated most, the blocks and bytes by area (the
innermost frame in Textual's widget code, line drawing, message pumps, CSS or layout), and
the objects new while it is up by type (widgets, ``Strip``, ``Segment``, ``Styles``...).
Outside CI; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import gc
import io
import sys
import tempfile
import threading
import time
import tracemalloc
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.monkey import _isolate  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def blocks() -> int:
    gc.collect()
    return sys.getallocatedblocks()


# The main thread's CPU time when the form's first paint is done (its other fields are then
# mounted: ApplicationFormScreen._mount_other_fields), one entry an opening.
_FIRST_PAINT: list[float] = []


def _time_first_paint() -> None:
    from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen

    mount_others = ApplicationFormScreen._mount_other_fields

    async def timed(self: Any) -> None:
        _FIRST_PAINT.append(time.thread_time())
        await mount_others(self)

    ApplicationFormScreen._mount_other_fields = timed  # type: ignore[method-assign]


async def _wait_form(pilot: Any, app: Any) -> Any:
    """The form, once its last fields are mounted and drawn."""
    for _ in range(200):
        await pilot.pause()
        screen = app.screen
        if getattr(screen, "_all_mounted", False):
            await pilot.pause()
            return screen
    raise RuntimeError(f"the form did not open: {app.screen}")


async def _close(pilot: Any, app: Any) -> None:
    await pilot.press("escape")
    await pilot.pause()
    if app.screen.__class__.__name__ == "ConfirmScreen":
        await pilot.press("y")
        await pilot.pause()
    assert len(app.screen_stack) == 1, app.screen_stack
    await pilot.pause()


class _Sampler:
    """The most small blocks in use seen by a thread looking every millisecond or so (it
    runs when the main thread lets go of the interpreter, every 5 ms at most)."""

    def __init__(self) -> None:
        self.most = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.001):
            self.most = max(self.most, sys.getallocatedblocks())

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _types(objects: list[object]) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    for obj in objects:
        kind = type(obj)
        counts[f"{kind.__module__}.{kind.__qualname__}"] += 1
    return counts


async def _open(pilot: Any, app: Any, key: str, trace: int) -> tuple[int, int, int, float, Any]:
    """Open the form with ``key``: (blocks it added once up, the most seen while it opened,
    its widgets, the main thread's CPU ms from the key to its first paint, what was traced)."""
    if trace:
        ids_before = {id(obj) for obj in gc.get_objects()}
    before = blocks()
    if trace:
        tracemalloc.start(FRAMES)
        snap_before = tracemalloc.take_snapshot()
    _FIRST_PAINT.clear()
    started = time.thread_time()
    with _Sampler() as sampler:
        await pilot.press(key)
        form = await _wait_form(pilot, app)
    elapsed = ((_FIRST_PAINT or [started])[0] - started) * 1000
    widgets = sum(1 for _ in form.walk_children(with_self=True))
    added = sys.getallocatedblocks() - before
    most = max(sampler.most, sys.getallocatedblocks()) - before
    report = None
    if trace:
        snap_after = tracemalloc.take_snapshot()
        new = [obj for obj in gc.get_objects() if id(obj) not in ids_before]
        tracemalloc.stop()
        report = (
            snap_after.compare_to(snap_before, "lineno"),
            _areas(snap_after.compare_to(snap_before, "traceback")),
            _types(new),
        )
        del new
    return added, most, widgets, elapsed, report


FRAMES = 12
# Where an allocation was made, by the innermost frame in one of these files (Textual's and
# Rich's unless named): the first that matches, from the innermost frame out, names it.
AREAS = (
    ("lines: line filters", ("textual/filter.py",)),
    ("lines: styles cache", ("textual/_styles_cache.py",)),
    ("lines: compositor", ("textual/_compositor.py", "textual/screen.py")),
    ("lines: strips, segments", ("textual/strip.py", "rich/segment.py", "strip_caches.py")),
    ("lines: content, visuals", ("textual/content.py", "textual/visual.py", "rich/")),
    ("layout", ("textual/_arrange.py", "textual/layout", "textual/_resolve.py")),
    ("styles", ("textual/css/", "component_nodes.py")),
    ("messages, tasks", ("textual/message", "textual/timer.py", "asyncio/", "textual/_queue")),
    ("widgets made", ("textual/widget.py", "textual/dom.py", "textual/widgets/", "bounceback")),
)


def _area(traceback: Any) -> str:
    for frame in reversed(list(traceback)):
        for name, files in AREAS:
            if any(part in frame.filename for part in files):
                return name
    return "other"


def _areas(stats: Any) -> tuple[collections.Counter[str], collections.Counter[str]]:
    """Blocks and bytes added, by area (see AREAS)."""
    counts: collections.Counter[str] = collections.Counter()
    sizes: collections.Counter[str] = collections.Counter()
    for stat in stats:
        if "form_probe.py" not in stat.traceback[-1].filename:
            counts[_area(stat.traceback)] += stat.count_diff
            sizes[_area(stat.traceback)] += stat.size_diff
    return counts, sizes


def _print_trace(report: Any, top: int) -> None:
    stats, (areas, sizes), types = report
    print(f"\n  top {top} lines by blocks added while the form is up:")
    for stat in sorted(stats, key=lambda s: -s.count_diff)[:top]:
        frame = stat.traceback[-1]
        where = frame.filename.split("site-packages/")[-1].split("/src/")[-1]
        size = stat.size_diff / 1024
        print(f"  {stat.count_diff:+7,} blocks {size:+8.1f} KB  {where}:{frame.lineno}")
    print("\n  blocks added, by where they were made (the innermost frame in):")
    for name, count in areas.most_common():
        print(f"  {count:+7,}  {sizes[name] / 1024:+8.1f} KB  {name}")
    print(f"  {sum(areas.values()):+7,}  {sum(sizes.values()) / 1024:+8.1f} KB  in all")
    print(f"\n  objects new while the form is up, by type (top {top}; collector-tracked):")
    for name, count in types.most_common(top):
        print(f"  {count:7,}  {name}")
    print(f"  {sum(types.values()):7,}  in all")


async def run(rounds: int, scale: int, trace: int) -> None:
    from bounceback_tui import clock
    from bounceback_tui.paths import resolve_paths
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.sqlite_file import open_store
    from bounceback_tui.ui.app import BouncebackApp

    clock.freeze(datetime(2026, 3, 16, 9, 30))
    with tempfile.TemporaryDirectory(prefix="bounceback-form-probe-") as folder:
        _isolate(Path(folder))
        paths = resolve_paths(Path(folder) / "data")
        open_store(paths)
        database = Database(paths.database)
        fill_demo(database, scale=scale)
        database.dispose()
        _time_first_paint()
        app = BouncebackApp(paths)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause(0.3)
            for pane in "234561":
                await pilot.press(pane)
                await pilot.pause(0.2)
            await pilot.press("2")
            await pilot.pause(0.3)
            print(f"panes built        blocks {blocks():9,}  rss {rss_mb():6.1f} MB", flush=True)
            opened: list[tuple[int, int, int, float, Any]] = []
            for number in range(1, rounds + 1):
                traced = trace if number == rounds else 0
                add = await _open(pilot, app, "a", traced)
                await _close(pilot, app)
                for pane in "12":
                    await pilot.press(pane)
                    await pilot.pause(0.05)
                edit = await _open(pilot, app, "e", 0)
                await _close(pilot, app)
                opened += [add, edit]
                print(
                    f"round {number:2}  blocks {blocks():9,}  rss {rss_mb():6.1f} MB  "
                    + "  ".join(
                        f"{name} +{up:,} (most +{most:,}, {widgets} widgets, "
                        f"first paint {cpu:.0f} ms)"
                        for name, (up, most, widgets, cpu, _r) in (("add", add), ("edit", edit))
                    ),
                    flush=True,
                )
                if add[4] is not None:
                    _print_trace(add[4], trace)
            later = opened[2:] or opened  # the first round's imports and caches left out

            def median(values: list[float]) -> float:
                return sorted(values)[len(values) // 2]

            print(
                f"after round 1, medians: blocks added +{median([o[0] for o in later]):,.0f}, "
                f"most while opening +{median([o[1] for o in later]):,.0f}, "
                f"first paint {median([o[3] for o in later]):.0f} ms of CPU"
            )
            with contextlib.redirect_stdout(io.StringIO()):
                await pilot.press("q")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--scale", type=int, default=3000, help="the demo store's applications")
    parser.add_argument("--trace", type=int, default=0, metavar="N", help="trace the last add")
    args = parser.parse_args()
    asyncio.run(run(args.rounds, args.scale, args.trace))


if __name__ == "__main__":
    main()
