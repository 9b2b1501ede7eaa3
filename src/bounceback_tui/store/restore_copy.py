"""A backup read into memory and made ready to put back: what it holds that the app does not
make dropped, and an older one brought up to this version's schema through the migrations a
launch would run (with the domain's rules its caller passes in), then checked again. For
store/restore.py, which checks its rows and copies it into the store. Standard library only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.errors import CHOOSE_ANOTHER, BackupUnusableError, UnreadableBackupError
from bounceback_tui.store.held_files import HeldConnection
from bounceback_tui.store.untouched_read import read_untouched

if TYPE_CHECKING:
    from bounceback_tui.store.layout_faults import Fault
    from bounceback_tui.store.migrations.apply import UpgradeRules


def readied_copy(
    backup: Path, version: int, rules: Callable[[], UpgradeRules] | None = None
) -> tuple[sqlite3.Connection, tuple[Fault, ...]]:
    """``backup`` read into memory and, if it is older, brought up to this version's schema
    and checked again there. Refused (StoreError, nothing changed) if it cannot be. What it
    holds that the app does not make (a trigger, table, view, index or column, which its
    layout check lets by) is dropped first, and its own triggers, indexes and views made as
    the app makes them, before a migration could fire one: what was put right."""
    from bounceback_tui.store.layout import drop_foreign, kept_column
    from bounceback_tui.store.layout_check import layout_problem
    from bounceback_tui.store.migrations import LATEST_VERSION

    ready = sqlite3.connect(":memory:", isolation_level=None, factory=HeldConnection)
    try:
        read_untouched(backup, lambda uri: _read_into(ready, uri))  # nothing beside it
        left_out: list[Fault] = []
        in_one_transaction(ready, lambda: left_out.extend(drop_foreign(ready)))
        if left_out and (found := layout_problem(ready, version)) is not None:
            raise UnreadableBackupError(  # put right, and still not the app's
                f"The backup {backup.name} was not made by bounceback-tui, or was changed "
                f"since: {found}; nothing was changed.",
                listed="not made by bounceback-tui, cannot be used",
                choose_another=CHOOSE_ANOTHER,
            )
        if version < LATEST_VERSION:
            _upgrade_copy(ready, backup, version, rules)
        ready.execute("PRAGMA foreign_keys = ON")
        return ready, tuple(left_out)
    except sqlite3.Error as exc:  # damage met while it was read, or a column kept
        ready.close()
        raise kept_column(backup, exc) or damaged_backup(backup) from exc
    except BaseException:
        ready.close()
        raise


def _read_into(ready: sqlite3.Connection, uri: str) -> None:
    source = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
    try:
        page_size = source.execute("PRAGMA page_size").fetchone()[0]
        ready.execute(f"PRAGMA page_size = {int(page_size)}")  # the store's, to copy back
        source.backup(ready)
    finally:
        source.close()


def _upgrade_copy(
    ready: sqlite3.Connection,
    backup: Path,
    version: int,
    rules: Callable[[], UpgradeRules] | None,
) -> None:
    """The migrations a launch would run, on the copy in memory; then SQLite's integrity
    check of the result (every step checks the references itself)."""
    from bounceback_tui.store.migrations.apply import StepRefused, upgrade_store
    from bounceback_tui.store.sqlite_file import checked_version

    try:
        upgrade_store(ready, None, lambda: checked_version(ready, backup), rules=rules)
        from bounceback_tui.store.sound_check import faults_said

        reason = faults_said((row[0] for row in ready.execute("PRAGMA integrity_check(3)")), 3)
    except StepRefused as exc:
        reason = exc.reason
    except sqlite3.Error as exc:
        reason = str(exc)
    if reason == "ok":
        return
    # Said as a person would: it named both schemas and SQLite's reason (a fixer's walk).
    raise BackupUnusableError(
        f"The backup {backup.name} was made by an older version of bounceback-tui and could "
        "not be brought up to date; nothing was changed: your store is as it was.",
        choose_another=CHOOSE_ANOTHER,
    )


def in_one_transaction(conn: sqlite3.Connection, work: Callable[[], None]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        work()
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def damaged_backup(path: Path) -> UnreadableBackupError:
    """A backup SQLite cannot read, or whose check finds damage, said as a person would (it
    quoted SQLite: "cannot be read (database disk image is malformed)", a fixer's walk)."""
    return UnreadableBackupError(
        f"The backup {path.name} is damaged and cannot be read; nothing was changed.",
        choose_another=CHOOSE_ANOTHER,
    )
