"""A CSV import's Rejected rows: each is recorded as a rejection with its plan, as marking the
application rejected would, on the day the file gives (transfer/csv_rejections.py).

Before, the import added them to the Pipeline as Rejected and nothing else: after importing a
tracker with two noes, Today said "no rejections yet" and Recovery had no plan to offer.
The clock is frozen at Monday 2026-03-16 (tests/conftest.py).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.recovery_forms import RejectionInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.recovery import add_rejection
from bounceback_tui.store.database import Database
from tests.csv_sheets import planned, written_sheet
from tests.transfer_fixtures import count

TRACKER = (
    "Company,Position,Status,Date Applied,Rejected on\n"
    "Acme,Engineer,Rejected,2026-03-02,2026-03-12\n"  # a recent no, on its own day
    "Globex,Developer,Not selected,2026-01-05,\n"  # an old one, dated by when it was sent
    "Initech,QA,Rejected,,\n"  # no date at all: a row to fix
    "Umbrella,Ops,Applied,2026-03-10,2026-03-11\n"  # not rejected: the date says nothing
    "Hooli,SRE,Rejected,2026-03-10,2026-03-09\n"  # a no before it was sent: refused
    "Vandelay,PM,Rejected,2026-03-10,2026-04-01\n"  # a no in the future: refused
)


def _rejections(paths: DataPaths) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(
            "SELECT r.company, r.rejected_on, a.company, a.stage FROM rejection r "
            "JOIN application a ON a.id = r.application_id ORDER BY r.rejected_on"
        ).fetchall()


def _steps(paths: DataPaths, company: str, column: str) -> list[Any]:
    """``column`` of each step of ``company``'s plan, in order."""
    with sqlite3.connect(paths.database) as conn:
        return [
            row[0]
            for row in conn.execute(
                f"SELECT s.{column} FROM recovery_step s JOIN rejection r "
                "ON r.id = s.rejection_id WHERE r.company = ? ORDER BY s.position",
                (company,),
            )
        ]


def _step_titles(paths: DataPaths, company: str) -> list[str]:
    return _steps(paths, company, "title")


