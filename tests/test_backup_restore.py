"""Restoring a backup: checked first, the current store backed up (or moved aside), never lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.errors import NewerStoreError, NotADatabaseError, StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application, count_applications
from bounceback_tui.store.backup import back_up_store, list_backups
from bounceback_tui.store.database import Database
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.restore import restore_backup
from tests.helpers import file_digest
from tests.transfer_fixtures import (
    count,
    dump_store,
    fill_every_table,
    highest_version,
    integrity,
    lowest_version,
)


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def _add(paths: DataPaths, company: str) -> None:
    db = Database(paths.database)
    add_application(db, ApplicationInput(company=company, role="Engineer"))
    db.dispose()


def test_restore_backs_up_the_current_store_first(filled: DataPaths) -> None:
    saved = back_up_store(filled)
    before = dump_store(filled.database, versions=False)
    _add(filled, "Added after the backup")
    current = dump_store(filled.database)
    replaced_highest = highest_version(filled.database)

    result = restore_backup(filled, saved)
    assert result.safety_backup is not None and result.moved_aside is None
    # The backup's rows, each past every version the replaced store had.
    assert dump_store(filled.database, versions=False) == before
    assert lowest_version(filled.database) > replaced_highest
    # The store as it was just before the restore is kept, so the restore can be undone.
    assert dump_store(result.safety_backup) == current
    assert integrity(filled.database) == "ok"


def test_an_open_window_sees_the_restored_data(filled: DataPaths) -> None:
    saved = back_up_store(filled)
    window = Database(filled.database)
    expected = count_applications(window)
    add_application(window, ApplicationInput(company="Later", role="Engineer"))
    assert count_applications(window) == expected + 1
    restore_backup(filled, saved)
    # Same engine, same pooled connection: the next read shows the restored store.
    assert count_applications(window) == expected
    add_application(window, ApplicationInput(company="After restore", role="Engineer"))
    window.dispose()
    assert count(filled.database, "application") == expected + 1


def test_unreadable_current_store_is_moved_aside(filled: DataPaths) -> None:
    saved = back_up_store(filled)
    expected = dump_store(filled.database)
    for suffix in ("-wal", "-shm"):
        Path(f"{filled.database}{suffix}").unlink(missing_ok=True)
    filled.database.write_bytes(b"this is not a database at all")
    digest = file_digest(filled.database)

    result = restore_backup(filled, saved)
    assert result.moved_aside is not None and result.safety_backup is None
    assert result.moved_aside.name.startswith("bounceback.sqlite3.unreadable-")
    assert file_digest(result.moved_aside) == digest
    assert dump_store(filled.database) == expected


def test_damaged_backup_is_refused(filled: DataPaths) -> None:
    saved = back_up_store(filled)
    data = bytearray(saved.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096
    saved.write_bytes(bytes(data))
    before = file_digest(filled.database)
    with pytest.raises(NotADatabaseError, match="is damaged"):
        restore_backup(filled, saved)
    assert file_digest(filled.database) == before
    assert [b.label for b in list_backups(filled)] == ["manual"]


def test_other_files_are_refused(filled: DataPaths, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    with pytest.raises(NotADatabaseError, match="not an SQLite database"):
        restore_backup(filled, text)
    foreign = tmp_path / "other-app.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE x (y)")
    with pytest.raises(NotADatabaseError, match="from another program"):
        restore_backup(filled, foreign)
    with pytest.raises(StoreError, match="That is the store itself"):
        restore_backup(filled, filled.database)


def test_backup_from_a_newer_version_is_refused(filled: DataPaths) -> None:
    saved = back_up_store(filled)
    with sqlite3.connect(saved) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = dump_store(filled.database)
    with pytest.raises(NewerStoreError, match="newer version of bounceback-tui"):
        restore_backup(filled, saved)
    assert dump_store(filled.database) == before


def test_restore_into_an_empty_folder(filled: DataPaths, tmp_path: Path) -> None:
    from bounceback_tui.paths import resolve_paths

    saved = back_up_store(filled)
    elsewhere = resolve_paths(tmp_path / "new-home")
    result = restore_backup(elsewhere, saved)
    assert result.safety_backup is None and result.moved_aside is None
    assert dump_store(elsewhere.database) == dump_store(filled.database)
    assert oct(elsewhere.database.stat().st_mode & 0o777) == "0o600"


def test_restore_never_hands_out_an_id_the_replaced_store_used(filled: DataPaths) -> None:
    saved = back_up_store(filled)
    _add(filled, "Added after the backup")
    with sqlite3.connect(filled.database) as conn:
        used = conn.execute("SELECT max(id) FROM application").fetchone()[0]
    restore_backup(filled, saved)
    window = Database(filled.database)
    try:
        new = add_application(window, ApplicationInput(company="After", role="Engineer"))
    finally:
        window.dispose()
    # A form opened on "Added after the backup" names its id: no new row may take it.
    assert new.id is not None and new.id > used
