"""Files this process has open through SQLite, which it must then never open any other way.

POSIX locks belong to a process and a file, not to a descriptor: closing *any* descriptor of
a file drops every lock the process holds on it, SQLite's included. A plain open, read and
close of the store's header (to refuse a file that is not SQLite, without SQLite touching it)
while the app's own connection was open left the app holding no lock at all. Another
process's connection, closing, then found itself the last one: it folded the log into the
store and deleted ``-wal`` and ``-shm`` under the open app, whose next writes went to the
deleted files. A stranger's walk met it as a damaged store after a restore from the command
line beside the app, which had just backed up from its palette.

So the app's store is marked held while its engine exists (``store/database.py``), and every
raw read of a store's first bytes goes through ``read_head``, which does not open a held file:
its callers then let SQLite, which shares its locks between a process's connections, answer.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

_lock = threading.Lock()
_held: Counter[tuple[int, int]] = Counter()


def _key(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def hold(path: Path) -> tuple[int, int] | None:
    """Mark the file at ``path`` held by this process; the key to ``let_go`` with."""
    key = _key(path)
    if key is not None:
        with _lock:
            _held[key] += 1
    return key


def let_go(key: tuple[int, int] | None) -> None:
    if key is None:
        return
    with _lock:
        _held[key] -= 1
        if _held[key] <= 0:
            del _held[key]


def is_held(path: Path) -> bool:
    key = _key(path)
    with _lock:
        return key is not None and key in _held


def read_head(path: Path, size: int) -> bytes | None:
    """The file's first ``size`` bytes (fewer if it is shorter), or None for a file this
    process holds open through SQLite. OSError as ``open`` raises it."""
    if is_held(path):
        return None
    with path.open("rb") as handle:
        return handle.read(size)
