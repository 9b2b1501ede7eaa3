"""The stacked screens of the long walk, opened and closed again and again: what they leave.

    PYTHONPATH=src .venv/bin/python benchmarks/stacked_screens.py --rounds 12

The long walk's memory grows most where it stacks screens (docs/performance.md, "Memory: the
long walk, walk5's round"). Each round here does what the walk does there: the Pipeline's
add form, the palette over it, Settings from the palette, the palette again, Help from it,
the crisis screen from Help, back to Help, the palette opened and closed three times,
Settings again and the palette over it with a query typed; then every screen closed. It runs
in a throw-away folder, on a demo store of ``--scale`` applications (20: a few, as the walk's
own store from step 1,352), at the walk's terminal size, with the app's own garbage collector
settings (it freezes what a pane builds). At each round's two peaks and once it is closed it
prints the resident MB, Python's small blocks in use (``sys.getallocatedblocks``), the arenas
pymalloc holds (``sys._debugmallocstats``) and what ``malloc`` has in use and free
(``mallinfo2``, glibc).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import io
import os
import re
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.monkey import _isolate, resident_mb  # noqa: E402


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _malloc_mb() -> tuple[float, float]:
    """(in use, free) in MB by glibc's ``mallinfo2``; (0, 0) elsewhere."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        info = libc.mallinfo2()
    except (OSError, AttributeError):
        return 0.0, 0.0
    return (info.uordblks + info.hblkhd) / 1e6, info.fordblks / 1e6


def _arenas() -> int:
    """The arenas pymalloc holds now (from ``sys._debugmallocstats``, written to stderr)."""
    read, write = os.pipe()
    saved = os.dup(2)
    try:
        os.dup2(write, 2)
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(write)
    with os.fdopen(read, "r") as pipe:
        text = pipe.read()
    found = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", text)
    return int(found.group(1).replace(",", "")) if found else -1


def figures() -> str:
    in_use, free = _malloc_mb()
    return (
        f"rss {resident_mb():6.1f} MB  blocks {sys.getallocatedblocks():9,}  "
        f"arenas {_arenas():3}  malloc {in_use:5.1f} used {free:4.1f} free"
    )


async def _round(pilot, app) -> str:  # type: ignore[no-untyped-def]
    from bounceback_tui.ui.care.crisis import CrisisScreen
    from bounceback_tui.ui.screens.help import HelpScreen
    from bounceback_tui.ui.screens.settings import SettingsScreen

    async def palette_to(words: str, screen: type) -> None:  # type: ignore[type-arg]
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*words)
        await pilot.pause(0.2)
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert isinstance(app.screen, screen), (words, app.screen)

    await pilot.press("2")
    await pilot.pause()
    await pilot.press("a")  # the application form
    await pilot.pause(0.1)
    await palette_to("settings", SettingsScreen)
    await palette_to("show keys", HelpScreen)
    await pilot.press("h")  # the crisis screen, from Help
    await pilot.pause(0.1)
    assert isinstance(app.screen, CrisisScreen), app.screen
    peak = figures()
    await pilot.press("escape")  # back to Help
    await pilot.pause()
    for _ in range(3):  # the palette opened and closed over it, as the walk does
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    await palette_to("settings", SettingsScreen)  # Settings again, over Help
    await pilot.press("ctrl+p")  # and the palette over it, a query typed
    await pilot.pause()
    await pilot.press(*"northwind")
    await pilot.pause(0.2)
    peak += "\n" + " " * 17 + figures()
    while len(app.screen_stack) > 1:
        await pilot.press("escape")
        await pilot.pause()
        if app.screen.__class__.__name__ == "ConfirmScreen":  # throw the typing away
            await pilot.press("y")
            await pilot.pause()
    await pilot.pause(0.1)
    return peak


async def run(rounds: int, scale: int = 20) -> None:
    from bounceback_tui import clock
    from bounceback_tui.paths import resolve_paths
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.sqlite_file import open_store
    from bounceback_tui.ui.app import BouncebackApp

    clock.freeze(datetime(2026, 3, 16, 9, 30))
    with tempfile.TemporaryDirectory(prefix="bounceback-stacked-") as folder:
        _isolate(Path(folder))
        paths = resolve_paths(Path(folder) / "data")
        open_store(paths)
        database = Database(paths.database)
        fill_demo(database, scale=scale)  # 20: a few applications, as the walk's own store has
        database.dispose()
        app = BouncebackApp(paths)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause(0.3)
            for pane in "234561":
                await pilot.press(pane)
                await pilot.pause(0.2)
            print(f"panes built      {figures()}", flush=True)
            for number in range(1, rounds + 1):
                peak = await _round(pilot, app)
                print(f"round {number:2} peak    {peak}", flush=True)
                print(f"round {number:2} closed  {figures()}", flush=True)
            with contextlib.redirect_stdout(io.StringIO()):
                await pilot.press("q")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--scale", type=int, default=20, help="the demo store's applications")
    args = parser.parse_args()
    asyncio.run(run(args.rounds, args.scale))


if __name__ == "__main__":
    main()
