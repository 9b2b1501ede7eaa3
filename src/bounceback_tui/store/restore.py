"""Putting a backup back: checked first (ours, not newer, intact), read into memory and, if
it is older, upgraded and checked there, so a backup that cannot be put back is refused
before anything changes; then the store as it was kept beside it (a copy, or the file itself
moved aside when it cannot be read), and the readied copy written in through SQLite's backup
API so another open window sees it on its next refresh.

Standard library only, like backup.py: the CLI's restore never loads the ORM.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.errors import (
    CHOOSE_ANOTHER,
    OR_CHOOSE_ANOTHER,
    NewerBackupError,
    NewerStoreError,
    NotADatabaseError,
    StoreDamagedError,
    StoreError,
    UnreadableBackupError,
)
from bounceback_tui.paths import DataPaths, create_private_file, make_private
from bounceback_tui.store.aside import move_aside
from bounceback_tui.store.backup import check_result, guarded_backup
from bounceback_tui.store.backup_pages import pages_whole
from bounceback_tui.store.file_copy import drop_unused_backup
from bounceback_tui.store.held_files import HeldConnection
from bounceback_tui.store.layout import require_our_layout
from bounceback_tui.store.layout_faults import Fault
from bounceback_tui.store.replaced_note import write_replaced_note
from bounceback_tui.store.restore_copy import damaged_backup, in_one_transaction, readied_copy
from bounceback_tui.store.restore_rows import RowsCheck, require_rows, rows_problem
from bounceback_tui.store.rows_checked import as_found
from bounceback_tui.store.summary_rebuild import rebuild_summary
from bounceback_tui.store.untouched_read import read_untouched
from bounceback_tui.store.versions import StoreMarks, move_past, read_marks

if TYPE_CHECKING:
    from bounceback_tui.store.migrations.apply import UpgradeRules


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    # The copy of the store as it was just before the restore (None if there was none).
    safety_backup: Path | None
    # Where an unreadable store was moved instead of being copied (never deleted).
    moved_aside: Path | None
    # What the backup held that the app does not make, left out: (kind, name), as dropped.
    left_out: tuple[Fault, ...] = ()


def restore_backup(
    paths: DataPaths,
    backup: Path,
    *,
    aside_stamp: str | None = None,
    checked: bool = False,
    rows_check: RowsCheck | None = None,
    rules: Callable[[], UpgradeRules] | None = None,
) -> RestoreResult:
    """Replace the store's contents with ``backup``, after backing up the current store.

    The backup is checked first (it is ours, not newer, passes SQLite's integrity check),
    then read into memory, brought up to this version's schema and checked again there:
    a backup that cannot be upgraded is refused before anything is changed (it replaced
    the store first, and the upgrade then failed on the live file: an attacker's walk).
    Only then is the current store kept (a backup; moved aside when it cannot be read)
    and the readied copy written through SQLite's backup API into the live file, so another
    open window sees the restored data on its next refresh. ``aside_stamp``: the date and
    time in the name of a store moved aside, when a screen has named it already.
    ``checked``: the caller has just made SQLite's integrity check of the backup
    (``check_backup``), which is not made again (every page of it, seconds at 100,000
    applications). ``rules``: the domain's rules an older backup's upgrade applies to its
    rows (``migrations.apply.UpgradeRules``, services/upgrade_rules.py).
    """
    from bounceback_tui.store.failure_words import describe_os_error
    from bounceback_tui.store.sqlite_file import (
        inspect_store,
        open_store,
        read_only_message,
        store_is_read_only,
    )

    backup = backup.expanduser().absolute()
    found = as_found(backup)  # before it is read: what its rows' check is remembered under
    version = require_readable(backup)
    if not checked:
        _require_intact(backup)
    db_path = paths.database
    if db_path.exists():
        _require_store_readable(db_path)
    if db_path.exists() and store_is_read_only(db_path):
        raise StoreError(read_only_message(db_path))
    if backup == db_path.absolute() or _same_file(backup, db_path):
        raise StoreError("That is the store itself, not a backup; nothing was changed.")

    ready, left_out = readied_copy(backup, version, rules)
    try:
        require_rows(backup, ready, rows_check, paths, found)
        safety: Path | None = None
        moved: Path | None = None
        marks = StoreMarks()
        if db_path.exists():
            try:
                inspect_store(db_path)
            except NotADatabaseError:
                moved = move_aside(db_path, stamp=aside_stamp)
                marks = _marks_of(moved)
            else:
                # Damage inside is when people restore: keep the damaged file, aside, go on.
                if check_result(db_path, "quick_check") != "ok":
                    moved = move_aside(db_path, "damaged", aside_stamp)
                    marks = _marks_of(moved)
                else:
                    try:
                        safety = guarded_backup(
                            paths, db_path, "before-restore", before="restored", whole=True
                        )
                        marks = _marks_of(db_path)
                    except StoreDamagedError:
                        moved = move_aside(db_path, "damaged", aside_stamp)
                        marks = _marks_of(moved)
        try:
            # The summary is derived: made again from the rows, never taken as it came.
            in_one_transaction(ready, lambda: _readied_for(ready, marks))
            try:
                if not db_path.exists():
                    paths.ensure_data_dir()
                    create_private_file(db_path)
            except OSError as exc:
                raise StoreError(describe_os_error(exc, db_path.parent)) from exc
            _copy_into(ready, db_path)  # one transaction: all of the backup or nothing
        except BaseException:
            drop_unused_backup(safety)  # the store is as it was
            raise
    finally:
        ready.close()
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(f"{db_path}{suffix}"))
    open_store(paths, rules=rules)  # at this version already: only the journal mode, if need be
    write_replaced_note(db_path, "restore", backup.name)
    return RestoreResult(
        restored_from=backup, safety_backup=safety, moved_aside=moved, left_out=left_out
    )


def check_backup_rows(
    backup: Path,
    check: RowsCheck,
    rules: Callable[[], UpgradeRules] | None = None,
    kept: DataPaths | None = None,
) -> None:
    """Raise what ``restore_backup`` would of ``backup`` once it is read (found intact):
    read into memory, brought up to this version's schema, its rows checked; nothing is
    changed. The store-problem screen offered the newest backup by its layout, and `r`
    refused it for a bad row without offering an older good one (the twenty-eighth round)."""
    found = as_found(backup)
    ready, _left_out = readied_copy(backup, require_readable(backup), rules)
    try:
        require_rows(backup, ready, check, kept, found)
    finally:
        ready.close()


def backup_rows_refusal(
    backup: Path,
    check: RowsCheck,
    rules: Callable[[], UpgradeRules] | None = None,
    kept: DataPaths | None = None,
) -> str | None:
    """``check_backup_rows`` said as the first row a restore would refuse ("application row
    with id 3, stage: …"), None when it would take every row (`restore latest`)."""
    found = as_found(backup)
    ready, _left_out = readied_copy(backup, require_readable(backup), rules)
    try:
        return rows_problem(backup, ready, check, kept, found)
    finally:
        ready.close()


def _require_store_readable(db_path: Path) -> None:
    """Refuse (nothing changed) a store that cannot be read at all (chmod 000): it was called
    read-only. One that is not SQLite is moved aside further on, as before."""
    from bounceback_tui.store.sqlite_file import check_header

    try:
        check_header(db_path)
    except NotADatabaseError:
        return


def _same_file(backup: Path, db_path: Path) -> bool:
    try:
        return os.path.samefile(backup, db_path)
    except OSError:
        return False


def _readied_for(ready: sqlite3.Connection, marks: StoreMarks) -> None:
    move_past(ready, marks)
    rebuild_summary(ready)


def _copy_into(ready: sqlite3.Connection, db_path: Path) -> None:
    """The readied copy into the live file, through SQLite (one transaction on its side)."""
    from bounceback_tui.store.failure_words import describe_operational_error, describe_os_error
    from bounceback_tui.store.sqlite_file import connect

    try:
        target = connect(db_path)
        try:
            ready.backup(target)
        finally:
            target.close()
    except OSError as exc:
        raise StoreError(describe_os_error(exc, db_path.parent)) from exc
    except sqlite3.Error as exc:
        raise StoreError(describe_operational_error(exc, db_path)) from exc


def _marks_of(path: Path) -> StoreMarks:
    """The old store's highest version and ids (none if it cannot be read)."""

    def marks(uri: str) -> StoreMarks:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
        try:
            return read_marks(conn)
        finally:
            conn.close()

    try:
        return read_untouched(path, marks)
    except sqlite3.Error:
        return StoreMarks()


def _backups_not_a_folder(path: Path) -> str | None:
    """A backup in the backups folder, gone because something else has the folder's name (a
    file): said as a backup says it ("Move or remove it; …"). "Choose a folder with
    --data-dir" was said of it, under a failed repair's "Move or remove it" (a tester's walk)."""
    from bounceback_tui.paths import BACKUP_DIRNAME
    from bounceback_tui.store.backup_failure import backups_folder_refusal

    if path.parent.name != BACKUP_DIRNAME:
        return None
    return backups_folder_refusal(path.parent, f"the backup {path.name} cannot be restored")


def require_readable(path: Path) -> int:
    """``inspect_store`` of a backup, whose refusal speaks of the backup: a file cut short
    was "the store at ... cannot be read ... restore a backup", which is what was being done.
    A newer one is named as the backup; another program's file keeps its own sentence."""
    from bounceback_tui.store.sqlite_file import inspect_store

    try:
        version = inspect_store(path)
    except NewerStoreError as exc:
        # It said "This store was written by a newer bounceback-tui", of the backup, as if
        # the person's own store were (an attacker's walk, nineteenth round).
        raise NewerBackupError(
            f"The backup {path.name} was made by a newer version of bounceback-tui, which this "
            "version cannot read; nothing was changed. Upgrade bounceback-tui to restore it",
            choose_another=OR_CHOOSE_ANOTHER,
        ) from exc
    except StoreError as exc:
        if isinstance(exc.__cause__, PermissionError):  # chmod 000: not "the store at"
            raise UnreadableBackupError(
                f"The backup {path.name} cannot be read: its permissions do not let you read "
                "it; nothing was changed. Make it readable (chmod u+r)",
                listed="cannot be read (its permissions)",
                choose_another=OR_CHOOSE_ANOTHER,
            ) from exc
        if not path.is_file() and (refusal := _backups_not_a_folder(path)):
            raise StoreError(refusal) from exc
        if not path.is_file() or not isinstance(exc.__cause__, sqlite3.Error):
            raise  # no such file; not SQLite, or another program's: said of the file already
        raise damaged_backup(path) from exc  # SQLite's reason: the cause
    if version == 0:
        # An empty file (or one with no store in it) passes as a new, empty store: put back,
        # it emptied the store (an attacker's walk restored the backups' lock file so).
        raise UnreadableBackupError(
            f"The backup {path.name} is empty: it holds no store; nothing was changed.",
            listed="holds no store, cannot be used",
            choose_another=CHOOSE_ANOTHER,
        )
    require_our_layout(path, version)  # its tables, triggers and views: the app's
    return version


def refusal_mark(path: Path, check: Callable[[Path], None] | None = None) -> str | None:
    """How `restore`'s list marks a backup ``restore_backup`` would refuse, found by the same
    checks (``require_readable``, ``_require_intact``: read as they are, nothing left beside
    them): "damaged, cannot be used", "made by a newer version", "not a store, cannot be
    used"; None for one it would take.
    The list showed a damaged backup with nothing beside it and a newer one as "60
    applications, 25 rejections", each refused only once picked (a tester's walk)."""
    try:
        (check or check_backup)(path)
    except NewerBackupError:
        return "made by a newer version"
    except UnreadableBackupError as exc:
        return exc.listed
    except StoreError:  # not SQLite or another program's file, or gone since it was listed
        # The reason, as beside the others: a 7-byte file read "cannot be used" alone, where
        # one cut short said "damaged, cannot be used" (a stranger's walk).
        return "not a store, cannot be used" if path.is_file() else "gone, cannot be used"
    return None


def check_backup(path: Path) -> None:
    """Raise what ``restore_backup`` would for a backup it cannot use, before anything is
    asked: without a terminal, `restore 1` of a damaged backup asked for --yes first and said
    it was damaged only then (a tester's walk)."""
    require_readable(path)
    _require_intact(path)


def check_listed(path: Path) -> None:
    """``check_backup`` without reading the whole backup, for `restore`'s list: its header
    and schema, its length against the pages its header counts (a backup cut short), and the
    first page of each table and index (a page each; the list reads two counts after).
    SQLite's integrity check read every page of every backup, and two backups of a 100,000
    store took 15 s to list (a stranger's walk); it is made once a backup is picked."""
    require_readable(path)
    whole = pages_whole(path)
    if whole is None:  # this process holds it open through SQLite: SQLite checks it
        _require_intact(path)
    elif not whole:
        raise damaged_backup(path)  # cut short, or a root page not a b-tree


def check_for_list(path: Path) -> None:
    """``check_listed``, and a column added that SQLite cannot drop (its layout alone, in
    memory: ``layout.require_column_droppable``), for `restore`'s list: such a backup was
    listed with no mark and refused once chosen. Its rows are still not read."""
    from bounceback_tui.store.layout import require_column_droppable

    check_listed(path)
    require_column_droppable(path)


def _require_intact(path: Path) -> None:
    result = check_result(path, "integrity_check")
    if result != "ok":
        raise damaged_backup(path)
