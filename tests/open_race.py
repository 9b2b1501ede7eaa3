"""Real processes opening one store at the same moment (tests/test_store_open_race.py).

Each process is started fresh (``spawn``: nothing shared with the test's own process), imports
the package, waits at a barrier with the others, then calls ``open_store`` on the same folder,
so they ask for the store within a millisecond or so of each other.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

# What each process says: "error" is empty when its open_store returned.
Outcome = dict[str, Any]


def _open_in_line(data_dir: str, barrier: Any, results: Any, wait_s: float | None) -> None:
    from bounceback_tui.paths import resolve_paths
    from bounceback_tui.store import sqlite_file

    if wait_s is not None:
        sqlite_file.OPEN_WAIT_S = wait_s
    paths = resolve_paths(data_dir)
    barrier.wait(timeout=60)
    try:
        opened = sqlite_file.open_store(paths)
    except BaseException as exc:  # every failure is the test's to see, whatever it is
        results.put({"error": f"{type(exc).__name__}: {exc}"})
        return
    results.put(
        {
            "error": "",
            "created": opened.created,
            "version": opened.version,
            "migrated_from": opened.migrated_from,
            "backup": str(opened.backup) if opened.backup else None,
        }
    )


def open_at_once(
    data_dir: Path, processes: int, *, wait_s: float | None = None
) -> tuple[list[Outcome], list[int | None]]:
    """``processes`` processes each open the store in ``data_dir`` at once: what each said
    (in the order they finished), and their exit codes."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes)
    results = context.Queue()
    started = [
        context.Process(target=_open_in_line, args=(str(data_dir), barrier, results, wait_s))
        for _ in range(processes)
    ]
    for process in started:
        process.start()
    outcomes = [results.get(timeout=120) for _ in started]
    for process in started:
        process.join(timeout=60)
    return outcomes, [process.exitcode for process in started]
