"""A write with the standard library only, for the few writers that must not load the ORM.

Kept apart from ``store/sqlite_file.py``, which every launch imports before its first paint.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bounceback_tui.store.sqlite_file import connect


@contextmanager
def write_transaction(path: Path) -> Iterator[sqlite3.Connection]:
    """A write with the standard library only: one ``BEGIN IMMEDIATE`` transaction with the
    store's pragmas (foreign keys, the busy timeout, ``synchronous = FULL``), committed if
    the block ends normally and rolled back otherwise.

    ``Database.write()`` gives the same guarantees through the ORM; this is for the few
    writers that must not load it (a JSON import from the command line: loading SQLModel
    costs about half a second). SQLite's errors come out as they are; the caller words them.
    """
    conn = connect(path)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
