"""A restore refused for its backup leaves the data folder and the backups folder exactly as
they were: no ``-wal`` or ``-shm`` beside the backup, nor beside the store (a fixer's walk:
reading what each held, checking the backup and copying it made them, and nothing removed
them)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.helpers import file_digest
from tests.transfer_fixtures import fill_every_table


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    conn = sqlite3.connect(opened_paths.database)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()  # the last connection: the log folded in, -wal and -shm removed
    return opened_paths


def _every_file(paths: DataPaths) -> list[str]:
    """The data folder's files, SQLite's -wal and -shm included."""
    found = (p for p in paths.data_dir.rglob("*") if p.is_file())
    return sorted(str(p.relative_to(paths.data_dir)) for p in found)


def _set(path: Path, pragma: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA {pragma}")
    conn.close()


def _newer(path: Path) -> None:
    _set(path, "user_version = 999")


def _not_upgradable(path: Path) -> None:
    _set(path, "user_version = 2")


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for at in range(page * 3, page * 4, 7):  # a page of the tables' rows, scribbled over
        data[at] = 0xAB
    path.write_bytes(bytes(data))


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:8192])


@pytest.mark.parametrize("spoil", [_newer, _not_upgradable, _damaged, _cut_short])
@pytest.mark.parametrize("journal", ["DELETE", "WAL"])
def test_a_refused_restore_leaves_every_file_as_it_was(
    filled: DataPaths, spoil: object, journal: str
) -> None:
    filled.ensure_backup_dir()
    backup = filled.backups / "spoiled.sqlite3"
    backup.write_bytes(filled.database.read_bytes())  # no log beside it: the whole store
    _set(backup, f"journal_mode = {journal}")
    assert callable(spoil)
    spoil(backup)
    before = _every_file(filled)
    digests = {name: file_digest(filled.data_dir / name) for name in before}
    assert f"{filled.database.name}-wal" not in before  # nothing open: the store alone

    assert main(["restore", "spoiled.sqlite3", "--yes"]) == 1
    assert main(["restore", str(backup), "--yes"]) == 1

    assert _every_file(filled) == before
    assert {name: file_digest(filled.data_dir / name) for name in before} == digests
