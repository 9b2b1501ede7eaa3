"""The app's own connections keep small page caches.

The pooled connection (store/engine.make_engine) lives as long as the app and reads the
whole store pane by pane; the launch check (store/background.QuickCheck) and the daily
backup (store/backup) read every page of it once. What their caches held stayed resident
(docs/performance.md, "Memory, mem9's round").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.background import QuickCheck
from bounceback_tui.store.backup import backup_file, check_result
from bounceback_tui.store.database import Database
from bounceback_tui.store.held_files import HeldConnection


def _cache_kib(size: int, page_size: int) -> float:
    """``PRAGMA cache_size`` in KiB: negative values are KiB, positive ones pages."""
    return -size if size < 0 else size * page_size / 1024


def test_the_apps_connections_keep_at_most_128_kib_of_pages(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        with db.read() as session:
            page = session.execute(text("PRAGMA page_size")).scalar_one()
            kib = _cache_kib(session.execute(text("PRAGMA cache_size")).scalar_one(), page)
            # It still reads: the store's tables are there.
            tables = session.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        assert 0 < kib <= 128
        assert tables > 0
    finally:
        db.engine.dispose()


def test_the_launch_check_reads_the_store_through_a_small_cache(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[float] = []
    connect = sqlite3.connect

    class Recording(HeldConnection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
            if "quick_check" in sql:
                page = super().execute("PRAGMA page_size").fetchone()[0]
                seen.append(_cache_kib(super().execute("PRAGMA cache_size").fetchone()[0], page))
            return super().execute(sql, *args)

    def recording_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        assert kwargs.pop("factory") is HeldConnection  # every connection is held
        return connect(*args, factory=Recording, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", recording_connect)
    check = QuickCheck(opened_paths.database)
    assert check.wait_ok(timeout=30)
    assert len(seen) == 1
    assert 0 < seen[0] <= 256


def test_a_backup_and_a_check_read_and_write_through_small_caches(
    opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daily backup: the store's quick check, the copy's source and target, the copy's
    integrity check. Each connection's cache is read as it is closed."""
    seen: list[float] = []
    connect = sqlite3.connect

    class Recording(HeldConnection):
        def close(self) -> None:
            page = self.execute("PRAGMA page_size").fetchone()[0]
            seen.append(_cache_kib(self.execute("PRAGMA cache_size").fetchone()[0], page))
            super().close()

    def recording_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        assert kwargs.pop("factory") is HeldConnection  # every connection is held
        return connect(*args, factory=Recording, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", recording_connect)
    assert check_result(opened_paths.database, "quick_check") == "ok"
    copy = backup_file(opened_paths.database, tmp_path / "copy.sqlite3", verify=True)
    monkeypatch.undo()
    assert len(seen) == 3
    assert all(0 < kib <= 256 for kib in seen), seen
    # The copy is whole: the same tables as the store.
    tables = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    store, copied = sqlite3.connect(opened_paths.database), sqlite3.connect(copy)
    try:
        assert copied.execute(tables).fetchall() == store.execute(tables).fetchall()
    finally:
        store.close()
        copied.close()
