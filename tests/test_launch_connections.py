"""A launch opens as few SQLite connections as it can before the first paint.

Each connection's first read parses the store's whole schema (seventy triggers: about 11
million instructions), so the launch's checks share what they can (docs/performance.md,
"First paint, fpw2's round"): an up-to-date store is checked through one read-only
connection and not opened for writing; the theme and first-run facts come with Today's
prefetch; the store watch asks only the header's counter.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.startup import read_startup_state
from bounceback_tui.services.today import TodayPrefetch
from bounceback_tui.store import sqlite_file
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.store.watch import StoreWatch

from .conftest import FIXED_TODAY


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The targets of every sqlite3 connection the store's modules open."""
    opened: list[str] = []
    real = sqlite3.connect

    def counting(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        opened.append(str(target))
        return real(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_file.sqlite3, "connect", counting)
    yield opened


def _journal_mode(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])


def test_an_up_to_date_store_is_checked_through_one_read_only_connection(
    opened_paths: DataPaths, connections: list[str]
) -> None:
    opened = open_store(opened_paths)
    assert connections == [f"{opened_paths.database.as_uri()}?mode=ro"]
    assert (opened.created, opened.version, opened.migrated_from) == (False, LATEST_VERSION, None)


def test_a_store_out_of_wal_mode_is_still_put_back_in_it(opened_paths: DataPaths) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    assert _journal_mode(opened_paths.database) == "delete"
    open_store(opened_paths)
    assert _journal_mode(opened_paths.database) == "wal"


def test_the_prefetch_reads_the_startup_facts_the_app_would(opened_paths: DataPaths) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('theme', '\"nord\"')")
        conn.execute("INSERT INTO setting (key, value) VALUES ('tour_seen', 'true')")
    prefetch = TodayPrefetch(opened_paths.database, FIXED_TODAY)
    state = prefetch.startup_state()
    assert state is not None
    assert (state.theme, state.tour_seen) == ("nord", True)
    assert state == read_startup_state(opened_paths.database)
    assert prefetch.result() is not None


def test_the_prefetch_of_an_unreadable_store_leaves_the_facts_to_the_app(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "store.sqlite3"
    prefetch = TodayPrefetch(missing, FIXED_TODAY)
    assert prefetch.startup_state() is None
    assert prefetch.result() is None


def test_the_watch_sees_another_connections_commit(opened_paths: DataPaths) -> None:
    watch = StoreWatch(opened_paths.database)
    try:
        before = watch.version()
        with sqlite3.connect(opened_paths.database) as conn:
            conn.execute("INSERT INTO setting (key, value) VALUES ('theme', '\"nord\"')")
        assert watch.version() not in (before, -1)
    finally:
        watch.close()
