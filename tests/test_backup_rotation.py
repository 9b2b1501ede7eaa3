"""Backups: consistent private copies, a rolling daily one, and nothing half-written."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store import backup as backup_module
from bounceback_tui.store.background import DailyBackup
from bounceback_tui.store.backup import (
    back_up_store,
    daily_backup,
    list_backups,
    remove_stale_partials,
)
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_NOW
from tests.transfer_fixtures import dump_store, fill_every_table, integrity


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def _left_an_hour_ago(path: Path) -> None:
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))


def _daily(paths: DataPaths) -> list[str]:
    return [b.name for b in list_backups(paths) if b.is_daily]


def test_backup_is_a_private_consistent_copy(filled: DataPaths) -> None:
    # Another window is half-way through a write: the backup holds only committed rows.
    writer = sqlite3.connect(filled.database, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO application (company, role, created_at, updated_at) "
        "VALUES ('Uncommitted', 'Row', '2026-03-16 09:30:00', '2026-03-16 09:30:00')"
    )
    expected = dump_store(filled.database)
    saved = back_up_store(filled)
    writer.execute("ROLLBACK")
    writer.close()
    assert saved.parent == filled.backups
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert stat.S_IMODE(filled.backups.stat().st_mode) == 0o700
    assert dump_store(saved) == expected
    assert integrity(saved) == "ok"
    # A self-contained file: opening it leaves no -wal or -shm behind.
    assert sorted(p.name for p in filled.backups.iterdir()) == [saved.name]


def test_daily_backup_once_a_day(filled: DataPaths) -> None:
    first = daily_backup(filled)
    assert first is not None and first.name == "bounceback-20260316-093000-daily.sqlite3"
    assert daily_backup(filled) is None
    clock.freeze(FIXED_NOW + timedelta(days=1))
    assert daily_backup(filled) is not None
    assert len(_daily(filled)) == 2


def test_rotation_keeps_the_setting_and_never_prunes_other_backups(filled: DataPaths) -> None:
    db = Database(filled.database)
    save_setting(db, "backups_to_keep", 3)
    db.dispose()
    manual = back_up_store(filled, "manual")
    for day in range(6):
        clock.freeze(datetime(2026, 3, 10 + day, 8, 0))
        daily_backup(filled)
    assert _daily(filled) == [
        "bounceback-20260315-080000-daily.sqlite3",
        "bounceback-20260314-080000-daily.sqlite3",
        "bounceback-20260313-080000-daily.sqlite3",
    ]
    assert manual.exists()


def test_zero_keeps_no_daily_backups(filled: DataPaths) -> None:
    assert daily_backup(filled, keep=0) is None
    assert list_backups(filled) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    # Not a number: the default week of backups. A number out of range: the nearest limit.
    [('"seven"', 7), ("true", 7), ("-4", 0), ("9999999", 365)],
)
def test_broken_setting_falls_back_to_something_sane(
    filled: DataPaths, value: str, expected: int
) -> None:
    with sqlite3.connect(filled.database) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('backups_to_keep', ?)", (value,))
    assert backup_module.backups_to_keep(filled.database) == expected


def test_damaged_store_is_not_rotated_in(filled: DataPaths) -> None:
    good = daily_backup(filled, keep=1)
    assert good is not None
    clock.freeze(FIXED_NOW + timedelta(days=1))
    # Damage a page in the middle of the file (not the header SQLite reads on open).
    with sqlite3.connect(filled.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(filled.database.read_bytes())
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = b"\x00\xff" * (page_size // 2)
    filled.database.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="looks damaged"):
        daily_backup(filled, keep=1)
    assert [b.path for b in list_backups(filled)] == [good]


def test_interrupted_backup_leaves_no_backup_behind(
    filled: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = backup_module.os.replace

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(backup_module.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        back_up_store(filled)
    monkeypatch.setattr(backup_module.os, "replace", real_replace)
    assert list(filled.backups.iterdir()) == []


def test_partial_files_are_ignored_and_cleaned(filled: DataPaths) -> None:
    filled.ensure_backup_dir()
    partial = filled.backups / "bounceback-20260316-093000-daily.sqlite3.partial"
    partial.write_bytes(b"half")
    _left_an_hour_ago(partial)
    assert list_backups(filled) == []
    # A stale partial does not count as today's backup.
    assert daily_backup(filled) is not None
    remove_stale_partials(filled)
    assert not partial.exists()


def test_a_killed_backups_journal_is_cleaned_with_it(filled: DataPaths) -> None:
    # Found with kill -9 during `import` (its backup first): SQLite's copy leaves the partial
    # file's rollback journal too, and that one stayed in the backups folder for good.
    filled.ensure_backup_dir()
    stem = "bounceback-20260316-093000-before-import.sqlite3.partial"
    left = [filled.backups / stem, filled.backups / f"{stem}-journal"]
    for path in left:
        path.write_bytes(b"half")
        _left_an_hour_ago(path)
    remove_stale_partials(filled)
    assert [path for path in left if path.exists()] == []


def test_full_disk_during_backup(filled: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlite3.connect

    def small_disk(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(target, *args, **kwargs)  # type: ignore[arg-type]
        if str(target).endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(backup_module.sqlite3, "connect", small_disk)
    with pytest.raises(StoreError, match="The disk is full"):
        back_up_store(filled)
    assert list(filled.backups.iterdir()) == []


def test_read_only_backup_folder(filled: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_self: DataPaths) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(DataPaths, "ensure_backup_dir", refuse)
    with pytest.raises(StoreError, match="read-only or not yours"):
        back_up_store(filled)
    # On launch the same failure becomes a message, never a crash.
    job = DailyBackup(filled, None, delay=0)
    job.start()
    job.finish()
    assert job.error is not None and "read-only or not yours" in job.error


def test_daily_backup_waits_for_the_first_paint(filled: DataPaths) -> None:
    job = DailyBackup(filled, None, delay=60)
    job.start()
    # Nothing yet: the thread is waiting while the first screen paints.
    assert list_backups(filled) == []
    # Quitting early does not skip the day's backup: it is taken on the way out.
    job.finish()
    assert _daily(filled) == ["bounceback-20260316-093000-daily.sqlite3"]
    assert job.error is None


def test_the_launch_check_is_not_read_twice(
    filled: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On launch SQLite's quick check has already read the whole file; the daily backup
    takes its word instead of reading it all again. Called on its own, it checks."""
    from bounceback_tui.store.background import QuickCheck

    checks: list[Path] = []
    real = backup_module._require_healthy
    monkeypatch.setattr(
        backup_module, "_require_healthy", lambda path: (checks.append(path), real(path))
    )
    job = DailyBackup(filled, None, delay=0, check=QuickCheck(filled.database))
    job.start()
    job.finish()
    assert job.error is None
    assert _daily(filled) == ["bounceback-20260316-093000-daily.sqlite3"]
    assert checks == []
    for backup in list_backups(filled):
        backup.path.unlink()
    job = DailyBackup(filled, None, delay=0)
    job.start()
    job.finish()
    assert checks == [filled.database]
    assert _daily(filled) == ["bounceback-20260316-093000-daily.sqlite3"]
