"""Stores as an older app left them, for the restore tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui.store.migrations import APPLICATION_ID, all_migrations


def store_at_version(path: Path, version: int) -> None:
    """A store as an app of schema ``version`` left it, with one application."""
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in all_migrations()[:version]:
        conn.execute("BEGIN")
        migration.module.upgrade(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        "INSERT INTO application (company, role, stage, created_at, updated_at) VALUES "
        "('Old Co', 'Old Role', 'applied', '2025-01-01 10:00:00', '2025-01-01 10:00:00')"
    )
    conn.close()


def unupgradable_backup(path: Path) -> None:
    """A store of schema 3, as the app leaves it, but for a row pointing at a missing one:
    the upgrade's check of the references refuses it. (A newer backup set to an older
    version is refused sooner, for its layout: tests/test_restore_foreign_layout.py.)"""
    store_at_version(path, 3)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO stage_change (application_id, to_stage, changed_on, created_at) "
        "VALUES (999, 'applied', '2025-01-01', '2025-01-01 10:00:00')"
    )
    conn.commit()
    conn.close()
