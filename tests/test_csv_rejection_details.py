"""A no's stage reached and reason survive the app's own CSV export and import.

Northwind went Applied, Screening, Interviewing, Offer, then was rejected with the reason
"Went with an internal candidate."; after `export --format csv` and `import` into a fresh
store its rejection said it got as far as Applied, with no reason (a newcomer's walk).
The clock is frozen at Monday 2026-03-16 (tests/conftest.py).
"""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.pipeline_moves import mark_rejected, move_stage
from bounceback_tui.store.database import Database
from tests.csv_sheets import written_sheet
from tests.transfer_fixtures import count

REASON = "Went with an internal candidate."


def _rejections(database: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(database) as conn:
        return conn.execute(
            "SELECT company, stage_reached, reason FROM rejection ORDER BY company"
        ).fetchall()


def test_csv_export_and_import_keep_how_far_a_no_got_and_its_reason(
    db: Database, opened_paths: DataPaths, tmp_path: Path
) -> None:
    northwind = add_application(
        db,
        ApplicationInput(
            company="Northwind", role="Engineer", stage=Stage.APPLIED, date_applied=date(2026, 3, 2)
        ),
    )
    for stage in (Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER):
        move_stage(db, northwind.id, stage)
    details = RejectionInput(date(2026, 3, 12), Stage.OFFER, REASON)
    mark_rejected(db, northwind.id, details)
    exported = tmp_path / "apps.csv"
    assert main(["export", "--format", "csv", "-o", str(exported)]) == 0
    with exported.open(newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["Got as far as"], row["Rejection reason"]) == ("Offer", REASON)

    other = tmp_path / "fresh"
    assert main(["--data-dir", str(other), "import", str(exported), "--yes"]) == 0
    assert _rejections(other / "bounceback.sqlite3") == [("Northwind", "offer", REASON)]


def _import(tmp_path: Path, text: str, *options: str) -> int:
    source = written_sheet(tmp_path, text)
    return main(["import", str(source), *options])


def test_other_words_for_the_columns_are_read(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Company,Role,Status,Date applied,Stage reached,Reason for rejection\n"
        "Acme,Engineer,Rejected,2026-03-02,Phone screen,Not enough Go\n"
        "Globex,Analyst,Not selected,2026-03-03,,\n"
    )
    assert _import(tmp_path, text, "--yes") == 0
    # A no that names no stage reached says Applied, as it did before.
    assert _rejections(opened_paths.database) == [
        ("Acme", "screening", "Not enough Go"),
        ("Globex", "applied", ""),
    ]


@pytest.mark.parametrize(
    ("reached", "expected"),
    [
        (
            "Rejected",
            "line 2: Got as far as: 'Rejected' is where it ended, not how far it got; use one "
            "of: Saved, Applied, Screening, Interviewing, Offer, Accepted",
        ),
        (
            "Round 7",
            "line 2: Got as far as: 'Round 7' is not a stage I know; use one of: Saved, "
            "Applied, Screening, Interviewing, Offer, Accepted",
        ),
    ],
)
def test_a_stage_reached_that_is_no_stage_on_the_way_is_a_row_to_fix(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reached: str,
    expected: str,
) -> None:
    text = (
        "Company,Role,Status,Date applied,Got as far as\n"
        f"Acme,Engineer,Rejected,2026-03-02,{reached}\n"
        "Globex,Analyst,Applied,2026-03-03,\n"
    )
    assert _import(tmp_path, text, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "1 new application to add, 0 duplicates to skip, 1 row that cannot be read." in out
    assert expected in out
    assert _import(tmp_path, text, "--strict") == 1
    assert count(opened_paths.database, "application") == 0


def test_a_reason_beside_another_status_is_said_to_be_unused(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Company,Role,Status,Date applied,Rejection reason\n"
        "Acme,Engineer,Withdrawn,2026-03-02,Too far away\n"
    )
    assert _import(tmp_path, text, "--dry-run") == 0
    assert (
        "1 row has a Got as far as or a Rejection reason beside another status (line 2): "
        "they are not used. Only a row whose status says Rejected is recorded as a no."
    ) in capsys.readouterr().out