def test_rejected_rows_get_their_rejection_and_plan_on_their_day(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(tmp_path, TRACKER, "tracker.csv")
    assert main(["import", str(source), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Rejected on   ->  Rejected on" in out
    assert "3 new applications to add, 0 duplicates to skip, 3 rows that cannot be read." in out
    assert (
        "line 4: a Rejected row needs a date: its Date applied, or a Rejected on column with "
        "the day the no came" in out
    )
    assert "line 6: Rejected on: 2026-03-09 is before the date applied (2026-03-10)" in out
    assert "line 7: The day of the no cannot be in the future" in out
    assert (
        "2 Rejected rows get their rejection and recovery plan; 1 is recent enough to show on "
        "Today, the older 1 rests in Recovery." in out
    )
    assert (
        "  1 of them has no Rejected on, so the date applied stands for the day of the no: add "
        "a Rejected on column (or --map one) to give the real day." in out
    )
    assert _rejections(opened_paths) == [
        ("Globex", "2026-01-05", "Globex", "rejected"),
        ("Acme", "2026-03-12", "Acme", "rejected"),
    ]
    assert count(opened_paths.database, "application") == 3
    # Every application in Rejected has its rejection (tests/store_rules.py).
    from tests.store_rules import store_problems

    assert store_problems(opened_paths.database) == []
    # The same plan as a no recorded by hand at the stage the import gives a row that names
    # none (Applied: the plan for a no on paper).
    db = Database(opened_paths.database)
    add_rejection(
        db,
        RejectionInput("By hand", "Role", rejected_on=date(2026, 3, 16), stage_reached="applied"),
    )
    db.dispose()
    by_hand = _step_titles(opened_paths, "By hand")
    assert by_hand and _step_titles(opened_paths, "Acme") == by_hand
    assert _step_titles(opened_paths, "Globex") == by_hand
    # The timeline says Rejected on the day of the no.
    with sqlite3.connect(opened_paths.database) as conn:
        changed = conn.execute(
            "SELECT c.changed_on FROM stage_change c JOIN application a "
            "ON a.id = c.application_id WHERE a.company = 'Acme' AND c.to_stage = 'rejected'"
        ).fetchall()
    assert changed == [("2026-03-12",)]


def test_today_counts_the_imported_noes(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(
        tmp_path,
        "Company,Position,Status,Date Applied,Rejected on\n"
        "Acme,Engineer,Rejected,2026-03-02,2026-03-12\n"
        "Globex,Developer,Applied,2026-03-14,\n",
        "tracker.csv",
    )
    assert main(["import", str(source), "--yes"]) == 0
    capsys.readouterr()
    assert main(["today", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    # The no on Thursday 12 March, four days before Monday 16; one application sent after it
    # (on the 14th), two days later.
    assert facts["days_since_last_rejection"] == 4
    assert facts["applications_since_last_rejection"] == 1
    assert facts["bounce_back_days_latest"] == 2
    assert facts["plans_open"] == 1


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (
            ["2026-03-12"],
            "1 Rejected row gets its rejection and recovery plan, shown on Today.",
        ),
        (
            ["2026-01-05"],
            "1 Rejected row gets its rejection and recovery plan; it is over 30 days old, so "
            "its plan rests in Recovery rather than showing on Today.",
        ),
        (
            ["2026-01-05", "2026-02-01", "2026-03-10"],
            "3 Rejected rows get their rejection and recovery plan; 1 is recent enough to show "
            "on Today, the older 2 rest in Recovery.",
        ),
    ],
)
def test_the_plan_says_where_the_imported_plans_will_show(
    opened_paths: DataPaths, tmp_path: Path, days: list[str], said: str
) -> None:
    from bounceback_tui.transfer.csv_import import plan_csv_import

    source = tmp_path / "tracker.csv"
    rows = [f"Co {n},Role,Rejected,{day}" for n, day in enumerate(days)]
    source.write_text("Company,Role,Status,Date applied\n" + "\n".join(rows) + "\n")
    plan = plan_csv_import(source, None, today=date(2026, 3, 16))
    assert said in plan.describe()


def test_imported_noes_count_their_plans_from_the_day_of_the_no(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A no from 11 days ago, imported: its plan counts from that day, as `x` and `n` count
    theirs (the one function, domain/recovery.step_row); its steps whose day has passed are
    due now, said gently, and its feedback request is not flagged on the day of the import.
    (The fourteenth round had moved such a plan to start on the day of the import; the
    twenty-sixth counts every plan from its no's day.)"""
    source = written_sheet(
        tmp_path,
        "Company,Position,Status,Date Applied,Rejected on\n"
        "Acme,Engineer,Rejected,2026-03-02,2026-03-05\n"
        "Globex,Developer,Rejected,2026-01-02,2026-01-05\n",  # resting: off Today
        "tracker.csv",
    )
    assert main(["import", str(source), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "starts today" not in out
    # Both plans have the template's days (0 for the first steps), whatever the no's age.
    assert _offsets(opened_paths, "Acme")[:2] == [0, 1]
    assert _offsets(opened_paths, "Acme") == _offsets(opened_paths, "Globex")
    db = Database(opened_paths.database)
    try:
        recorded = add_rejection(db, RejectionInput("Initech", "QA", date(2026, 3, 5), "applied"))
        # `n` with the same day and stage makes the same plan as the import.
        with sqlite3.connect(opened_paths.database) as conn:
            by_n = [
                row[0]
                for row in conn.execute(
                    "SELECT offset_days FROM recovery_step WHERE rejection_id = ? "
                    "ORDER BY position",
                    (recorded.id,),
                )
            ]
        assert by_n == _offsets(opened_paths, "Acme")
    finally:
        db.dispose()
    assert main(["today"]) == 0
    today = capsys.readouterr().out
    # The first step not a comfort step, on its day counted from the no's (5 March, one day on).
    assert "Acme (Engineer): Keep the bridge intact: send a gracious reply (+" in today
    assert "(was due 6 Mar)" in today  # the day it was for (tests/test_plan_steps_was_due.py)
    assert "Ask Acme (Engineer) for feedback (was due 8 Mar)" in today
    assert "overdue" not in today


def _offsets(paths: DataPaths, company: str) -> list[int]:
    return _steps(paths, company, "offset_days")


def test_a_rejected_on_day_beside_another_status_is_said_to_be_unused(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """A row with a Rejected on day but a blank or Applied status imported as Applied and the
    day went without a word (a stranger's walk, fifteenth round)."""
    plan = planned(
        tmp_path,
        "Company,Role,Status,Date Applied,Rejected on\n"
        "Blank,Role,,2026-03-01,2026-03-10\n"
        "Applied,Role,Applied,2026-03-01,2026-03-10\n"
        "Said,Role,Rejected,2026-03-01,2026-03-10\n"
        "NoDay,Role,Applied,2026-03-01,\n",
        today=date(2026, 3, 16),
        name="tracker.csv",
    )
    assert plan.unused_rejected_on == [2, 3]
    assert (
        "2 rows have a Rejected on day beside another status (lines 2, 3): the day is not used. "
        "Only a row whose status says Rejected is recorded as a no." in plan.describe()
    )
