"""The walk loop: a first launch, each move chosen (or replayed), performed, settled and checked,
then the way out and the Quit, and the store's rules at the end (``walk``, ``replay``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bounceback_tui.paths import DataPaths
from tests.monkey.checks import Toast
from tests.monkey.coverage import Coverage
from tests.monkey.moves import MonkeyFailure, Move, decode_log
from tests.monkey.stubs import Stubs
from tests.monkey.walker import _Walk
from tests.monkey.way_out import _leave_and_quit

SIZE = (120, 36)


@dataclass
class WalkResult:
    moves: list[Move]
    coverage: Coverage
    stubs: Stubs
    toasts: list[Toast]
    store_paths: list[Path]
    seconds: float


async def _run(
    paths: DataPaths,
    next_move: Callable[[_Walk], Move | None],
    seed: int | None,
    half: str | None = None,
) -> WalkResult:
    from bounceback_tui.store.sqlite_file import open_store
    from tests.store_rules import store_problems

    started = time.monotonic()
    open_store(paths)
    stubs = Stubs()
    with stubs.installed():
        walk = _Walk(paths, seed, stubs, half)
        app = walk.app
        visited: list[Path] = []
        try:
            async with app.run_test(size=SIZE) as pilot:
                await walk.start(pilot)
                while (move := next_move(walk)) is not None:
                    await walk.perform(pilot, move)
                    await walk.settle(pilot)
                    if app.paths.database not in visited:
                        visited.append(app.paths.database)
                    walk.check_step()
                # The end: back to the panes as a person would (out of a field, dialogs
                # closed), then the app's own Quit, which must close cleanly.
                await _leave_and_quit(walk, pilot)
        except MonkeyFailure:
            raise
        except Exception as exc:
            # What the app raised, re-raised by run_test (or met by Pilot as the app died).
            raise walk.fail(f"the app raised {exc!r}") from exc
        if app.return_code not in (0, None):
            raise walk.fail(f"quitting ended with status {app.return_code}")
    for database in visited:
        if database.exists():
            problems = store_problems(database)
            if problems:
                raise walk.fail(
                    f"the store at {database} breaks its rules:\n    " + "\n    ".join(problems)
                )
    return WalkResult(
        walk.moves, walk.coverage, stubs, walk.toasts, visited, time.monotonic() - started
    )


async def walk(
    paths: DataPaths,
    seed: int,
    steps: int,
    half: str | None = None,
    on_step: Callable[[int], None] | None = None,
) -> WalkResult:
    """``steps`` random moves from a first launch on the demo data (see the module), steered
    towards the screens and binding ids of ``half`` of the app (None: all of it).
    ``on_step(n)`` is called once step ``n`` is done and checked."""
    count = 0

    def next_move(w: _Walk) -> Move | None:
        nonlocal count
        if on_step is not None and count:
            on_step(count)
        if count >= steps:
            return None
        count += 1
        return w.choose(count / steps)

    return await _run(paths, next_move, seed, half)


async def replay(log: str | Path | list[Any], paths: DataPaths) -> WalkResult:
    """Play a key log back (the moves up to, not including, the final Quit)."""
    queue = iter([move for move in decode_log(log) if move.kind != "quit"])
    return await _run(paths, lambda _w: next(queue, None), None)


def run(coro: Any) -> Any:
    return asyncio.run(coro)
