"""`restore FILE` names the file it took by its full path, and an empty --from is refused.

`restore /path/other/bounceback.sqlite3 -y` said "Restored bounceback.sqlite3.", which reads
as the store itself; `insights --from ''` was taken as all time without a word (an attacker's
walk)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store


def test_restore_names_another_store_by_its_full_path(
    opened_paths: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.copyfile(opened_paths.database, other / "bounceback.sqlite3")
    monkeypatch.chdir(tmp_path)
    assert main(["restore", "other/bounceback.sqlite3", "-y"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == (
        f"Restored {tmp_path}/other/bounceback.sqlite3. Open windows show it within a few seconds."
    )


def test_restore_names_a_backup_by_its_full_path(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = back_up_store(opened_paths)
    assert main(["restore", "1", "-y"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"Restored {opened_paths.backups}/{backup.name}. Open windows show it within a few seconds."
    )


@pytest.mark.parametrize(
    "command",
    [
        ["insights", "--from", ""],
        ["insights", "--to", "  "],
        ["insights", "--json", "--from="],
        ["export", "--format", "markdown", "--from", "", "-o", "-"],
        ["export", "--format", "markdown", "--to", "", "-o", "-"],
    ],
    ids=" ".join,
)
def test_an_empty_date_is_refused(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    option = "--to" if "--to" in command else "--from"
    assert main(command) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (
        f"bounceback-tui: {option} is empty; give a date (YYYY-MM-DD, or 30d for 30 days ago), "
        f"or leave {option} out.\n"
    )
