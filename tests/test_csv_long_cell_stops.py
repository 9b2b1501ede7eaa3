"""A cell past the limit ends the reading there: a CSV with one 50 MB cell took 21 s and 320 MB
before it was refused (an attacker's walk). The separator was guessed from the whole first 20
lines (the 50 MB line copied out and searched) and the reader was handed the line whole."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from bounceback_tui.transfer import csv_rows
from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.files import TransferError
from tests.conftest import FIXED_TODAY
from tests.csv_sheets import planned, written_sheet

LIMIT = 100_000


@pytest.fixture
def lower_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_rows, "CELL_LIMIT", LIMIT)


def _refusal(path: Path) -> tuple[str, int]:
    """The refusal, and the most memory planning the import took on the way to it."""
    tracemalloc.start()
    try:
        with pytest.raises(TransferError) as refused:
            plan_csv_import(path, None, today=FIXED_TODAY)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return str(refused.value), peak


@pytest.mark.usefixtures("lower_limit")
@pytest.mark.parametrize(
    "cell",
    [
        "x" * 3_000_000,  # no separator in it
        '"' + "word, " * 500_000 + '"',  # quoted, with separators inside
        '"' + 'say ""hi"" ' * 300_000 + '"',  # quoted, with quotes inside
    ],
)
def test_a_cell_of_some_megabytes_is_refused_in_about_the_file_s_own_memory(
    tmp_path: Path, cell: str
) -> None:
    path = written_sheet(tmp_path, f"Company,Role\nAcme,Analyst\n{cell},Engineer\n", "big.csv")
    size = path.stat().st_size
    said, peak = _refusal(path)
    assert said == (
        "big.csv, the row on line 3: a cell is longer than 100,000 characters, the most one "
        "cell can hold (no field keeps nearly that much). Nothing was written."
    )
    # The file's bytes and its text, once each (they were copied three more times).
    assert peak < 2.5 * size, (peak, size)


@pytest.mark.usefixtures("lower_limit")
def test_a_long_line_of_cells_each_within_the_limit_is_read(tmp_path: Path) -> None:
    cells = ",".join(["y" * 90_000] * 30)  # 2.7 million characters, no cell over 100,000
    quoted = '"' + "a,b" * 30_000 + '"'
    plan = planned(  # not refused as a whole
        tmp_path, f"Company,Role,Notes\nAcme,Analyst,{cells}\nGlobex,{quoted},x\n", name="wide.csv"
    )
    assert sorted([r.line for r in plan.rows] + [p.line for p in plan.bad]) == [2, 3]
    assert all("longer than 100,000" not in p.reason for p in plan.bad)


@pytest.mark.parametrize(
    ("line", "quoted", "passes"),
    [
        ("x" * 11, False, True),
        ("x" * 10, False, False),
        ("abcde,fghij,klmno", False, False),
        ('"abcde,fghij"', False, True),  # 11 characters in one quoted cell
        ('"ab""cd""ef"', False, False),  # ab"cd"ef: 8
        ('ab,"cd""ef,gh""ij"', False, True),  # cd"ef,gh"ij: 11
        ("de,fghij,klmno", True, True),  # inside a quote: the separators are the cell's
        ('de",fghij,klmno', True, False),  # the quote closes first
    ],
)
def test_cell_passes_reads_a_line_as_the_csv_reader_does(
    monkeypatch: pytest.MonkeyPatch, line: str, quoted: bool, passes: bool
) -> None:
    monkeypatch.setattr(csv_rows, "CELL_LIMIT", 10)
    for ending in ("\n", "\r\n", "\r", ""):
        text = f"head{ending or chr(10)}{line}{ending}"
        start = len(f"head{ending or chr(10)}")
        assert csv_rows.cell_passes(text, start, len(text), ",", quoted) is passes
