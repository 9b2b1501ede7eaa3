"""`restore N` restores the backup the person read as number N, or nothing.

A tester listed the backups on the fifth day of a week: number 2 was yesterday's daily
backup. Opening the app then took today's, and `restore 2` offered today's backup by hand
instead (with `--yes` it would have restored it). Now `restore N` refuses, changing nothing,
when number N is not the backup it was when the list was last shown, naming the one it was
and how to restore it by its name; listed again, the numbers mean the list as it is.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import daily_backup, prune_daily
from tests.backup_list_lines import listed_backups

YESTERDAY = "bounceback-20270107-090000-daily.sqlite3"
BY_HAND = "bounceback-20270108-090000-manual.sqlite3"


def _add(paths: DataPaths, tmp_path: Path) -> None:
    """One application, imported into the empty store (no backup is taken for that)."""
    source = tmp_path / "tracker.csv"
    source.write_text("Company,Role\nAcme,Engineer\n", encoding="utf-8")
    assert main(["import", str(source), "--yes"]) == 0


def _listed_then_app_opened(
    paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> str:
    """Yesterday's daily backup; today one by hand; the list shown; then the app opened,
    taking today's daily backup. Returns the list as the person read it."""
    clock.freeze(datetime(2027, 1, 7, 9, 0))
    assert daily_backup(paths, keep=7) is not None
    _add(paths, tmp_path)
    clock.freeze(datetime(2027, 1, 8, 9, 0))
    assert main(["backup"]) == 0
    capsys.readouterr()
    assert main(["restore"]) == 0
    shown = capsys.readouterr().out
    clock.freeze(datetime(2027, 1, 8, 9, 30))
    assert daily_backup(paths, keep=7) is not None  # the app, opened after the list
    return shown


def _state(paths: DataPaths) -> tuple[bytes, list[str]]:
    return paths.database.read_bytes(), sorted(p.name for p in paths.backups.iterdir())


def test_a_number_read_before_a_new_backup_restores_nothing(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _listed_then_app_opened(opened_paths, tmp_path, capsys)
    second = listed_backups(shown)[1]
    assert "yesterday 09:00" in second and YESTERDAY in second
    before = _state(opened_paths)
    assert main(["restore", "2", "--yes"]) != 0
    said = " ".join(capsys.readouterr().err.split())
    assert _state(opened_paths) == before
    assert "have changed since" in said
    assert f"number 2 was {YESTERDAY}, and is {BY_HAND} now" in said
    assert "Nothing was changed." in said
    assert f"`bounceback-tui restore {YESTERDAY}`" in said


def test_the_backup_read_is_restored_by_its_name(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _listed_then_app_opened(opened_paths, tmp_path, capsys)
    assert main(["restore", YESTERDAY, "--yes"]) == 0
    said = capsys.readouterr().out
    assert f"Restored {opened_paths.backups / YESTERDAY}." in said
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM application").fetchone() == (0,)


def test_listed_again_a_number_means_the_list_as_it_is(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _listed_then_app_opened(opened_paths, tmp_path, capsys)
    assert main(["restore"]) == 0
    second = listed_backups(capsys.readouterr().out)[1]
    assert "by hand" in second and BY_HAND in second
    assert main(["restore", "2", "--yes"]) == 0
    assert f"Restored {opened_paths.backups / BY_HAND}." in capsys.readouterr().out


def test_a_number_still_the_same_backup_is_restored(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """The oldest backup pruned after the list was shown moves no other number."""
    clock.freeze(datetime(2027, 1, 6, 9, 0))
    paths = opened_paths
    assert daily_backup(paths, keep=7) is not None
    clock.freeze(datetime(2027, 1, 7, 9, 0))
    assert daily_backup(paths, keep=7) is not None
    capsys.readouterr()
    assert main(["restore"]) == 0
    capsys.readouterr()
    prune_daily(paths, keep=1)
    assert main(["restore", "1", "--yes"]) == 0
    assert f"Restored {paths.backups / YESTERDAY}." in capsys.readouterr().out


def test_a_number_never_listed_means_the_list_as_it_is(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    clock.freeze(datetime(2027, 1, 7, 9, 0))
    assert daily_backup(opened_paths, keep=7) is not None
    capsys.readouterr()
    assert main(["restore", "1", "--yes"]) == 0
    assert f"Restored {opened_paths.backups / YESTERDAY}." in capsys.readouterr().out
