"""The app's own connections (store/database.make_engine) keep a small page cache.

The pooled connection lives as long as the app and reads the whole store pane by pane;
the pages it keeps stay resident (docs/performance.md, "Memory, mem9's round").
"""

from __future__ import annotations

from sqlalchemy import text

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database


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
