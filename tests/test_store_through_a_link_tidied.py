"""A store reached through a link is tidied as a plain one is (an attacker's walk).

SQLite keeps a store's -wal and -shm beside the file a link leads to, not beside the link;
the tidying at a command's end looked for them beside the link, found none, and left
real.sqlite3-wal and -shm beside the real file after `today` and `backup` (a plain store is
left alone). Files another connection still uses are left as they are.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths


@pytest.fixture
def linked(opened_paths: DataPaths, tmp_path: Path) -> Path:
    """The store moved to another folder as real.sqlite3, a link to it in its place."""
    real = tmp_path / "elsewhere" / "real.sqlite3"
    real.parent.mkdir()
    os.replace(opened_paths.database, real)
    opened_paths.database.symlink_to(real)
    return real


def test_sqlite_keeps_the_log_beside_the_file_the_link_leads_to(
    opened_paths: DataPaths, linked: Path
) -> None:
    # What the tidying relies on, checked against the SQLite this runs with.
    conn = sqlite3.connect(opened_paths.database)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        assert sorted(p.name for p in linked.parent.iterdir()) == [
            "real.sqlite3",
            "real.sqlite3-shm",
            "real.sqlite3-wal",
        ]
        assert sorted(p.name for p in opened_paths.data_dir.iterdir()) == ["bounceback.sqlite3"]
    finally:
        conn.close()


@pytest.mark.parametrize("command", [["today"], ["backup"], ["export", "-o", "-"]], ids=" ".join)
def test_a_command_through_a_link_leaves_only_the_real_file(
    opened_paths: DataPaths,
    linked: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    assert main(command) == 0
    capsys.readouterr()
    assert sorted(p.name for p in linked.parent.iterdir()) == ["real.sqlite3"]
    assert opened_paths.database.is_symlink()


def test_the_log_another_connection_uses_is_left_to_it(
    opened_paths: DataPaths, linked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = sqlite3.connect(linked)  # another window, holding the store open
    try:
        other.execute("CREATE TABLE kept_by_the_other (x)")
        other.execute("INSERT INTO kept_by_the_other VALUES (1)")
        other.commit()
        assert main(["today"]) == 0
        capsys.readouterr()
        assert (linked.parent / "real.sqlite3-wal").exists()
        assert (linked.parent / "real.sqlite3-shm").exists()
        assert other.execute("SELECT x FROM kept_by_the_other").fetchall() == [(1,)]
    finally:
        other.close()
    assert sorted(p.name for p in linked.parent.iterdir()) == ["real.sqlite3"]


def test_a_failed_command_leaves_a_log_that_was_there_before(
    opened_paths: DataPaths, linked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A window killed mid-session left the log beside the real file, holding its last commit.
    writer = sqlite3.connect(linked)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(
        "INSERT INTO application (company, role, stage, created_at, updated_at) VALUES "
        "('Acme', 'Engineer', 'applied', '2025-01-01 10:00:00', '2025-01-01 10:00:00')"
    )
    writer.commit()
    left = {name: (linked.parent / name).read_bytes() for name in ("real.sqlite3-wal",)}
    shm = (linked.parent / "real.sqlite3-shm").read_bytes()
    writer.close()  # the last connection: SQLite folds the log in and deletes both
    for name, data in {**left, "real.sqlite3-shm": shm}.items():
        (linked.parent / name).write_bytes(data)
    assert main(["demo"]) == 1  # refused: the store holds data
    assert "already holds data" in capsys.readouterr().err
    assert (linked.parent / "real.sqlite3-wal").read_bytes() == left["real.sqlite3-wal"]
    assert (linked.parent / "real.sqlite3-shm").exists()
