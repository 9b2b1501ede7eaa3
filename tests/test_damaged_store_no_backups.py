"""A damaged store with no backups: every command names the way out there is, the app.

`today` said "restore a backup with `… restore`", `restore` said "No backups yet … Make one
with `… backup`", and `backup` refused the damaged store (an attacker's walk): only the app's
store-problem screen offered to start fresh, and no command said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.damage_fixtures import damaged_store
from tests.helpers import file_digest


@pytest.fixture
def damaged(opened_paths: DataPaths) -> DataPaths:
    return damaged_store(opened_paths)


def _way_out(command: str = "bounceback-tui") -> str:
    return (
        f"There is no backup to restore yet: run `{command}` in a terminal, and it offers to "
        "keep the damaged file aside (never deleted) and start fresh with an empty store."
    )


@pytest.mark.parametrize(
    "command",
    [
        ["today"],
        ["today", "--json"],
        ["insights"],
        ["backup"],
        ["restore"],
        ["backup", "--list"],
        ["restore", "latest", "-y"],
        ["export", "-o", "-"],
        ["calendar", "-o", "-"],
    ],
    ids=" ".join,
)
def test_each_command_names_the_app_as_the_way_out(
    damaged: DataPaths, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    digest = file_digest(damaged.database)
    status = main(command)
    said = capsys.readouterr()
    assert status == 1
    line = said.err.removesuffix("\n")
    assert "\n" not in line and line.startswith(
        f"bounceback-tui: The store at {damaged.database} is damaged"
    )
    assert line.endswith(_way_out())
    assert "Make one with" not in said.out + said.err
    assert file_digest(damaged.database) == digest
    assert not damaged.backups.exists() or list(damaged.backups.glob("*.sqlite3")) == []


def test_with_a_backup_the_way_out_is_still_restore(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once
    from tests.damage_fixtures import damage_tables

    store_once(opened_paths, fill_demo, 120, force=True)
    back_up_store(opened_paths)
    damage_tables(opened_paths.database, "application")
    assert main(["today"]) == 1
    err = capsys.readouterr().err
    assert err.endswith(
        "`bounceback-tui restore` lists your backups and puts one back; run `bounceback-tui` in "
        "a terminal to choose between that and starting fresh.\n"
    )


def test_a_sound_store_with_no_backups_is_told_to_make_one(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore"]) == 0
    assert capsys.readouterr().out == (
        f"No backups yet in {opened_paths.backups}. Make one with `bounceback-tui backup`.\n"
    )


def test_a_file_that_is_not_a_store_with_no_backups_names_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cut"
    folder.mkdir()
    (folder / "bounceback.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 80)
    assert main(["--data-dir", str(folder), "restore"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"bounceback-tui: The store at {folder / 'bounceback.sqlite3'} is damaged."
    )
    assert err.endswith(_way_out(f"bounceback-tui --data-dir {folder}") + "\n")
