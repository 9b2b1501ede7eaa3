"""Consistent copies of the store, made with SQLite's online backup API.

Every backup is written to a private ``.partial`` file first and renamed when
complete, so a crash, a full disk or a quick quit never leaves a half-written
file that looks like a backup. Backups live in ``<data dir>/backups/`` (0700),
each file 0600, named ``bounceback-YYYYMMDD-HHMMSS-<label>.sqlite3``:

- ``daily``: taken on the first launch of each day; only the newest
  ``backups_to_keep`` of these are kept (a setting, 7 by default);
- ``manual`` (`bounceback-tui backup`), ``pre-migration-...``,
  ``before-restore``, ``before-import``, ``before-demo``, ``before-repair``: kept until the person
  deletes them.

Putting a backup back is restore.py's part. Standard library only: the CLI's backup and
restore never load the ORM.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bounceback_tui import clock
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DAILY_LOCK, FILE_MODE, DataPaths
from bounceback_tui.store.backup_failure import backup_failure, failed_backup
from bounceback_tui.store.file_copy import (
    PARTIAL_SUFFIX,
    backup_connection,
    backup_path,
    release_name,
    small_page_cache,
)
from bounceback_tui.store.held_files import HeldConnection
from bounceback_tui.store.partial_lock import written_by_nobody

DAILY_LABEL = "daily"
DAILY_LOCK_WAIT_S = 10.0
STALE_PARTIAL_SECONDS = 15 * 60
# What an unfinished backup leaves: the copy, and SQLite's journal or log files beside it.
_UNFINISHED = re.compile(r"\.sqlite3\.partial(-journal|-wal|-shm)?$")
DEFAULT_KEEP = 7
MAX_KEEP = 365
_NAME = re.compile(r"^bounceback-(\d{8}-\d{6})-(.+?)(?:-(\d+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as listed by `bounceback-tui restore`."""

    path: Path
    taken_at: datetime
    label: str
    size: int
    sequence: int = 1
    modified_ns: int = 0
    # Its name is dated after now (a clock that was wrong, or a name typed by hand): never
    # counted in the daily rotation, nor as today's daily, nor pruned with them.
    ahead: bool = False

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def is_daily(self) -> bool:
        return self.label == DAILY_LABEL

    @property
    def in_rotation(self) -> bool:
        """A daily backup the rotation counts and prunes (not one dated ahead)."""
        return self.is_daily and not self.ahead


def backup_file(
    db_path: Path,
    dest: Path,
    *,
    verify: bool = False,
    whole: bool = False,
    noted: Callable[[str], None] | None = None,
) -> Path:
    """Copy the store at ``db_path`` to ``dest``; ``verify``: keep it only if it is sound;
    ``whole``: what the app does not make too (``file_copy.backup_connection``, which tells
    ``noted`` of another program's index its check could not read)."""
    from bounceback_tui.store.layout import leave_out_foreign
    from bounceback_tui.store.sqlite_file import read_only_uri

    try:
        source = sqlite3.connect(
            read_only_uri(db_path), uri=True, timeout=5.0, factory=HeldConnection
        )
    except BaseException:
        release_name(dest)
        raise
    try:
        small_page_cache(source)
        # Never another program's trigger in a copy: the day's backup carried one on, and
        # `restore` then refused it (``whole``: `repair`'s copy of what it removes).
        trim = None if whole else leave_out_foreign
        verify_as = db_path if verify else None
        return backup_connection(source, dest, verify_as=verify_as, trim=trim, noted=noted)
    finally:
        source.close()


def back_up_store(
    paths: DataPaths,
    label: str = "manual",
    *,
    before: str = "",
    whole: bool = False,
    noted: Callable[[str], None] | None = None,
) -> Path:
    """`bounceback-tui backup`: a consistent copy of the store, safe while the app is open.

    Refuses (StoreError) a missing, unreadable or newer-version store, and a copy
    that fails SQLite's integrity check (StoreDamagedError: it is not kept), and
    turns file-system failures into a sentence the person can act on. ``before``: what the
    backup was for, said as not done when it fails ("restored"). A trigger, table or view the
    app does not make is left out of the copy, unless ``whole``: the copies before `repair`,
    `import --replace`, `demo --force` and `restore`, which remove or replace it, keep it
    (another program's index the app cannot use is not damage: said to ``noted``).
    """
    from bounceback_tui.store.sqlite_file import inspect_store

    inspect_store(paths.database)
    return guarded_backup(paths, paths.database, label, before=before, whole=whole, noted=noted)


