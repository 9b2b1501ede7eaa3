"""A line break inside a one-line cell is called a line break, not a control character.

A tester's sheet had a role typed over two lines in its cell ("Dev" and "Ops"): the import
refused the row with "line 4: Role contains control characters; remove them", which sent them
looking for something they could not see. The refusal now names the line break and says
where one is kept (Notes), and a line break in Notes is still taken.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths

SHEET = (
    "Company,Role,Date Applied,Notes\r\n"
    "Acme,Analyst,2026-01-05,\r\n"
    'Globex,Engineer,2026-01-06,"Met them at\r\nthe fair"\r\n'
    'Initech,"Dev\nOps",2026-01-07,\r\n'
)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "sheet.csv"
    path.write_bytes(SHEET.encode("utf-8"))
    return path


def test_a_line_break_in_a_role_is_named_as_one(
    opened_paths: DataPaths, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(sheet), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "control characters" not in out
    assert "line 5: Role has a line break" in out
    assert "Notes" in out.partition("line 5: Role has a line break")[2].partition("\n")[0]


def test_the_other_rows_come_in_and_notes_keep_their_line_break(
    opened_paths: DataPaths, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(sheet), "--yes"]) == 0, capsys.readouterr()
    with sqlite3.connect(opened_paths.database) as conn:
        rows = conn.execute("SELECT company, notes FROM application ORDER BY id").fetchall()
    assert rows == [("Acme", ""), ("Globex", "Met them at\nthe fair")]


def test_another_control_character_is_still_called_one(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(b'Company,Role\r\nInitech,"Dev\nOps\x07"\r\n')
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Role contains control characters" in out
