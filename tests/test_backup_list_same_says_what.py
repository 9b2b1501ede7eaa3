"""`restore`'s list says which counts a backup shares with the store now, not "same counts".

A tester on the fifth day of a week read "same counts as now" beside backups that lacked
days of ticks, answers and skill edits: the list compares only the applications and the
rejections (the counts it reads of every backup anyway; docs/backups.md). It now says so:
"as many applications and rejections as now".
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.backup_list_lines import listed_backups


def test_a_backup_lacking_a_skill_is_not_said_to_have_the_same_counts(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock.freeze(datetime(2027, 1, 8, 9, 0))
    source = tmp_path / "tracker.csv"
    source.write_text("Company,Role\nAcme,Engineer\n", encoding="utf-8")
    assert main(["import", str(source), "--yes"]) == 0
    assert main(["backup"]) == 0
    with sqlite3.connect(opened_paths.database) as conn:  # a skill added since the backup
        conn.execute(
            "INSERT INTO skill (title, created_at) VALUES ('SQL window functions', ?)",
            ("2027-01-08 09:05:00",),
        )
    capsys.readouterr()
    assert main(["restore"]) == 0
    (entry,) = listed_backups(capsys.readouterr().out)
    said = " ".join(entry.split())
    assert "same counts" not in said
    assert "as many applications and rejections as now" in said
