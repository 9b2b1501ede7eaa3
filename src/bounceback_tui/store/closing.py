"""Closing the store when the app or a command ends, so that only the store file is left.

In WAL mode SQLite keeps two files beside the store while it is in use: ``-wal`` (the
latest commits, not yet folded into the file) and ``-shm`` (the index of that log). When
the last connection to the store closes, SQLite folds the log into the file and deletes
both, but only if that connection could write: a read-only one (the fast readers, the
watcher, an export, a backup's source) leaves them behind, and so does one never closed.

So when the app or a command ends, what this process holds open on the store is closed
(``close_store``: the app's engine and watcher), and then one read-write connection of our
own is opened and closed (``tidy_store``). If it is the last connection to the store, its
close checkpoints and deletes ``-wal`` and ``-shm``. If another window or command still
has the store open, that connection holds a lock SQLite sees (in this process or any
other), so the close leaves both files alone: the other window goes on using them, and
whoever closes last tidies. Nothing here changes the journal mode or ``synchronous``.

A log removed under the window (``rm bounceback.sqlite3-wal bounceback.sqlite3-shm``) is still
the one its connections write to (``held_files.stale_logs``), and SQLite deletes a log by its
path: the window's last close folded its own into the store and deleted the one a command had
made since, with that command's commits (a stranger's walk: an import lost). So when another
log is at the path by then, a read-only connection holds the store while the window's own
close (``_hold_for_close``): none of them can then fold anything in, and ``tidy_store`` folds
in the log at the path, the one every other window and command reads. With nothing at the
path, the window's log is folded in as before: nobody else's is there to delete.

Standard library only: the command line calls it after every command.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import Protocol

from bounceback_tui.errors import StoreError
from bounceback_tui.store.sqlite_file import (
    APPLICATION_ID,
    SQLITE_HEADER,
    connect,
    store_is_read_only,
)
from bounceback_tui.store.untouched import side_file

# The files SQLite keeps beside a store in WAL mode while it is open.
SIDE_SUFFIXES = ("-wal", "-shm")


class Closable(Protocol):
    def close(self) -> None: ...


def close_store(path: Path, *held: Closable | None, tidy: bool = True) -> bool:
    """Close ``held`` (what this process keeps open on the store at ``path``: the app's
    ``Database`` and ``StoreWatch``), then, with ``tidy``, ``tidy_store(path)``.

    True if no ``-wal`` or ``-shm`` is left beside the store. ``tidy`` False (a store found
    damaged, which is left exactly as it is) only closes."""
    guard = _hold_for_close(path)
    for handle in held:
        if handle is not None:
            with suppress(sqlite3.Error, OSError):  # closing never fails the way out
                handle.close()
    if guard is not None:
        with suppress(sqlite3.Error):
            guard.close()  # read-only: its close folds nothing in
    return tidy_store(path) if tidy else not side_files(path)


def _hold_for_close(path: Path) -> sqlite3.Connection | None:
    """A read-only connection holding the store (its first read takes SQLite's shared lock),
    when this process holds a log removed from the path and another log is there now: while
    it is open, no close of this process's connections can fold a log in or delete one."""
    from bounceback_tui.store.held_files import stale_logs

    try:
        if not stale_logs(path) or not side_files(path):
            return None
        conn = connect(path, read_only=True, header_only=True)
    except (sqlite3.Error, OSError, StoreError):
        return None
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error:
        with suppress(sqlite3.Error):
            conn.close()
        return None
    return conn


def tidy_store(path: Path) -> bool:
    """Let SQLite fold the log into the store and delete ``-wal`` and ``-shm``, if no other
    connection (another window, a command) has the store open; True if none is left.

    Does nothing when there is nothing to tidy, and never touches a file that is not this
    app's store (another program's database, not SQLite at all) or one the person made
    read-only. Never creates the store."""
    try:
        if not side_files(path):
            return True
        if not _is_our_store(path) or store_is_read_only(path):
            return False
        conn = connect(path)
    except (sqlite3.Error, OSError, StoreError):
        return False  # a folder that cannot be read, a store made read-only meanwhile
    try:
        # As every writer of the store: the checkpoint at close is as durable as a commit.
        conn.execute("PRAGMA synchronous = FULL")
        # The first read opens the log and takes the shared lock every reader holds; the
        # close then checkpoints and deletes the files only if it can lock out everyone.
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error:
        pass  # busy, or damage: the close below tries no harder than SQLite's own
    finally:
        with suppress(sqlite3.Error):
            conn.close()
    try:
        return not side_files(path)
    except OSError:
        return False


def side_files(path: Path) -> list[Path]:
    """The ``-wal`` and ``-shm`` files of the store at ``path`` that exist (beside the file a
    link leads to: ``untouched.side_file``)."""
    return [side for suffix in SIDE_SUFFIXES if (side := side_file(path, suffix)).exists()]


def _is_our_store(path: Path) -> bool:
    """Whether the file's header says SQLite and this app (``PRAGMA application_id``)."""
    from bounceback_tui.store.held_files import read_head

    try:
        head = read_head(path, 72)
    except OSError:
        return False
    if head is None:  # a connection of this process still has it: SQLite answers
        return _is_our_store_by_sqlite(path)
    return (
        len(head) == 72
        and head.startswith(SQLITE_HEADER)
        and int.from_bytes(head[68:72], "big") == APPLICATION_ID
    )


def _is_our_store_by_sqlite(path: Path) -> bool:
    try:
        conn = connect(path, read_only=True, header_only=True)
        try:
            return bool(conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID)
        finally:
            conn.close()
    except sqlite3.Error:
        return False
