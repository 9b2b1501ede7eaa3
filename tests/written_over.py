"""Another program writes to the store: the tests' `sqlite3 store "UPDATE ..."`.

A tester's walk often starts with a value written over by hand (garbage in a day column,
a name with a line break, a note changed "in another window"), then the app opened on
it. `another_program_writes` is that write: its own connection, the statement committed,
the connection closed (a `with sqlite3.connect(...)` block commits but leaves it open).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from bounceback_tui.paths import DataPaths


def another_program_writes(where: DataPaths | Path, sql: str, params: Sequence[object] = ()) -> int:
    """Run ``sql`` with ``params`` on a connection of its own, commit and close it.

    ``where`` is a data folder's paths or the store file itself. Returns how many rows
    the statement changed, for a test to check that its write found its row.
    """
    database = where.database if isinstance(where, DataPaths) else where
    conn = sqlite3.connect(database)
    try:
        with conn:
            return conn.execute(sql, params).rowcount
    finally:
        conn.close()
