"""The CSV import's plan lists how each Source value is read, as it lists the statuses.

A tester's import (`bounceback-tui import apps.csv`): the summary said how each Status would
be read, but "LinkedIn" came in as Job board without a word; only a source read as Other was
named. Each value of the Source column is now listed with the source it is read as and how
many rows say it, before anything is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.csv_sheets import written_sheet
from tests.transfer_fixtures import count

SHEET = (
    "Company,Role,Status,Source,Date Applied\n"
    "Acme,Engineer,Applied,LinkedIn,2026-02-02\n"
    "Initech,Analyst,Rejected,Referral from Sam,2026-02-03\n"
    "Globex,Developer,Interview,Careers page,2026-02-04\n"
    "Hooli,Manager,Applied,Word of mouth,2026-02-05\n"
    "Umbrella,Tester,Applied,linkedin,2026-02-06\n"
    "Soylent,Chemist,Applied,,2026-02-07\n"
)


def test_each_source_is_listed_as_read_before_anything_is_written(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(tmp_path, SHEET, "apps.csv")
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        "Statuses in the column 'Status', as read:\n"
        "  Applied    ->  Applied (4 rows)\n"
        "  Rejected   ->  Rejected (1 row)\n"
        "  Interview  ->  Interviewing (1 row)\n"
        "Sources in the column 'Source', as read:\n"
        "  LinkedIn           ->  Job board (2 rows)\n"
        "  Referral from Sam  ->  Referral (1 row)\n"
        "  Careers page       ->  Company site (1 row)\n"
        "  Word of mouth      ->  Other (no source I know, 1 row)\n"
        "  (empty)            ->  no source (1 row)\n"
    ) in out
    assert count(opened_paths.database, "application") == 0


def test_a_long_list_of_sources_is_cut_as_the_statuses_are(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(f"Co{n},Role,Applied,Board {n}\n" for n in range(25))
    path = written_sheet(tmp_path, "Company,Role,Status,Source\n" + rows, "many.csv")
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    listed = out.split("Sources in the column 'Source', as read:\n", 1)[1]
    cut = "  Board 19  ->  Job board (1 row)\n  ... and 5 more (--all lists every one).\n"
    assert cut in listed
    assert main(["import", str(path), "--dry-run", "--all"]) == 0
    assert "  Board 24  ->  Job board (1 row)\n" in capsys.readouterr().out
