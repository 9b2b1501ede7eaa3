"""A stray quote in a CSV: the quote is named, not the rows it swallowed (a newcomer's walk).

5 good rows, then ``Acme,"Senior Dev,Applied``, then 1,000 good rows: the quote never closes,
so the reader took the 1,000 rows into one cell. The import said "line 7: Role contains
control characters" (their newlines), and ``-y`` added 5 rows and dropped 1,000.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.csv_sheets import written_sheet
from tests.transfer_fixtures import count

NEVER_CLOSED = (
    'swallowed.csv, line 7: a quote (") opened on this line is never closed, so the 1,000 '
    "lines after it were read as part of one cell. Close the quote (or remove it) and import "
    "again. Nothing was written."
)


def _swallowing_file(tmp_path: Path) -> Path:
    good = [f"Company {n},Developer,Applied" for n in range(1, 6)]
    after = [f"Later {n},Analyst,Applied" for n in range(1, 1001)]
    source = tmp_path / "swallowed.csv"
    lines = ["Company,Role,Status", *good, 'Acme,"Senior Dev,Applied', *after]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


@pytest.mark.parametrize("how", [["--dry-run"], ["--strict"], ["--yes"], ["--strict", "--yes"]])
def test_a_quote_never_closed_refuses_the_file_naming_its_line(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], how: list[str]
) -> None:
    source = _swallowing_file(tmp_path)
    assert main(["import", str(source), *how]) == 1
    captured = capsys.readouterr()
    assert NEVER_CLOSED in captured.err
    assert "control characters" not in captured.out + captured.err
    assert count(opened_paths.database, "application") == 0


def test_a_quote_never_closed_on_the_last_line_is_named_too(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(tmp_path, 'Company,Role\nAcme,Engineer\nGlobex,"Analyst\n', "last.csv")
    assert main(["import", str(source), "--yes"]) == 1
    err = capsys.readouterr().err
    assert 'last.csv, line 3: a quote (") opened on this line is never closed. Close' in err
    assert count(opened_paths.database, "application") == 0


def test_a_row_whose_quote_closes_lines_later_says_where_it_ran_on_to(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The stray quote on line 7 closes at the quote opening a cell on line 11: lines 8-10
    # were read into line 7's role, and the rows after line 11 read as they are.
    lines = [
        "Company,Role,Status",
        *(f"Company {n},Developer,Applied" for n in range(1, 6)),
        'Acme,"Senior Dev,Applied',
        *(f"Later {n},Analyst,Applied" for n in range(1, 4)),
        'Zeta,"Lead, Platform",Applied',
        "Omega,Tester,Applied",
    ]
    source = written_sheet(tmp_path, "\n".join(lines) + "\n", "late.csv")
    assert main(["import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "6 new applications to add, 0 duplicates to skip, 1 row that cannot be read." in out
    assert (
        "This row runs on to line 11: a quote opened on it and closed only there took in the "
        "4 lines after it" in out
    )
    assert main(["import", str(source), "--strict"]) == 1
    assert count(opened_paths.database, "application") == 0


def test_a_cell_written_over_two_lines_still_reads(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(
        tmp_path,
        'Company,Role,Notes\nAcme,Engineer,"First line\nsecond, with a ""quote"""\n',
        "notes.csv",
    )
    assert main(["import", str(source), "--yes"]) == 0
    assert "Added 1 application" in capsys.readouterr().out
    assert count(opened_paths.database, "application") == 1


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (['a,"b\n', "c\n"], 0),
        (['a,b"c\n'], None),  # a quote inside a cell is a character, not a quote
        (['a,"b""\n', 'c"\n'], None),  # "" inside a quote stands for one
        (['a,"b""\n', "c\n"], 0),
        (["a,b\n", 'c,"d\n'], 1),
        (['"a"x,"\n'], 0),
    ],
)
def test_open_quote_at_reads_quotes_as_the_csv_reader_does(
    lines: list[str], expected: int | None
) -> None:
    from bounceback_tui.transfer.csv_rows import open_quote_at

    assert open_quote_at(lines, ",") == expected
