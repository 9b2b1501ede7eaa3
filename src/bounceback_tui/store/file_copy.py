"""A complete-or-absent copy of an open SQLite database, named in the backups folder.

The lowest piece of the backups (``backup.py`` builds on it), kept apart so that opening the
store (``sqlite_file.open_store``, which backs up before a migration) and the backups do not
import each other.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from bounceback_tui import clock
from bounceback_tui.errors import StoreDamagedError
from bounceback_tui.paths import DataPaths, create_private_file
from bounceback_tui.store.disk_space import sqlite_says_full
from bounceback_tui.store.held_files import HeldConnection
from bounceback_tui.store.partial_lock import hold, let_go

PARTIAL_SUFFIX = ".partial"


def backup_path(paths: DataPaths, label: str) -> Path:
    """A fresh file name in the backups folder (created 0700), reserved for this process.

    Its ``.partial`` file is made here, exclusively (empty, 0600), for ``backup_connection``
    to fill: two processes backing up in the same second (two windows launched together,
    a ``backup`` beside the app) each get a name of their own. A name is taken only when
    neither the backup nor its partial exists, and looked at again once the partial is
    made: a backup finished meanwhile under that name is never replaced."""
    folder = paths.ensure_backup_dir()
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    counter = 1
    while True:
        suffix = "" if counter == 1 else f"-{counter}"
        candidate = folder / f"bounceback-{stamp}-{label}{suffix}.sqlite3"
        counter += 1
        if candidate.exists():
            continue
        try:
            create_private_file(_partial(candidate))
        except FileExistsError:
            continue
        hold(_partial(candidate))  # written by this process (store/partial_lock.py)
        if candidate.exists():
            _partial(candidate).unlink(missing_ok=True)
            let_go(_partial(candidate))
            continue
        return candidate


def release_name(dest: Path) -> None:
    """Give back a name ``backup_path`` reserved, when its backup never started or failed:
    the ``.partial`` and SQLite's ``-journal``, ``-wal`` and ``-shm`` beside it. A backup
    that ran out of room left those on the full disk for 15 minutes (a stranger's walk)."""
    partial = _partial(dest)
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    let_go(partial)


def drop_unused_backup(backup: Path | None) -> None:
    """Remove the backup taken before an action (an import, a restore) that then failed in
    its one transaction and changed nothing: the store is still what the backup holds. On a
    disk with room only for that copy ("The disk is full; nothing was saved."), it stayed,
    unnamed, and kept the room it took (a stranger's walk)."""
    if backup is not None:
        with contextlib.suppress(OSError):
            backup.unlink()


def small_page_cache(conn: sqlite3.Connection) -> None:
    """A 256 KiB page cache, as the other short-lived readers (store/sqlite_file.connect),
    for a connection that reads or writes a whole store once (a backup, a check of one).

    SQLite's default is 2 MB: the daily backup's three connections filled theirs, and the
    memory, freed when they closed, stayed in the app's resident memory (docs/performance.md,
    "Memory, mem9's round"). Damage is left to the read that follows, which says so."""
    with contextlib.suppress(sqlite3.DatabaseError):
        conn.execute("PRAGMA cache_size = -256")


def _partial(dest: Path) -> Path:
    return dest.with_name(dest.name + PARTIAL_SUFFIX)


def backup_connection(
    source: sqlite3.Connection,
    dest: Path,
    *,
    verify_as: Path | None = None,
    trim: Callable[[sqlite3.Connection], object] | None = None,
    noted: Callable[[str], None] | None = None,
) -> Path:
    """Copy the open database ``source`` into a new private file ``dest``.

    The copy is complete or absent: it is written beside ``dest`` and renamed.
    With ``verify_as`` (the store's path, for the message), the copy must pass
    SQLite's integrity check before it is kept; a damaged one is removed and
    StoreDamagedError says why. ``trim``: what is done to the copy before it is checked
    (``layout.leave_out_foreign``, for the backups of backup.py). ``noted``: told of what
    the check could not read in a copy it keeps (another program's index: sound_check.py).
    """
    partial = _partial(dest)
    if not partial.exists():  # reserved by backup_path, or a name of the caller's own
        create_private_file(partial)
        hold(partial)
    try:
        target = sqlite3.connect(partial, factory=HeldConnection)
        try:
            small_page_cache(target)
            source.backup(target)
            if trim is not None:
                trim(target)
            # A self-contained file: opening a backup later must not leave -wal/-shm files.
            target.execute("PRAGMA journal_mode = DELETE")
            if verify_as is not None:
                _require_sound_copy(target, verify_as, noted)
        finally:
            target.close()
        os.replace(partial, dest)
        let_go(partial)
    except (sqlite3.Error, OSError) as exc:
        # Whether the disk is full is asked before the partial files give their room back.
        full = isinstance(exc, sqlite3.Error) and sqlite_says_full(exc, dest.parent)
        release_name(dest)
        if full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)) from exc
        raise
    except BaseException:
        release_name(dest)
        raise
    _sync_folder(dest.parent)
    return dest


def _require_sound_copy(
    copy: sqlite3.Connection, store: Path, noted: Callable[[str], None] | None
) -> None:
    """Refuse a copy SQLite's integrity check finds damaged; one that only keeps another
    program's index the app cannot use (made with a function of that program's) is sound,
    said to ``noted`` (store/sound_check.py): it was called "damaged inside"."""
    from bounceback_tui.store.damage import damaged_inside
    from bounceback_tui.store.sound_check import first_fault, integrity_verdict, unreadable_said

    unreadable: tuple[tuple[str, str], ...] = ()
    try:
        result, unreadable = integrity_verdict(copy, scratch=True)
    except sqlite3.DatabaseError as exc:
        # The check stopped on the damage ("database disk image is malformed", comparing an
        # index with its rows): the quick check names where it is, as `import` says it.
        result = first_fault(copy) or str(exc)
    if result == "ok" and unreadable and noted is not None:
        noted(unreadable_said(unreadable))
    if result != "ok":
        damaged = StoreDamagedError(
            f"{damaged_inside(store, result.splitlines()[0])}, so the backup was not kept: "
            "a damaged copy must never push a good one out. Any older backup is untouched."
        )
        damaged.details = result.splitlines()[0]  # for a screen that says it plainly
        raise damaged


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort; not every system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
