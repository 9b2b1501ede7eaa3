"""Applying again to a job is a second application, not a duplicate (a tester moving from a
spreadsheet): rows with the same company and role months apart, with different dates applied,
were skipped as one, and the list of skipped rows stopped at "... and 143 more" with no way to
see the rest. Importing one file twice still adds nothing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.csv_write import write_csv_plan
from tests.conftest import FIXED_TODAY
from tests.csv_sheets import planned, written_sheet
from tests.transfer_fixtures import count

SHEET = (
    "Company,Role,Status,Date Applied,Link\n"
    "Acme,Engineer,Rejected,2025-09-01,\n"
    "Acme,Engineer,Applied,2026-02-10,\n"  # applied again, months later: a second application
    "Acme,Engineer,Applied,2026-02-10,\n"  # the same day as line 3: that one again
    "Acme,Engineer,,,\n"  # no day, no link: nothing says it is another
    "Globex,Analyst,Applied,2025-11-03,https://globex.example/jobs/1\n"
    "Globex,Analyst,Applied,2026-01-20,https://globex.example/jobs/1\n"  # one posting: line 6
    "Globex,Analyst,Applied,,https://globex.example/jobs/1/\n"  # the same link, no day
    "Globex,Analyst,Applied,2025-11-03,https://globex.example/jobs/2\n"  # another posting
)


def _applications(paths: DataPaths) -> list[tuple[str, str, str | None, str]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(
            "SELECT company, stage, date_applied, link FROM application ORDER BY id"
        ).fetchall()


def test_a_second_application_months_later_is_added_and_a_file_twice_adds_nothing(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(tmp_path, SHEET)
    assert main(["import", str(path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "4 new applications to add, 4 duplicates to skip, 0 rows that cannot be read." in out
    assert (
        "Duplicates (skipped):\n"
        "  line 4: Acme (Engineer) has the same company and role as Acme (Engineer) (line 3)\n"
        "  line 5: Acme (Engineer) has the same company and role as Acme (Engineer) (line 2)\n"
        "  line 7: Globex (Analyst) has the same link as Globex (Analyst) (line 6)\n"
        "  line 8: Globex (Analyst) has the same link as Globex (Analyst) (line 6)\n"
    ) in out
    assert _applications(opened_paths) == [
        ("Acme", "rejected", "2025-09-01", ""),
        ("Acme", "applied", "2026-02-10", ""),
        ("Globex", "applied", "2025-11-03", "https://globex.example/jobs/1"),
        ("Globex", "applied", "2025-11-03", "https://globex.example/jobs/2"),
    ]
    assert main(["import", str(path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "0 new applications to add, 8 duplicates to skip" in out
    assert "Nothing new to add; nothing was written." in out
    assert count(opened_paths.database, "application") == 4


def test_the_store_and_the_writing_judge_by_the_same_rule(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """An application in the store counts as the row's when its day applied is the same, or
    either has none; one added while the question waited is judged so too."""
    db = Database(opened_paths.database)
    applied = ApplicationInput(
        company="Initech", role="Designer", stage=Stage.APPLIED, date_applied=FIXED_TODAY
    )
    add_application(db, applied)
    db.dispose()
    plan = planned(
        tmp_path,
        "Company,Role,Date Applied\n"
        f"Initech,Designer,{FIXED_TODAY.isoformat()}\n"  # the one in the store
        "Initech,Designer,2025-06-02\n"  # an earlier application: new
        "Umbrella,Tester,2026-01-05\n"
        "Hooli,Writer,2026-01-07\n",
        name="again.csv",
        store=opened_paths.database,
    )
    assert [r.line for r in plan.rows] == [3, 4, 5]
    assert [d.line for d in plan.duplicates] == [2]
    db = Database(opened_paths.database)
    # Meanwhile, in another window: Umbrella on another day, and Hooli on the row's own day.
    add_application(
        db, ApplicationInput(company="Umbrella", role="Tester", date_applied=FIXED_TODAY)
    )
    add_application(
        db, ApplicationInput(company="Hooli", role="Writer", date_applied=date(2026, 1, 7))
    )
    assert write_csv_plan(db, plan) == 2
    db.dispose()
    assert [p.line for p in plan.meanwhile] == [5]


def test_every_skipped_row_can_be_seen_with_all(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(tmp_path, "Company,Role\n" + "Acme,Engineer\n" * 26, "many.csv")
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "  line 22: Acme (Engineer) has" in out and "line 23:" not in out
    assert "  ... and 5 more (--all lists every one).\n" in out
    assert main(["import", str(path), "--dry-run", "--all"]) == 0
    out = capsys.readouterr().out
    listed = [line for line in out.splitlines() if line.startswith("  line ")]
    assert len(listed) == 25 and listed[-1].startswith("  line 27: Acme (Engineer) has")
    assert "more (--all" not in out