def guarded_backup(
    paths: DataPaths,
    db_path: Path,
    label: str,
    *,
    verify: bool = True,
    before: str = "",
    whole: bool = False,
    noted: Callable[[str], None] | None = None,
) -> Path:
    remove_stale_partials(paths)  # what a killed `import` or `backup` left
    try:
        dest = backup_path(paths, label)
        return backup_file(db_path, dest, verify=verify, whole=whole, noted=noted)
    except StoreError:
        raise
    except OSError as exc:
        raise failed_backup(exc, exc.errno, paths, before) from exc
    except sqlite3.Error as exc:
        full = "full" in str(exc).lower()
        raise failed_backup(exc, errno.ENOSPC if full else None, paths, before) from exc


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Every complete backup, newest first (unfinished ``.partial`` files are ignored)."""
    folder = paths.backups
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    now = clock.now()
    for entry in folder.iterdir():
        if not entry.is_file():
            continue
        match = _NAME.match(entry.name)
        try:
            stat = entry.stat()
        except OSError:
            continue
        ahead = False
        if match:
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            label, sequence = match.group(2), int(match.group(3) or 1)
            if taken > now:  # dated ahead: the time the file was written, if that is past
                ahead, written = True, datetime.fromtimestamp(stat.st_mtime)
                taken = written.replace(microsecond=0) if written <= now else taken
        elif entry.suffix == ".sqlite3":
            taken = datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
            label, sequence = "", 1
        else:
            continue
        info = BackupInfo(entry, taken, label, stat.st_size, sequence, stat.st_mtime_ns, ahead)
        found.append(info)
    # Names have one-second stamps; within a second the file times tell the order. One whose
    # time is still after now (name and file both) comes last: it is never `latest`.
    found.sort(
        key=lambda b: (b.taken_at <= now, b.taken_at, b.modified_ns, b.sequence), reverse=True
    )
    return found


def latest_backup(paths: DataPaths) -> BackupInfo | None:
    backups = list_backups(paths)
    return backups[0] if backups else None


def backups_to_keep(db_path: Path) -> int:
    """The ``backups_to_keep`` setting, read without the ORM; a broken value means the default."""
    from bounceback_tui.store.fastread import FastReader

    try:
        with FastReader(db_path) as reader:
            value = reader.setting("backups_to_keep", DEFAULT_KEEP)
    except sqlite3.Error:
        return DEFAULT_KEEP
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_KEEP
    return max(0, min(MAX_KEEP, value))


def daily_backup(
    paths: DataPaths, keep: int | None = None, *, checked: bool = False
) -> Path | None:
    """Take today's rolling backup if there is none yet, then prune old daily ones.

    Returns the new backup, or None when today's exists or ``keep`` is 0. A store
    that fails SQLite's quick check is not copied (a damaged copy must never push
    a good one out of the rotation): that raises StoreError instead. ``checked``
    says the caller has just run that check and it passed (it reads the whole file).
    """
    db_path = paths.database
    if keep is None:
        keep = backups_to_keep(db_path)
    if keep <= 0:
        if paths.backups.is_dir():  # none taken, but those kept are made private all the same
            with contextlib.suppress(OSError):
                paths.ensure_backup_dir()
        return None
    today = clock.today()
    with _one_window_at_a_time(paths) as ours:
        if not ours:
            return None  # another window has held the lock for long: it is taking the backup
        if any(b.in_rotation and b.taken_at.date() == today for b in list_backups(paths)):
            prune_daily(paths, keep)
            return None
        if not checked:
            _require_healthy(db_path)
        _require_layout(paths)
        # The quick check above (or the caller's) has read the whole store: no second check.
        created = guarded_backup(paths, db_path, DAILY_LABEL, verify=False)
        prune_daily(paths, keep)
    return created


@contextlib.contextmanager
def _one_window_at_a_time(paths: DataPaths) -> Iterator[bool]:
    """Of two windows launched together, one takes today's backup and the other then finds
    it (a lock on a file in the backups folder, let go when the process ends, however it
    ends). True once the lock is this process's; False if another held it for
    ``DAILY_LOCK_WAIT_S`` (a window stopped mid-backup must not hold this one's quitting,
    which waits for the backup's thread). Where there are no such locks (not POSIX), each
    window looks for itself."""
    try:
        import fcntl
    except ImportError:
        yield True
        return
    try:
        fd = os.open(paths.ensure_backup_dir() / DAILY_LOCK, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError as exc:
        raise StoreError(backup_failure(exc, exc.errno, paths.backups)) from exc
    try:
        deadline = time.monotonic() + DAILY_LOCK_WAIT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(0.05)
        yield True
    finally:
        os.close(fd)


def check_result(path: Path, pragma: str) -> str:
    """SQLite's own verdict on a file, read-only: "ok", or the first problem it names."""
    from bounceback_tui.store.untouched_read import read_untouched

    def verdict(uri: str) -> str:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
        try:
            small_page_cache(conn)
            if pragma == "integrity_check":  # another program's index is not damage
                from bounceback_tui.store.sound_check import first_fault, integrity_verdict

                try:
                    return integrity_verdict(conn, 1).said
                except sqlite3.DatabaseError:  # stopped on the damage: the quick check names it
                    if (fault := first_fault(conn)) is None:
                        raise
                    return fault
            from bounceback_tui.store.sound_check import faults_said

            return faults_said(row[0] for row in conn.execute(f"PRAGMA {pragma}(1)"))
        finally:
            conn.close()

    try:
        return read_untouched(path, verdict)  # nothing left beside it (a refused restore)
    except sqlite3.Error as exc:
        return str(exc)


def busy_said(said: str) -> bool:
    """Whether ``check_result``'s words are SQLite's "database is locked" (or busy): the
    check could not read the store for another program's lock, which is not damage."""
    return said.startswith("database") and ("is locked" in said or "is busy" in said)


def _require_healthy(db_path: Path) -> None:
    result = check_result(db_path, "quick_check")
    if result != "ok":
        raise StoreError(
            f"The store at {db_path} looks damaged ({result}); today's backup was not taken so "
            "that your older backups stay in the rotation. Restore one with "
            "`bounceback-tui restore`."
        )


def _require_layout(paths: DataPaths) -> None:
    """Refuse today's backup as `backup` refuses one (``layout.require_store_layout``): one of
    the app's own triggers, indexes or views changed or missing is not carried on, as the
    launch's notice says ("Nothing is saved, backed up or exported until that is put
    right"); the day's backup was taken all the same, the trigger put back in the copy. What
    the app does not make at all is left out of the copy, as before."""
    from bounceback_tui.paths import command_line
    from bounceback_tui.store.layout import require_store_layout

    require_store_layout(paths.database, "backed up", command_line(paths, "repair"))


def prune_daily(paths: DataPaths, keep: int) -> list[Path]:
    """Delete daily backups beyond the newest ``keep``; other backups are never pruned."""
    daily = [b for b in list_backups(paths) if b.in_rotation]
    removed = []
    for old in daily[max(0, keep) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def remove_stale_partials(paths: DataPaths) -> None:
    """Remove ``.partial`` files left by a backup that was interrupted (a crash, a kill -9
    during `restore`'s or `repair`'s safety backup), and SQLite's journal beside one
    (``.partial-journal``).

    Only those no live process is writing (store/partial_lock.py: the writer holds a lock
    on its ``.partial``, let go when it dies): one may be another process's backup in
    progress (a window launched beside this one, a `backup` or an `import` in another
    terminal), and removing it under that process made its backup fail, or left the day
    without one. Where that cannot be told, those nobody wrote to for
    ``STALE_PARTIAL_SECONDS``."""
    if not paths.backups.is_dir():
        return
    now = time.time()
    for entry in paths.backups.glob(f"*{PARTIAL_SUFFIX}*"):
        if not _UNFINISHED.search(entry.name):
            continue  # "my-copy.partial.sqlite3" is someone's backup, not ours half-written
        base = entry.with_name(_UNFINISHED.sub(".sqlite3.partial", entry.name))
        with contextlib.suppress(OSError):
            nobody = written_by_nobody(base)
            if nobody is None:
                nobody = now - entry.stat().st_mtime >= STALE_PARTIAL_SECONDS
            if nobody:
                entry.unlink()
