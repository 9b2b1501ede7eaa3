"""Has the store changed? A cheap question, asked every time a pane is shown.

SQLite's ``PRAGMA data_version`` changes whenever another connection commits. The
watcher keeps its own read-only connection, so every write the app makes (through
the ORM's connections) and every write from another window counts as a change.

A window's own writes are not news to the pane that made them (it re-read what it
changed), so ``Database.write`` tells the watcher the data_version just before and just
after each of the app's commits, when it can be sure nobody else committed in between;
``only_own_writes`` then says whether a change since a pane last read is made of nothing
else. A commit of the window's scratch (``Database.write(scratch=True)``: a new application's
draft, kept while it is typed, which no pane shows) is one of its own that no pane's action
made: ``own_commits`` leaves it out, so a pane weighing a read against its own actions does
not read everything again for it (the Pipeline's read in a thread, overtaken by the draft
kept at Enter, was read once more: a Pipeline long to read, for nothing).

The watcher also tells whether the file at the store's path is still the one its connection
holds (``file_replaced``, one stat at each tick): a file moved over the store by hand changes
no ``data_version`` the old connection can see (store/replaced_file.py). Once the window has
taken up the new file, ``reopen`` looks at it, and its numbers go on past every one given
before, so that every pane reads the new file and none takes it for this window's own write.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from bounceback_tui.store.held_files import FileKey, file_key, held_key
from bounceback_tui.store.sqlite_file import connect

# How many of the app's own commits are remembered (a pane asks about its last few).
OWN_WRITES_KEPT = 256


class StoreWatch:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._conn: sqlite3.Connection | None = None
        # The thread that opened the connection (the app's), the only one that may use it.
        self._thread: int | None = None
        # data_version before -> after, for each of this app's own commits.
        self._own: dict[int, int] = {}
        # The versions after those of them that wrote the window's scratch alone.
        self._scratch: set[int] = set()
        # The file the watcher first opened (device, inode), and what is added to the
        # data_version: one past the last number given when the connection was opened.
        self._file: FileKey | None = None
        self._base = 0
        self._last = -1

    def version(self) -> int:
        """A number that changes after any commit by any other connection."""
        try:
            if self._conn is None:
                # The header's counter only: no schema parse (sqlite_file.connect).
                self._conn = connect(self.db_path, read_only=True, header_only=True)
                self._thread = threading.get_ident()
                if self._file is None:
                    self._file = held_key(self._conn)
                # A new connection counts from its own start: on from the last number given.
                self._base = self._last + 1
            version = self._base + int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            # Unknown means "maybe changed": callers then re-read, which is always safe.
            self.close()
            return -1
        self._last = version
        return version

    def file_replaced(self) -> bool:
        """Whether the file at the store's path is no longer the one this watcher opened
        (moved over, away or deleted outside the app): one stat. False before its first look."""
        return self._file is not None and file_key(self.db_path) != self._file

    def held_connection(self) -> sqlite3.Connection | None:
        """The watcher's connection (read-only; this thread's), if it still holds the file it
        first opened: after that file was replaced, the way left to read it."""
        if self._conn is None or held_key(self._conn) != self._file:
            return None
        return self._conn

    def reopen(self) -> None:
        """Look at the file now at the path from the next ``version`` on (the window took it
        up): its numbers start past every one given so far, and no own write is remembered."""
        self.close()
        self._file = None
        self._own.clear()
        self._scratch.clear()

    def on_own_thread(self) -> bool:
        """Whether this thread may ask: the one that asked first (the app's). A write from
        a worker thread is not noted, so it is news to the panes like any other."""
        return self._conn is not None and threading.get_ident() == self._thread

    def note_own_write(self, before: int, after: int, *, scratch: bool = False) -> None:
        """This app committed, and nobody else did, between ``before`` and ``after``;
        ``scratch``: a commit of the window's scratch alone, which no pane shows."""
        if 0 <= before < after:
            self._own[before] = after
            if scratch:
                self._scratch.add(after)
            while len(self._own) > OWN_WRITES_KEPT:
                self._scratch.discard(self._own.pop(next(iter(self._own))))

    def only_own_writes(self, seen: int, now: int) -> bool:
        """Whether every commit between the versions ``seen`` and ``now`` was this app's."""
        return self.own_commits(seen, now) is not None

    def own_commits(self, seen: int, now: int) -> list[int] | None:
        """The version after each commit between ``seen`` and ``now`` when every one of them
        was this app's (a pane can then tell its own actions from the other panes'); else None.
        A commit of the window's scratch alone is left out: no pane's action, nothing shown."""
        found: list[int] = []
        version = seen
        while version != now:
            following = self._own.get(version)
            if following is None:
                return None
            if following not in self._scratch:
                found.append(following)
            version = following
        return found

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
