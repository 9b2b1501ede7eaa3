"""A CSV row whose cells do not line up with the header is refused, its line named (an
attacker's walk).

A stray carriage return inside an unquoted cell ended the row there: ``import -y`` added
Acme without its Source, and a made-up application "Ask about Jane" at "LinkedIn". An
unquoted comma ("Acme, Inc") moved every later cell one column on and was reported only as
"Date applied: 'Designer' is not a date I can read". Empty cells past the header's last
(a spreadsheet's extra commas) are still taken.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.csv_sheets import written_sheet
from tests.transfer_fixtures import count

SHORT_ROW = (
    "it has 4 cells where the header has 5: a line break inside a cell needs quotes around "
    "that cell, and an empty cell still needs its comma"
)


def _applications(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT company, role, source FROM application ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_stray_carriage_return_splitting_a_row_refuses_both_halves(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "split.csv"
    source.write_bytes(
        b"Company,Role,Date applied,Notes,Source\n"
        b"Acme,Designer,2026-01-05,Call back Tuesday\rAsk about Jane,LinkedIn\n"
    )
    assert main(["import", str(source), "-y"]) == 1
    captured = capsys.readouterr()
    assert "0 new applications to add, 0 duplicates to skip, 2 rows that cannot be read." in (
        captured.out
    )
    assert f"  line 2: {SHORT_ROW}\n" in captured.out
    assert (
        "  line 3: it has 2 cells where the header has 5: a line break inside a cell needs "
        "quotes around that cell, and an empty cell still needs its comma\n" in captured.out
    )
    assert "Nothing was written: 2 rows cannot be read" in captured.err
    assert count(opened_paths.database, "application") == 0


def test_a_row_split_in_two_is_refused_while_the_others_are_added(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "mixed.csv"
    source.write_bytes(
        b"Company,Role,Date applied,Notes,Source\n"
        b"Acme,Designer,2026-01-05,Call back Tuesday\rAsk about Jane,LinkedIn\n"
        b"Globex,Engineer,2026-01-06,,LinkedIn\n"
    )
    assert main(["import", str(source), "-y"]) == 0
    out = capsys.readouterr().out
    assert "1 new application to add, 0 duplicates to skip, 2 rows that cannot be read." in out
    assert "Added 1 application; 2 rows skipped (listed above)." in out
    assert _applications(opened_paths.database) == [("Globex", "Engineer", "job_board")]


def test_an_unquoted_comma_names_the_count_and_the_quotes_it_needs(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(
        tmp_path,
        "Company,Role,Date applied,Source\nAcme, Inc,Designer,2026-01-05,LinkedIn\n",
        "comma.csv",
    )
    assert main(["import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        "  line 2: it has 5 cells where the header has 4: a comma inside a cell needs quotes "
        'around that cell ("Acme, Inc")\n' in out
    )
    assert "is not a date I can read" not in out
    assert count(opened_paths.database, "application") == 0


def test_a_quoted_comma_and_a_quoted_line_break_are_read_as_one_cell(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "quoted.csv"
    source.write_bytes(
        b"Company,Role,Date applied,Notes,Source\n"
        b'"Acme, Inc",Designer,2026-01-05,"Call back Tuesday\rAsk about Jane",LinkedIn\n'
    )
    assert main(["import", str(source), "-y"]) == 0
    assert "1 new application to add, 0 duplicates to skip, 0 rows that cannot be read." in (
        capsys.readouterr().out
    )
    assert _applications(opened_paths.database) == [("Acme, Inc", "Designer", "job_board")]


def test_empty_cells_past_the_last_column_are_taken(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A spreadsheet's extra commas at each line's end, and a header with empty cells at its
    # end whose rows stop at the last named column.
    source = written_sheet(
        tmp_path,
        "Company,Role,Source,,\nAcme,Designer,LinkedIn,,,,\nGlobex,Engineer,Referral\n",
        "extra.csv",
    )
    assert main(["import", str(source), "-y"]) == 0
    assert "2 new applications to add, 0 duplicates to skip, 0 rows that cannot be read." in (
        capsys.readouterr().out
    )
    assert _applications(opened_paths.database) == [
        ("Acme", "Designer", "job_board"),
        ("Globex", "Engineer", "referral"),
    ]


def test_a_filled_cell_past_the_last_column_is_refused(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(
        tmp_path,
        "Company,Role,Source\nAcme,Designer,LinkedIn,,\nGlobex,Engineer,Referral,,Call back\n",
        "spill.csv",
    )
    assert main(["import", str(source), "-y"]) == 0
    out = capsys.readouterr().out
    assert (
        "  line 3: it has 5 cells where the header has 3: a comma inside a cell needs quotes "
        'around that cell ("Acme, Inc")\n' in out
    )
    assert _applications(opened_paths.database) == [("Acme", "Designer", "job_board")]


def test_a_semicolon_file_names_the_semicolon(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(
        tmp_path, "Company;Role;Source\nAcme;Designer;LinkedIn\nGlobex;Engineer\n", "semi.csv"
    )
    assert main(["import", str(source), "--dry-run"]) == 0
    assert (
        "  line 3: it has 2 cells where the header has 3: a line break inside a cell needs "
        "quotes around that cell, and an empty cell still needs its semicolon\n"
        in capsys.readouterr().out
    )
