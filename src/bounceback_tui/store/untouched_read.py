"""Reading a file without leaving anything beside it: ``read_untouched``.

Apart from store/untouched.py, which store/sqlite_file.py imports: this one reads through
sqlite_file's URIs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from bounceback_tui.store.sqlite_file import read_only_uri
from bounceback_tui.store.untouched import alone

T = TypeVar("T")


def read_untouched(path: Path, read: Callable[[str], T]) -> T:
    """``read(uri)`` of the file at ``path``, read-only, leaving nothing beside it: as immutable
    when no ``-wal``, ``-shm`` or ``-journal`` is beside it before and after (nobody has it
    open to write), else as any reader reads it (the files are then another process's). A
    restore refused for its backup left the backup's ``-wal`` and ``-shm``, and the store's,
    from reading what each held and checking the backup (a fixer's walk)."""
    if alone(path, "-journal"):
        try:
            found = read(read_only_uri(path, immutable=True))
        except sqlite3.Error:
            if alone(path, "-journal"):
                raise
        else:
            if alone(path, "-journal"):
                return found
    return read(read_only_uri(path))
