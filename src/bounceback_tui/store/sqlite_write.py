"""A write with the standard library only, for the few writers that must not load the ORM.

Kept apart from ``store/sqlite_file.py``, which every launch imports before its first paint.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bounceback_tui.store.foreign_guard import refuse_foreign
from bounceback_tui.store.sqlite_file import connect


@contextmanager
def write_transaction(
    path: Path, *, clearing_foreign: bool = False
) -> Iterator[sqlite3.Connection]:
    """A write with the standard library only: one ``BEGIN IMMEDIATE`` transaction with the
    store's pragmas (foreign keys, the busy timeout, ``synchronous = FULL``), committed if
    the block ends normally and rolled back otherwise.

    ``Database.write()`` gives the same guarantees through the ORM; this is for the few
    writers that must not load it (a JSON import from the command line: loading SQLModel
    costs about half a second). SQLite's errors come out as they are; the caller words them.
    Refused (ForeignLayoutError, nothing changed) while the store holds a trigger, table or
    view the app does not make (store/foreign_guard.py), unless ``clearing_foreign``: the
    write drops them itself first (`repair`, `import --replace`).
    """
    conn = connect(path)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not clearing_foreign:
                refuse_foreign(conn)
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
