"""Turning a store to WAL while another window or command may hold its write lock.

Changing the journal mode of a store in rollback mode takes a read lock and then upgrades it
to a write lock. SQLite does not call the busy handler for that upgrade (two connections each
holding a read lock and waiting for the other's would wait forever), so the change fails at
once with "database is locked" while anyone else writes. Opening therefore asks again, with
short growing pauses, until its own wait runs out (``sqlite_file.OPEN_WAIT_S``).
"""

import sqlite3
import time


def turn_to_wal(conn: sqlite3.Connection, wait_s: float) -> str:
    """Set ``conn``'s store (autocommit, no transaction open) to WAL; the mode it ended in.

    Raises the last "locked"/"busy" OperationalError when the store stayed locked for
    ``wait_s`` seconds, and any other error at once."""
    deadline = time.monotonic() + wait_s
    pause = 0.005
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if ("locked" not in text and "busy" not in text) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)
