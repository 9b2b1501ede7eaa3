"""`restore`'s list tells a week's backups apart.

A person choosing which backup to restore read a week of lines that each said "60
applications, 25 rejections" beside a file name: nothing said which was before the import
that went wrong, nor which held what they had lost. Each backup now reads, on its numbered
line, when it was taken in the person's words ("Mon 30 Nov 09:12"), why (daily, by hand,
before an import, before a restore, before an upgrade: as its name says, and "why not known"
for a file whose name does not say) and how it differs from the store now ("1 fewer
application than now"); under it, what it holds and its file. Each line fits 80 columns.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import daily_backup
from tests.backup_list_lines import listed_backups


def _rows(out: str) -> list[str]:
    """The backups' own lines, kept to 80 columns to a pipe; the sentences under them are
    whole lines there, as every terminal message is (commands/failures.py)."""
    lines = out.splitlines()[1:]
    return lines[: next(i for i, line in enumerate(lines) if line.startswith("A mark"))]


def _import(tmp_path: Path, text: str) -> None:
    source = tmp_path / "tracker.csv"
    source.write_text(text, encoding="utf-8")
    assert main(["import", str(source), "--yes"]) == 0


def _a_week_of_backups(paths: DataPaths, tmp_path: Path) -> None:
    """Monday: two applications (one rejected), backed up by hand. Tuesday: two more
    imported (the import backs the store up first). Wednesday: the day's backup. Today,
    Monday again: one of them deleted."""
    clock.freeze(datetime(2026, 11, 30, 9, 12))
    _import(
        tmp_path,
        "Company Name,Job Title,Status,Date Applied\n"
        "Acme,Engineer,Applied,2026-11-20\nInitech,Analyst,Rejected,2026-11-18\n",
    )
    assert main(["backup"]) == 0
    clock.freeze(datetime(2026, 12, 1, 11, 5))
    _import(tmp_path, "Company,Role\nUmbrella,Developer\nHooli,Designer\n")
    clock.freeze(datetime(2026, 12, 2, 18, 40))
    assert daily_backup(paths, keep=7) is not None
    clock.freeze(datetime(2026, 12, 7, 10, 0))
    with sqlite3.connect(paths.database) as conn:
        conn.execute("DELETE FROM application WHERE company = 'Hooli'")


def _entries(out: str) -> list[list[str]]:
    """Each backup's lines, its numbered line and the lines under it, read as words (the
    columns' spaces as one)."""
    entries = listed_backups(out)
    return [[" ".join(line.split()) for line in entry.splitlines()] for entry in entries]


def test_each_backup_says_when_why_and_how_it_differs_from_now(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _a_week_of_backups(opened_paths, tmp_path)
    capsys.readouterr()
    assert main(["restore"]) == 0
    out = capsys.readouterr().out
    entries = _entries(out)
    assert len(entries) == 3
    daily, import_, by_hand = entries
    assert daily[0].startswith("1 Wed 2 Dec 18:40 daily")
    assert daily[0].endswith("1 more application than now")
    assert "4 applications, 1 rejection bounceback-20261202-184000-daily.sqlite3" in daily[1]
    assert import_[0].startswith("2 Tue 1 Dec 11:05 before an import")
    assert import_[0].endswith("1 fewer application than now")
    assert any("2 applications, 1 rejection" in line for line in import_[1:])
    assert by_hand[0].startswith("3 Mon 30 Nov 09:12 by hand")
    assert by_hand[0].endswith("1 fewer application than now")
    assert all(len(line) <= 80 for line in _rows(out)), out


def test_a_backup_with_what_now_has_and_more_says_so(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _a_week_of_backups(opened_paths, tmp_path)
    with sqlite3.connect(opened_paths.database) as conn:  # the rejection, and Umbrella, lost
        conn.execute("DELETE FROM rejection")
        conn.execute("DELETE FROM application WHERE company = 'Umbrella'")
    assert main(["backup"]) == 0
    capsys.readouterr()
    assert main(["restore"]) == 0
    out = capsys.readouterr().out
    newest, daily, import_, _by_hand = _entries(out)
    assert newest[0].startswith("1 today 10:00 by hand")
    # Not "the same", nor "same counts": only these two counts are read.
    assert any(line.endswith("as many applications and rejections as now") for line in newest)
    assert any(line.endswith("2 more applications, 1 more rejection than now") for line in daily)
    assert import_[0].endswith("1 more rejection than now")
    assert all(len(line) <= 80 for line in _rows(out)), out


def test_a_file_whose_name_says_nothing_is_not_given_a_reason(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _a_week_of_backups(opened_paths, tmp_path)
    folder = opened_paths.backups
    shutil.copyfile(folder / "bounceback-20261130-091200-manual.sqlite3", folder / "mine.sqlite3")
    migrated = folder / "bounceback-20261201-080000-pre-migration-v8-to-v9.sqlite3"
    shutil.copyfile(folder / "bounceback-20261130-091200-manual.sqlite3", migrated)
    capsys.readouterr()
    assert main(["restore"]) == 0
    out = capsys.readouterr().out
    mine = next(entry for entry in _entries(out) if any("mine.sqlite3" in x for x in entry))
    assert "why not known" in mine[0]
    upgrade = next(entry for entry in _entries(out) if any("pre-migration" in x for x in entry))
    assert "Tue 1 Dec 08:00 before an upgrade" in upgrade[0]
    assert all(len(line) <= 80 for line in _rows(out)), out
