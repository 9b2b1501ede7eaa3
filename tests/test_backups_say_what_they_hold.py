"""Backups say what they hold, a CSV import leaves a way back, and a backup that cannot be read is
called a backup (a stranger's walk, eighteenth round: every backup listed as "372 KB", the empty
first-launch one and the full one alike; a CSV import of seven applications took no backup;
restoring a file cut short said "the store ... cannot be read ... restore a backup")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import list_backups
from tests.backup_list_lines import listed_backups
from tests.transfer_fixtures import count

TRACKER = (
    "Company Name,Job Title,Status,Date Applied\n"
    "Acme,Engineer,Applied,2026-03-01\nInitech,Analyst,Rejected,2026-02-20\n"
)


def _import(tmp_path: Path, text: str = TRACKER) -> int:
    source = tmp_path / "tracker.csv"
    source.write_text(text, encoding="utf-8")
    return main(["import", str(source), "--yes"])


def test_the_list_and_the_question_say_what_each_store_holds(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bounceback_tui import commands

    assert main(["backup"]) == 0  # the empty store
    assert _import(tmp_path) == 0
    capsys.readouterr()
    assert main(["restore"]) == 0
    lines = listed_backups(capsys.readouterr().out)
    assert len(lines) == 1
    assert "empty" in lines[0]

    asked: list[str] = []
    monkeypatch.setattr(commands, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or "n")
    assert main(["restore", "latest"]) == 1
    assert "(2 applications, 1 rejection) with" in asked[0]
    assert asked[0].count("(empty)") == 1


def test_a_csv_import_into_a_store_with_data_takes_a_backup_first(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(tmp_path) == 0  # into an empty store: nothing to go back to
    assert list_backups(opened_paths) == []
    capsys.readouterr()
    more = "Company,Role\nUmbrella,Developer\n"
    assert _import(tmp_path, more) == 0
    said = capsys.readouterr().out
    (backup,) = list_backups(opened_paths)
    assert backup.label == "before-import"
    assert f"bounceback-tui restore {backup.name}" in said
    assert count(opened_paths.database, "application") == 3

    # The way back it names takes the import back.
    assert main(["restore", backup.name, "--yes"]) == 0
    assert count(opened_paths.database, "application") == 2


def test_a_backup_cut_short_is_called_a_damaged_backup(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(tmp_path) == 0
    whole = tmp_path / "whole.sqlite3"
    shutil.copyfile(opened_paths.database, whole)
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    capsys.readouterr()
    assert main(["restore", str(cut), "--yes"]) == 1
    said = capsys.readouterr().err
    assert "The backup cut.sqlite3 is damaged and cannot be read" in said
    assert "Choose another backup. `bounceback-tui restore` lists your backups." in said
    assert "The store at" not in said


def test_a_number_with_no_backups_says_there_are_none(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", "3"]) == 1
    said = capsys.readouterr().err
    assert "lists none yet" in said and "lists 0" not in said


def test_a_number_past_the_only_backup_says_there_is_only_one(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.store.backup import back_up_store

    back_up_store(opened_paths)
    assert main(["restore", "7"]) == 1
    said = capsys.readouterr().err
    assert "There is no backup number 7; `bounceback-tui restore` lists only one." in said


def test_an_empty_file_is_no_backup_to_restore(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An attacker's walk restored the backups' lock file (0 bytes) by name: "Restored", and
    the store held nothing after."""
    assert _import(tmp_path) == 0
    assert main(["backup"]) == 0
    lock = opened_paths.backups / ".daily-backup.lock"
    lock.write_bytes(b"")
    capsys.readouterr()
    assert main(["restore", lock.name, "--yes"]) == 1
    said = capsys.readouterr().err
    assert "holds no store" in said
    assert count(opened_paths.database, "application") == 2


def test_the_list_offers_only_the_backups_there_are(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    opened_paths.ensure_backup_dir()
    (opened_paths.backups / ".daily-backup.lock").write_bytes(b"")
    assert main(["restore"]) == 0
    said = capsys.readouterr().out
    assert "No backups yet" in said and "Restore one with" not in said
    assert main(["backup"]) == 0
    capsys.readouterr()
    assert main(["restore"]) == 0
    said = capsys.readouterr().out
    assert "restore latest" in said and "restore 2" not in said


def test_a_backup_named_by_a_relative_path_is_restored(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`restore good.sqlite3` from the folder it is in: "relative path can't be expressed as a
    file URI", status 70 (the fourth stranger)."""
    assert _import(tmp_path) == 0
    shutil.copyfile(opened_paths.database, tmp_path / "good.sqlite3")
    monkeypatch.chdir(tmp_path)
    assert main(["restore", "good.sqlite3", "--yes"]) == 0
    assert f"Restored {tmp_path}/good.sqlite3." in capsys.readouterr().out
