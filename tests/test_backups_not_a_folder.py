"""A file, or a link to nothing, where the backups folder should be is named as such (an
attacker's walk).

`backup` said "Could not write a backup in …/backups (File exists).", and so did the launch's
backup, an import's refusal and a refused restore; `restore` said "No backups yet … Make one
with `bounceback-tui backup`", a command that then failed. Each now says what is in the way,
as `--data-dir` does for its own folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.background import DailyBackup
from tests.transfer_fixtures import count

AFTER = "Move or remove it; the next backup makes the folder."


def _in_the_way(paths: DataPaths, how: str) -> str:
    """Put ``how`` ("file" or "link") where the backups folder goes; what is said of it."""
    if how == "file":
        paths.backups.write_text("not a folder\n", encoding="utf-8")
        return f"{paths.backups} is a file, not a folder"
    paths.backups.symlink_to(paths.data_dir / "gone")
    return f"{paths.backups} is a link to nothing"


@pytest.mark.parametrize("how", ["file", "link"])
def test_backup_names_what_is_in_the_backups_folders_place(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    said = _in_the_way(opened_paths, how)
    assert main(["backup"]) == 1
    err = capsys.readouterr().err
    assert f"{said}, so the backup was not made. {AFTER}" in err
    assert "File exists" not in err


@pytest.mark.parametrize("how", ["file", "link"])
def test_restore_says_so_instead_of_offering_a_backup_that_then_fails(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    said = _in_the_way(opened_paths, how)
    assert main(["restore"]) == 1
    captured = capsys.readouterr()
    assert f"{said}, so there are no backups to list. {AFTER}" in captured.err
    assert "No backups yet" not in captured.out + captured.err
    assert main(["restore", "latest"]) == 1
    assert f"{said}, so there are no backups to restore. {AFTER}" in capsys.readouterr().err


@pytest.mark.parametrize("how", ["file", "link"])
def test_a_csv_import_refused_for_its_backup_says_why(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    assert main(["import", _csv(tmp_path, "Acme,Designer"), "-y"]) == 0
    said = _in_the_way(opened_paths, how)
    assert main(["import", _csv(tmp_path, "Globex,Engineer"), "-y"]) == 1
    assert (
        f"{said}, so the backup was not made, and nothing was added; the store is as it was. "
        f"{AFTER}" in capsys.readouterr().err
    )
    assert count(opened_paths.database, "application") == 1


@pytest.mark.parametrize("how", ["file", "link"])
def test_the_launch_backup_says_why_it_was_not_taken(opened_paths: DataPaths, how: str) -> None:
    said = _in_the_way(opened_paths, how)
    job = DailyBackup(opened_paths, None, delay=0)  # what the app's toast says
    job.start()
    job.finish()
    assert job.error == (
        f"Today's backup was not taken. {said}, so the backup was not made. {AFTER} "
        "Your store is unchanged."
    )


def _csv(tmp_path: Path, row: str) -> str:
    source = tmp_path / f"{row.partition(',')[0]}.csv"
    source.write_text(f"Company,Role\n{row}\n", encoding="utf-8")
    return str(source)
