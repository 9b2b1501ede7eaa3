"""A store that is refused gets nothing beside it (a tester's walk: a store set to
`PRAGMA user_version=99`, or cut to 100,000 bytes; `today` said "the store was left
untouched", and `bounceback.sqlite3-wal` (0 B) and `-shm` (32 KB) were there next to it
after). A reader of a WAL store makes those files, so the check reads a store with neither
beside it as immutable (store/untouched.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.helpers import file_digest


def _beside(paths: DataPaths) -> list[str]:
    return sorted(p.name for p in paths.data_dir.iterdir() if p.name != "backups")


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _cut_short(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(100_000)


@pytest.fixture(params=["newer", "cut short"])
def refused(request: pytest.FixtureRequest, opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 40, force=True)
    assert opened_paths.database.stat().st_size > 100_000
    (_newer if request.param == "newer" else _cut_short)(opened_paths.database)
    assert _beside(opened_paths) == ["bounceback.sqlite3"]
    return opened_paths


@pytest.mark.parametrize(
    "argv",
    [
        ["today"],
        ["export", "-o", "-"],
        ["calendar", "-o", "-"],
        ["backup"],
        ["demo", "--force"],
        [],  # the app: outside a terminal it is refused before it reads the store
    ],
    ids=lambda argv: " ".join(argv) or "the app",
)
def test_a_refused_store_gets_no_files_beside_it(
    refused: DataPaths, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    digest = file_digest(refused.database)
    assert main(argv) == 1
    said = capsys.readouterr().err
    assert ("left untouched" if argv else "not a terminal") in said
    assert _beside(refused) == ["bounceback.sqlite3"]
    assert file_digest(refused.database) == digest


def _read(path: Path) -> Callable[[bool], tuple[int, int, bool]]:
    from bounceback_tui.store import sqlite_file

    return lambda immutable: sqlite_file._read_identity(path, 5.0, immutable)


def test_a_store_opened_elsewhere_is_read_through_its_log(opened_paths: DataPaths) -> None:
    """Another window holds the store open with a change still in its log: the check reads
    it as any reader does, log and all (the file alone would say schema 7)."""
    from bounceback_tui.store.untouched import identity_untouched

    path = opened_paths.database
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA wal_autocheckpoint = 0")
        other.execute("PRAGMA user_version = 99")
        assert Path(f"{path}-wal").stat().st_size > 0
        version, _app, _tables = identity_untouched(path, True, _read(path))
        assert version == 99
    finally:
        other.close()


def test_a_store_opened_elsewhere_while_it_is_read_is_read_again(opened_paths: DataPaths) -> None:
    """Between the two looks for -wal and -shm another window opened the store: what the
    file alone said is not taken; the store is read again as any reader reads it."""
    from bounceback_tui.store.untouched import identity_untouched

    path = opened_paths.database
    real = _read(path)
    reads: list[bool] = []
    holders: list[sqlite3.Connection] = []

    def read(immutable: bool) -> tuple[int, int, bool]:
        reads.append(immutable)
        found = real(immutable)
        if immutable:  # another window opens the store now, and changes its schema
            other = sqlite3.connect(path, isolation_level=None)
            other.execute("PRAGMA wal_autocheckpoint = 0")
            other.execute("PRAGMA user_version = 99")
            holders.append(other)
        return found

    try:
        version, _app, _tables = identity_untouched(path, True, read)
    finally:
        for conn in holders:
            conn.close()
    assert reads == [True, False]
    assert version == 99
