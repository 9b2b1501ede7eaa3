"""Read-only connections keep a small page cache (store/sqlite_file.py, ``connect``).

They are short-lived and read a screenful each; SQLite's default page cache per connection
stayed in the app's resident memory after they closed (docs/performance.md).
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.sqlite_file import connect


def _cache_kib(size: int, page_size: int) -> float:
    """``PRAGMA cache_size`` in KiB: negative values are KiB, positive ones pages."""
    return -size if size < 0 else size * page_size / 1024


def test_a_reader_caches_less_than_a_writer(opened_paths: DataPaths) -> None:
    reader = connect(opened_paths.database, read_only=True)
    writer = connect(opened_paths.database)
    try:
        page = reader.execute("PRAGMA page_size").fetchone()[0]
        read_kib = _cache_kib(reader.execute("PRAGMA cache_size").fetchone()[0], page)
        write_kib = _cache_kib(writer.execute("PRAGMA cache_size").fetchone()[0], page)
        assert 0 < read_kib <= write_kib / 4
        # It still reads: the store's tables are there.
        assert reader.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        reader.close()
        writer.close()
