"""A status the import does not know is named with `--status 'Word=stage'` (a tester moving
from a German spreadsheet). Before, the plan refused "Absage" and "Vorstellungsgespräch" and
offered only `--map 'Status='`, which brought a no and an interview in as Applied without a
word; nothing showed how each status was read before the import wrote."""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.csv_sheets import written_sheet
from tests.transfer_fixtures import count

SHEET = (
    "Firma;Stelle;Status;Beworben am\n"
    "Siemens;Ingenieur;Beworben;05.01.2026\n"
    "SAP;Berater;Absage;06.01.2026\n"
    "Bosch;Tester;Vorstellungsgespräch;12.02.2026\n"
    "Zalando;Analyst;Applied;31.01.2026\n"
)
MAPS = ("--map", "Firma=company", "--map", "Stelle=role", "--map", "Beworben am=date_applied")
STAGES = "saved, applied, screening, interviewing, offer, accepted, rejected, withdrawn, ghosted"


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = written_sheet(tmp_path, SHEET, "euro.csv")
    return path


def _stages(paths: DataPaths) -> list[tuple[str, str]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute("SELECT company, stage FROM application ORDER BY id").fetchall()


def test_the_refusal_offers_status_first_with_the_persons_own_command(
    opened_paths: DataPaths, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(sheet), *MAPS, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        "3 rows are refused for Stage: their status in the column 'Status' names no stage I "
        "know (Beworben, Absage, Vorstellungsgespräch). Say which stage each one is with "
        f"--status (the stage one of: {STAGES}) and run the import again:\n"
        f"  bounceback-tui import {shlex.quote(str(sheet))} --map Firma=company --map "
        "Stelle=role --map 'Beworben am=date_applied' --dry-run --status Beworben=STAGE "
        "--status Absage=STAGE --status 'Vorstellungsgespräch=STAGE'\n"
    ) in out
    # Leaving the column out is still offered, saying plainly what it does.
    assert (
        "Leaving the column out instead (--map 'Status=') brings every row in as Applied, "
        "whatever its status says: a no or an interview among them would read as Applied.\n"
    ) in out
    assert "leave it out: --map 'Status=' (no field)" not in out


def test_each_status_is_listed_as_read_before_anything_is_written(
    opened_paths: DataPaths, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["import", str(sheet), *MAPS, "--status", "absage=Rejected", "--dry-run"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert (
        "Statuses in the column 'Status', as read:\n"
        "  Beworben              ->  no stage I know (1 row)\n"
        "  Absage                ->  Rejected (as given, 1 row)\n"
        "  Vorstellungsgespräch  ->  no stage I know (1 row)\n"
        "  Applied               ->  Applied (1 row)\n"
    ) in out
    assert "2 rows are refused for Stage" in out
    assert (
        "--status absage=Rejected --dry-run --status Beworben=STAGE "
        "--status 'Vorstellungsgespräch=STAGE'\n"
    ) in out
    assert count(opened_paths.database, "application") == 0


def test_a_known_word_is_counted_and_a_slip_of_spelling_is_said(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(
        tmp_path,
        "Company,Role,Status,Date Applied\n"
        "Acme,Engineer,Not Selected,2026-01-05\n"
        "Globex,Analyst,not selected,2026-01-06\n"
        "Initech,Designer,Rejcted,2026-01-07\n"
        "Umbrella,Tester,,2026-01-08\n",
        "teal.csv",
    )
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        "Statuses in the column 'Status', as read:\n"
        "  Not Selected  ->  Rejected (2 rows)\n"
        "  Rejcted       ->  Rejected (a close spelling, 1 row)\n"
        "  (empty)       ->  Applied (1 row)\n"
    ) in out


def test_statuses_given_are_imported_at_their_stage(
    opened_paths: DataPaths, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    given = ("Beworben=applied", "Absage=rejected", "Vorstellungsgespräch=Interviewing")
    argv = ["import", str(sheet), *MAPS, "--yes"]
    for item in given:
        argv += ["--status", item]
    assert main(argv) == 0
    assert "Added 4 applications." in capsys.readouterr().out
    assert _stages(opened_paths) == [
        ("Siemens", "applied"),
        ("SAP", "rejected"),
        ("Bosch", "interviewing"),
        ("Zalando", "applied"),
    ]
    assert count(opened_paths.database, "rejection") == 1  # the no, with its plan


def test_a_status_given_outranks_the_word_the_import_knows(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In this sheet "Closed" is a job the person stopped on, not a no."""
    path = written_sheet(tmp_path, "Company,Role,Status\nAcme,Engineer,Closed\n", "own.csv")
    assert main(["import", str(path), "--status", "closed=withdrawn", "--yes"]) == 0
    assert _stages(opened_paths) == [("Acme", "withdrawn")]


def test_a_status_given_that_no_row_says_is_named(
    opened_paths: DataPaths, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["import", str(sheet), *MAPS, "--status", "Absag=rejected", "--dry-run"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "--status 'Absag=rejected' is not used: no row's status is Absag." in out


@pytest.mark.parametrize(
    ("item", "said"),
    [
        (
            "Absage=nope",
            "--status 'Absage=nope' should be the status as the file writes it, '=', then a "
            f"stage: 'Absage=STAGE', STAGE one of: {STAGES}.",
        ),
        (
            "Absage",
            "--status 'Absage' should be the status as the file writes it, '=', then a "
            f"stage: 'Absage=STAGE', STAGE one of: {STAGES}.",
        ),
        (
            "Absage=rejected,Absage=withdrawn",
            "--status 'Absage=rejected' and --status 'Absage=withdrawn' give one status two "
            "stages. Nothing was written.",
        ),
    ],
)
def test_a_status_given_wrongly_is_refused(
    opened_paths: DataPaths,
    sheet: Path,
    capsys: pytest.CaptureFixture[str],
    item: str,
    said: str,
) -> None:
    argv = ["import", str(sheet), *MAPS, "--yes"]
    for one in item.split(","):
        argv += ["--status", one]
    assert main(argv) == 1
    assert capsys.readouterr().err.strip() == f"bounceback-tui: {said}"
    assert count(opened_paths.database, "application") == 0


def test_status_is_for_csv_files(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "e.json"
    path.write_text("{}", encoding="utf-8")
    said = "--map, --status, --encoding, --day-first, --strict and --all are for CSV files."
    for option in (["--status", "Absage=rejected"], ["--all"]):
        assert main(["import", str(path), *option, "--yes"]) == 1
        assert capsys.readouterr().err.strip() == f"bounceback-tui: {said}"


def test_got_as_far_as_reads_the_statuses_given_too(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(
        tmp_path,
        "Firma,Stelle,Status,Beworben am,Got as far as\n"
        "SAP,Berater,Absage,06.01.2026,Vorstellungsgespräch\n",
        "noes.csv",
    )
    argv = ["import", str(path), *MAPS, "--yes", "--status", "Absage=rejected"]
    assert main([*argv, "--status", "Vorstellungsgespräch=interviewing"]) == 0
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("SELECT stage_reached FROM rejection").fetchall() == [("interviewing",)]
