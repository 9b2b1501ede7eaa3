"""When the backup taken first cannot be made, the refusal says what was not done either.

With a read-only backups folder, `restore 2 -y`, `demo --force` and `import bom.json
--replace -y` each printed only "The backups folder …/backups is read-only or not yours, so
the backup was not made." and exited 1 (an attacker's walk): the store was unchanged, but the
line did not say whether the restore or the replacement had happened anyway.

The folder is made read-only by refusing the backup's file with EROFS (a read-only file
system), as tests/test_faults_damaged_inside.py does: root writes in a chmod 555 folder."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store, list_backups
from tests.transfer_fixtures import dump_store, fill_every_table

TRACKERS = Path(__file__).parent / "data" / "trackers"


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    back_up_store(opened_paths)
    back_up_store(opened_paths)
    return opened_paths


def _backups_folder_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    from bounceback_tui.store import file_copy

    def refuse(_path: Path) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(file_copy, "create_private_file", refuse)


@pytest.mark.parametrize(
    ("command", "not_done"),
    [
        (["restore", "2", "-y"], "restored"),
        (["demo", "--force", "--scale", "3"], "replaced"),
        (["import", "{export}", "--replace", "-y"], "replaced"),
        (["import", str(TRACKERS / "spreadsheet.csv"), "-y"], "added"),
    ],
    ids=["restore", "demo --force", "import --replace", "import csv"],
)
def test_a_backup_refused_says_the_action_was_not_done(
    filled: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    not_done: str,
) -> None:
    export = tmp_path / "bom.json"
    assert main(["export", "-o", str(export)]) == 0
    before = dump_store(filled.database)
    backups = list_backups(filled)
    _backups_folder_refuses(monkeypatch)
    capsys.readouterr()

    assert main([part.format(export=export) for part in command]) == 1

    assert capsys.readouterr().err == (
        f"bounceback-tui: The backups folder {filled.backups} is read-only or not yours, so the "
        f"backup was not made, and nothing was {not_done}; the store is as it was.\n"
    )
    assert dump_store(filled.database) == before
    assert list_backups(filled) == backups


def test_a_full_disk_says_so_too(
    filled: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.store import file_copy

    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(file_copy, "create_private_file", full)
    assert main(["restore", "2", "-y"]) == 1
    assert capsys.readouterr().err == (
        "bounceback-tui: The disk is full, so the backup was not made, and nothing was "
        "restored; the store is as it was. Free some space and try again.\n"
    )


def test_a_backup_on_its_own_says_only_that_it_was_not_made(
    filled: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _backups_folder_refuses(monkeypatch)
    assert main(["backup"]) == 1
    assert capsys.readouterr().err == (
        f"bounceback-tui: The backups folder {filled.backups} is read-only or not yours, so the "
        "backup was not made.\n"
    )
