"""Creating or upgrading the store under its write lock: read only when a store is behind
this version (sqlite_file.open_store).

Two windows (or a window and a command) may open the same store at the same moment, a new
one or an older one. What each saw before it held the lock is only a hint: the version is
read again once this process holds the write lock (``BEGIN IMMEDIATE``), and the steps
another process already applied are skipped. The whole upgrade, the backup before it
included, is one transaction under that one lock, so

- exactly one process migrates and takes the backup, and it copies the store as it was
  before any step (nobody can commit while the lock is held);
- nobody, not even after a crash, ever sees a store half upgraded: all of the steps or none;
- the other process waits for the lock (a bounded wait, ``sqlite_file.OPEN_WAIT_S``), then
  finds the store at the latest version and opens it as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.held_files import HeldConnection


class Upgraded(NamedTuple):
    from_version: int
    backup: Path | None


class UpgradeRules(NamedTuple):
    """The domain's rules a step applies to the rows already there (v010: a no's reason
    notes what came back). The store imports no rule (`store-has-no-rules`): the caller
    passes them in (services/upgrade_rules.py), as ``open_store`` passes its layout check.
    Each becomes a SQL function on the upgrade's connection (``install_rules``)."""

    has_feedback: Callable[[str], bool]
    plan_is_complete: Callable[[int, int, int], bool]
    done_moment: Callable[[date, datetime], datetime]


STORED_MOMENT = "%Y-%m-%d %H:%M:%S.%f"  # a moment as the ORM stores it


def install_rules(conn: sqlite3.Connection, rules: UpgradeRules) -> None:
    """``rules`` as SQL functions on ``conn``: ``bb_has_feedback(text)``,
    ``bb_plan_complete(done, total, steps)`` and ``bb_done_moment(day, now)`` (dates and
    moments as stored)."""

    def moment(day: str, now: str) -> str:
        on = date.fromisoformat(day)
        return rules.done_moment(on, datetime.fromisoformat(now)).strftime(STORED_MOMENT)

    conn.create_function(
        "bb_has_feedback", 1, lambda text: rules.has_feedback(text or ""), deterministic=True
    )
    conn.create_function(
        "bb_plan_complete",
        3,
        lambda done, total, steps: rules.plan_is_complete(done or 0, total or 0, steps or 0),
        deterministic=True,
    )
    conn.create_function("bb_done_moment", 2, moment, deterministic=True)


def upgrade_store(
    conn: sqlite3.Connection,
    paths: DataPaths | None,
    checked_version: Callable[[], int],
    checked_layout: Callable[[int], None] | None = None,
    rules: Callable[[], UpgradeRules] | None = None,
) -> Upgraded | None:
    """Bring the store on ``conn`` (autocommit, not in a transaction) to the latest version.

    ``paths``: the store's, whose backup is taken first; None for a copy being readied to
    put back (store/restore.py), whose own file is that backup, and whose failure is said
    by its caller.

    ``checked_version`` reads the version on ``conn``, refusing a store that is not ours
    or is from a newer app (``sqlite_file.checked_version``): it is asked again under the
    lock. None when another process got there first (nothing to do once the lock was held).
    ``checked_layout``, given the version, refuses under the lock, before the backup and the
    first step, a store holding what the app does not make (the steps' writes fired another
    program's trigger: ``layout_check.upgrade_layout_check``); None for a restore's copy, put
    right already. ``rules``: the domain's rules a step needs for the rows already there
    (``UpgradeRules``), asked only when an older store is upgraded; None only where no store
    with rows is upgraded (a step that needs them on rows there then raises RuntimeError,
    a programming error, nothing changed: ``v010_reasons_noted.require_rules``).
    Foreign keys are off while it runs (SQLite ignores the switch inside a transaction,
    so it is flipped around it): a migration that rebuilds a table drops the old one,
    and with them on, that DROP would cascade into the children. Every reference is
    checked with ``PRAGMA foreign_key_check`` after each step instead.
    """
    from bounceback_tui.store.migrations import APPLICATION_ID, LATEST_VERSION, all_migrations

    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")  # waits for any other writer: the busy timeout
        backup: Path | None = None
        try:
            version = checked_version()
            pending = [m for m in all_migrations() if m.version > version]
            if not pending:
                conn.execute("ROLLBACK")
                return None
            if checked_layout is not None:
                checked_layout(version)
            if paths is not None and version > 0:
                backup = _backup_first(paths, version, LATEST_VERSION)
            if rules is not None and version > 0:  # a new store has no rows to apply them to
                install_rules(conn, rules())
            for migration in pending:
                migration.module.upgrade(conn)
                _require_references(conn, migration.version)
                conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if backup is not None and isinstance(exc, (sqlite3.Error, StoreError)):
                _say_it_failed(exc, version, LATEST_VERSION, backup)
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return Upgraded(version, backup)


def _say_it_failed(exc: BaseException, version: int, latest: int, backup: Path) -> None:
    """A step that failed, in a sentence that says the store is as it was and names the
    backup taken before it (it said "The store could not be used (index ... already
    exists)", and each try left one more backup: a tester's walk). Damage keeps its own
    sentence (store/damage.py)."""
    from bounceback_tui.store.damage import is_damage

    if is_damage(exc):
        return
    kept = f"The copy taken before the upgrade is {backup}."
    if isinstance(exc, StoreError):
        raise StoreError(f"{exc} {kept}") from exc
    raise StoreError(
        f"The store could not be upgraded from version {version} to {latest} ({exc}); it was "
        f"left as it was. {kept}"
    ) from exc


def _backup_first(paths: DataPaths, version: int, latest: int) -> Path:
    """The backup before a migration, taken while this process holds the write lock.

    Through a second connection: SQLite will not copy from a connection in a write
    transaction. That connection reads the last commit, which nobody can change while
    the lock is held: the store exactly as it is before the first step."""
    from bounceback_tui.store.file_copy import backup_connection, backup_path, small_page_cache

    label = f"pre-migration-v{version}-to-v{latest}"
    source = sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True, factory=HeldConnection)
    try:
        small_page_cache(source)
        taken = backup_connection(source, backup_path(paths, label))
    finally:
        source.close()
    return _one_copy(taken, label)


def _one_copy(taken: Path, label: str) -> Path:
    """The backup of this store before this upgrade: an earlier one with the same bytes (the
    copy of a store an upgrade failed on, untouched since) stands for the one just taken,
    which is removed, so trying again does not pile up copies of the same store. (SQLite's
    backup of an unchanged store is the same file, byte for byte.)"""
    import filecmp
    import re

    name = re.compile(rf"^bounceback-\d{{8}}-\d{{6}}-{re.escape(label)}(-\d+)?\.sqlite3$")
    size = taken.stat().st_size
    for earlier in sorted(taken.parent.iterdir()):
        if earlier == taken or not name.match(earlier.name):
            continue
        try:
            same = earlier.stat().st_size == size and filecmp.cmp(earlier, taken, shallow=False)
        except OSError:
            continue
        if same:
            taken.unlink()
            return earlier
    return taken


class StepRefused(StoreError):
    """A step that would leave rows pointing at missing ones; ``reason`` says so briefly,
    for a caller that words the failure itself (a restore's copy)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def _require_references(conn: sqlite3.Connection, version: int) -> None:
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        reason = f"rows would point at missing ones, first in {problems[0][0]}"
        raise StepRefused(
            f"Upgrading the store to version {version} would leave rows pointing at "
            f"missing ones (first in {problems[0][0]}); the store was left as it was.",
            reason,
        )
