"""`restore`'s list no longer calls a backup's applications "the same" as now.

A tester renamed one application, deleted one and added another after a backup; the list
then read "same applications and rejections as now" beside it, though they were not the
same. Only the two counts are compared (no backup is read further), so the list now says
only that: "as many applications and rejections as now".
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


def test_a_backup_with_other_applications_is_not_said_to_have_the_same(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock.freeze(datetime(2027, 1, 8, 9, 0))
    source = tmp_path / "tracker.csv"
    source.write_text("Company,Role\nAcme,Engineer\nInitech,Analyst\n", encoding="utf-8")
    assert main(["import", str(source), "--yes"]) == 0
    assert main(["backup"]) == 0
    with sqlite3.connect(opened_paths.database) as conn:  # one renamed, one swapped
        conn.execute("UPDATE application SET company = 'Acme Ltd' WHERE company = 'Acme'")
        conn.execute("DELETE FROM application WHERE company = 'Initech'")
    source.write_text("Company,Role\nHooli,Designer\n", encoding="utf-8")
    assert main(["import", str(source), "--yes"]) == 0
    capsys.readouterr()
    assert main(["restore"]) == 0
    entries = [" ".join(e.split()) for e in listed_backups(capsys.readouterr().out)]
    by_hand = next(e for e in entries if "by hand" in e)
    assert "same" not in by_hand
    assert "as many applications and rejections as now" in by_hand
