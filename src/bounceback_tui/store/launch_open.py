"""Opening the store at launch without reading its schema on the main thread.

``open_store`` checks an up-to-date store through a read-only connection whose first
statement parses the whole schema (its seventy triggers: about 11 million instructions),
on the thread that goes on to import Textual and draw the first frame. Today's prefetch
opens a connection of its own in a thread anyway, and parses the schema there. So at
launch, a store whose file header already says what that check would find (SQLite, in
WAL mode, this app's, at the latest schema) and which can be written is only made private
here; the same identity check (``confirm_identity``: the version, the owner, a count of
the tables that reads the schema, so a damaged schema is refused as before) runs on the
prefetch's connection, and the app waits for its verdict before it is built
(``TodayPrefetch.confirm_store``, which checks again on this thread when there is none).
Any other store goes through ``open_store`` as before: the header only decides who checks.

A WAL store's header can be older than its log (a migration not yet folded in): a file
that says it is behind takes ``open_store``'s way; a log that holds a newer schema than
the file says is refused by the check on the prefetch's connection, which reads the log.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.disk_space import full_disk_launch, stuck_on_full_disk
from bounceback_tui.store.sqlite_file import (
    APPLICATION_ID,
    SQLITE_HEADER,
    _make_files_private,
    checked_version,
    open_store,
    store_is_read_only,
)
from bounceback_tui.store.untouched import cut_short

if TYPE_CHECKING:
    from collections.abc import Callable

    from bounceback_tui.store.migrations.apply import UpgradeRules

_WAL = b"\x02\x02"  # bytes 18 and 19: the file format's write and read versions


def open_store_at_launch(paths: DataPaths, rules: Callable[[], UpgradeRules] | None = None) -> bool:
    """``open_store``, except that an up-to-date store's identity is left to be confirmed
    through another connection (``confirm_identity``); True if it was left. ``rules``: as
    ``open_store`` takes them, for a store behind."""
    path = paths.database
    if stuck_on_full_disk(path):  # its readers would read it, and nothing could be saved
        raise StoreError(full_disk_launch(path))
    if _up_to_date_by_header(path) and not store_is_read_only(path):
        _make_files_private(path)
        return True
    open_store(paths, rules=rules)
    return False


def confirm_identity(conn: sqlite3.Connection, path: Path) -> None:
    """The check ``open_store`` makes of a store it opens: NotADatabaseError (a damaged
    schema, another program's database), NewerStoreError or StoreError, as it raises; then
    ``confirm_tables``."""
    checked_version(conn, path)
    confirm_tables(conn, path)


def confirm_tables(conn: sqlite3.Connection, path: Path) -> None:
    """The launch's check of every table the app uses, through a connection whose schema
    is parsed anyway (Today's prefetch's): StoreLayoutError for a table or column missing
    (store/layout_tables.py)."""
    from bounceback_tui.store.layout_tables import require_app_tables

    require_app_tables(conn, path)


def tables_on_the_spot(path: Path) -> None:
    """``confirm_tables`` through a reader of its own, nothing left beside the store, when
    the prefetch gave no verdict; a store that cannot be read is left to what reads it."""
    from bounceback_tui.store.held_files import HeldConnection
    from bounceback_tui.store.untouched_read import read_untouched

    def check(uri: str) -> None:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
        try:
            confirm_tables(conn, path)
        finally:
            conn.close()

    try:
        read_untouched(path, check)
    except sqlite3.Error:
        return


def _up_to_date_by_header(path: Path) -> bool:
    from bounceback_tui.store.held_files import read_head
    from bounceback_tui.store.migrations import LATEST_VERSION

    try:
        head = read_head(path, 100)
    except OSError:
        return False  # open_store says why
    return (
        head is not None  # held open here already: open_store reads it through SQLite
        and len(head) == 100
        and head.startswith(SQLITE_HEADER)
        and head[18:20] == _WAL
        and int.from_bytes(head[60:64], "big") == LATEST_VERSION  # user_version
        and int.from_bytes(head[68:72], "big") == APPLICATION_ID
        # A file cut short takes open_store's way, whose check makes nothing beside a store
        # it refuses (store/untouched.py); a reader here would make its -wal and -shm.
        and not cut_short(path, head)
    )
