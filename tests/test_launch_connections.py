"""A launch opens as few SQLite connections as it can before the first paint.

Each connection's first read parses the store's whole schema (seventy triggers: about 11
million instructions), so the launch's checks share what they can (docs/performance.md,
"First paint, fpw2's round"): an up-to-date store is checked through one read-only
connection and not opened for writing; the theme and first-run facts come with Today's
prefetch; the store watch asks only the header's counter. At launch (store/launch_open.py)
an up-to-date store is not even opened on the launching thread: the same identity check is
made through the prefetch's connection, and refuses what open_store refuses.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bounceback_tui.errors import NewerStoreError, NotADatabaseError, StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.startup import read_startup_state
from bounceback_tui.services.today import TodayPrefetch
from bounceback_tui.store import sqlite_file
from bounceback_tui.store.launch_open import open_store_at_launch
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.store.watch import StoreWatch

from .conftest import FIXED_TODAY
from .damage_fixtures import fold_wal
from .helpers import file_digest


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
    # Immutable: with no -wal or -shm beside it, the check makes none (store/untouched.py).
    assert connections == [f"{opened_paths.database.as_uri()}?mode=ro&immutable=1"]
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


# -- the launch's identity check, made through the prefetch's connection ----------------
# (store/launch_open.py: the schema is parsed once, in the prefetch's thread)


def test_at_launch_an_up_to_date_store_is_checked_through_the_prefetchs_connection(
    opened_paths: DataPaths, connections: list[str]
) -> None:
    assert open_store_at_launch(opened_paths) is True
    assert connections == []  # nothing opened on the launching thread
    prefetch = TodayPrefetch(opened_paths.database, FIXED_TODAY, check_store=True)
    prefetch.confirm_store()  # no complaint
    assert prefetch.result() is not None
    assert connections == [f"{opened_paths.database.as_uri()}?mode=ro"]  # the prefetch's


def _damage_schema(database: Path) -> None:
    """Scramble the schema's rows on page 1, after the file header (which stays sound)."""
    fold_wal(database)
    data = bytearray(database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[100:page_size] = b"\x13\x37" * ((page_size - 100) // 2)
    database.write_bytes(bytes(data))


def _refusal(action: Callable[[], object]) -> StoreError:
    with pytest.raises(StoreError) as refused:
        action()
    return refused.value


def test_at_launch_a_damaged_schema_is_refused_as_open_store_refuses_it(
    opened_paths: DataPaths,
) -> None:
    _damage_schema(opened_paths.database)
    before = file_digest(opened_paths.database)
    expected = _refusal(lambda: open_store(opened_paths))
    assert open_store_at_launch(opened_paths) is True  # its header is sound
    prefetch = TodayPrefetch(opened_paths.database, FIXED_TODAY, check_store=True)
    refused = _refusal(prefetch.confirm_store)
    assert (type(refused), str(refused)) == (type(expected), str(expected))
    assert isinstance(refused, NotADatabaseError)
    assert file_digest(opened_paths.database) == before


def test_at_launch_a_newer_schema_still_in_the_log_is_refused(opened_paths: DataPaths) -> None:
    # A newer app's migration not yet folded into the file: the header says the latest
    # version, the log a newer one. Another connection stays open, so none folds it in.
    keeper = sqlite3.connect(opened_paths.database)
    try:
        keeper.execute("SELECT count(*) FROM setting").fetchone()
        with sqlite3.connect(opened_paths.database) as writer:
            writer.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        writer.close()
        assert open_store_at_launch(opened_paths) is True  # the file's header is behind
        prefetch = TodayPrefetch(opened_paths.database, FIXED_TODAY, check_store=True)
        refused = _refusal(prefetch.confirm_store)
        assert isinstance(refused, NewerStoreError)
        assert str(refused) == str(_refusal(lambda: open_store(opened_paths)))
    finally:
        keeper.close()


def test_at_launch_a_store_the_header_does_not_vouch_for_goes_through_open_store(
    opened_paths: DataPaths, connections: list[str]
) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    assert open_store_at_launch(opened_paths) is False
    assert connections  # open_store's own check and its write
    assert _journal_mode(opened_paths.database) == "wal"


def test_without_a_verdict_from_the_prefetch_the_store_is_checked_on_the_spot(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[Path] = []
    monkeypatch.setattr(sqlite_file, "inspect_store", checked.append)
    prefetch = TodayPrefetch(opened_paths.database, FIXED_TODAY)  # made no check
    prefetch.confirm_store()
    assert checked == [opened_paths.database]
