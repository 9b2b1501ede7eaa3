"""Telling the store's watcher of this app's own commits, so it does not read them back.

Around a write's commit (``store/database.Database.write``), ``OwnCommit`` reads SQLite's
``data_version`` just before and just after; when nobody else can have committed in between,
the watcher (store/watch.py) notes the change as this app's own, and the panes are not read
again for it.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from bounceback_tui.store.watch import StoreWatch


class OwnCommit:
    """Tells the watcher the data_version just before and just after this app's commit,
    when nobody else can have committed in between: before is read while this write
    transaction holds the lock (``BEGIN IMMEDIATE``); after the commit, the writing
    connection's own data_version, which changes only for other connections' commits,
    must be as it was (read after the watcher's, so nothing slipped in before that)."""

    def __init__(
        self, raw: sqlite3.Connection, watch: StoreWatch, before: int, mine: int, scratch: bool
    ):
        self.raw, self.watch, self._before, self._mine = raw, watch, before, mine
        self.scratch = scratch

    @classmethod
    def before(
        cls, conn: Connection, watch: StoreWatch | None, scratch: bool = False
    ) -> OwnCommit | None:
        if watch is None or not conn.in_transaction() or not watch.on_own_thread():
            return None
        raw = conn.connection.dbapi_connection
        if not isinstance(raw, sqlite3.Connection):
            return None
        try:
            mine = _data_version(raw)
        except sqlite3.Error:
            return None
        return cls(raw, watch, watch.version(), mine, scratch)

    def after(self) -> None:
        after = self.watch.version()
        try:
            alone = _data_version(self.raw) == self._mine
        except sqlite3.Error:
            return
        if alone:
            self.watch.note_own_write(self._before, after, scratch=self.scratch)


def _data_version(raw: sqlite3.Connection) -> int:
    return int(raw.execute("PRAGMA data_version").fetchone()[0])
