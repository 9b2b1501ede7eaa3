"""A store file replaced by hand under an open window, and how the window lets go of it.

`mv other.sqlite3 bounceback.sqlite3` in the data folder (or a copy moved in, or the file
moved away or deleted) while a window is open: SQLite goes on with the file it opened, now
unlinked or elsewhere, and whatever it wrote there would never be read again (a tester's walk:
"Saved", and lost). ``Database`` and ``StoreWatch`` remember the device and inode of the file
they opened (``held_files.file_key``) and compare them with the file at the path: before every
write and at every watch tick, one stat (microseconds).

When they differ, the window lets go of the file it held (``let_go``), through a connection
still open on it, the only way left to read it:

- a copy of it goes into the backups folder (``before-replace``): a store deleted by mistake,
  or moved over by the wrong file, does not go with the window;
- its highest version and ids are read, and the new file's rows are moved past them as after
  a restore (``versions.py``): a form still open on an old row never matches a new one;
- its log is folded into it and emptied (``wal_checkpoint(TRUNCATE)``, a connection that can
  write only). SQLite finds a store's log by the store's path: a file moved over the store
  alone left the old file's -wal beside it, and read with it, the new file showed the old
  store's pages; a store moved away keeps what its log held.

Then ``take_up`` opens the file now at the path as a launch does (``open_store``: ours, not
newer, upgraded after a backup if it is behind); a file it refuses is left as it was.
Standard library only.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.errors import StoreError, StoreReplacedError
from bounceback_tui.paths import DataPaths, command_line
from bounceback_tui.store.file_copy import backup_connection, backup_path
from bounceback_tui.store.held_files import log_removed_elsewhere
from bounceback_tui.store.sqlite_file import OpenedStore, open_store
from bounceback_tui.store.versions import StoreMarks, read_marks

if TYPE_CHECKING:
    from collections.abc import Callable

    from bounceback_tui.store.migrations.apply import UpgradeRules

# The backups' label for the copy of the file a window held when it was replaced.
KEPT_LABEL = "before-replace"


def replaced_message(path: Path) -> str:
    return (
        f"The store file at {path} was replaced outside the app; nothing was saved, into "
        "either file. This window is opening the new one: look at it, then try again."
    )


def gone_message(path: Path) -> str:
    return (
        f"The store file at {path} is gone (moved or deleted outside the app); nothing was "
        "saved. Put it back, then try again."
    )


# The store's -wal and -shm, in words a person knows them by (ui/store_replaced.py's note
# says the same): "the -wal or -shm" named them by SQLite's file endings.
LOG_FILE = "the store's log file (its latest saves, kept beside {path})"


def log_removed_message(path: Path) -> str:
    return (
        f"T{LOG_FILE.format(path=path)[1:]} was removed under this window; nothing was "
        "saved. Quit this window and open the app again."
    )


def log_removed_elsewhere_message(path: Path) -> str:
    return (
        f"Another window has the store at {path} open, but {LOG_FILE.format(path='it')} was "
        "removed under that window; nothing was done. Quit that window first, then try again."
    )


def refuse_beside_a_removed_log(path: Path) -> None:
    """For a command about to write: StoreError when another window holds the store through
    a log removed from beside it (``held_files.log_removed_elsewhere``). Written now, the
    command's commits would go into a new log that window never reads, and its pending ones
    would be left out of the store when it closes."""
    if log_removed_elsewhere(path):
        raise StoreError(log_removed_elsewhere_message(path))


def refusal(path: Path) -> StoreReplacedError:
    """What a write is told when the file at ``path`` is not the one it would go into."""
    return StoreReplacedError(replaced_message(path) if path.exists() else gone_message(path))


@dataclass(frozen=True)
class LetGo:
    """What was kept of the file a window held: its marks, and where its copy went (None if
    no copy could be made)."""

    marks: StoreMarks = field(default_factory=StoreMarks)
    kept: Path | None = None


def let_go(conn: sqlite3.Connection, paths: DataPaths, *, writable: bool) -> LetGo:
    """Through ``conn``, still open on the file the window held: read its marks, fold its log
    into it (``writable``), and copy it into the backups folder. Each step is a courtesy: one
    that fails leaves the others to do, and never stops the window taking up the new file."""
    try:
        marks = read_marks(conn)
    except sqlite3.Error:
        marks = StoreMarks()
    if writable:
        with suppress(sqlite3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kept: Path | None = None
    with suppress(OSError, sqlite3.Error, StoreError):
        kept = backup_connection(conn, backup_path(paths, KEPT_LABEL))
    return LetGo(marks, kept)


def take_up(
    paths: DataPaths, marks: StoreMarks, rules: Callable[[], UpgradeRules] | None = None
) -> OpenedStore:
    """Open the file now at the store's path with a launch's checks, then take its versions
    and ids past ``marks``. Raises StoreReplacedError if there is no file there (no empty
    store is made in its place), else as ``open_store`` does; a refused file is not touched.
    ``rules``: as ``open_store`` takes them (an older file is upgraded)."""
    from bounceback_tui.store.versions import move_store_past

    path = paths.database
    if not path.exists():
        raise StoreReplacedError(gone_message(path))
    opened = open_store(paths, rules=rules)
    if not opened.read_only and (marks.highest_version or marks.ids):
        move_store_past(path, marks, command_line(paths, "repair"))
    return opened
