"""Has the store changed? A cheap question, asked every time a pane is shown.

SQLite's ``PRAGMA data_version`` changes whenever another connection commits. The
watcher keeps its own read-only connection, so every write the app makes (through
the ORM's connections) and every write from another window counts as a change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui.store.sqlite_file import connect


class StoreWatch:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._conn: sqlite3.Connection | None = None

    def version(self) -> int:
        """A number that changes after any commit by any other connection."""
        try:
            if self._conn is None:
                self._conn = connect(self.db_path, read_only=True)
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            # Unknown means "maybe changed": callers then re-read, which is always safe.
            self.close()
            return -1

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
