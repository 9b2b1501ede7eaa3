"""A no recorded days after it came starts its plan on the day it is recorded (a stranger's
walk, fifteenth round): `x` with "Heard on" twelve days back said "A recovery plan is ready
in Recovery, starting with today", and Today then listed "Let yourself feel it for a while
(+13 more) (due 12 days ago)" and "Ask for feedback (overdue 9 days)". Recovery's `n` with a
past day did the same. A CSV import's noes already started on the day of the import."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from bounceback_tui.domain.applications import RejectionInput, validate_application
from bounceback_tui.domain.recovery_forms import RejectionInput as NoInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.recovery import add_rejection
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY


def _offsets(db: Database, rejection_id: int) -> list[int]:
    with sqlite3.connect(db.path) as conn:
        return [
            row[0]
            for row in conn.execute(
                "SELECT offset_days FROM recovery_step WHERE rejection_id = ? ORDER BY position",
                (rejection_id,),
            )
        ]


def _add(db: Database, company: str) -> int:
    values = {"company": company, "role": "Engineer", "date_applied": "2026-02-20"}
    return (
        application_service.add_application(db, validate_application(values, FIXED_TODAY)).id or 0
    )


def _nothing_overdue(db: Database) -> None:
    summary = load_today(db.path, FIXED_TODAY)
    assert summary.due, "the plans' first steps are due today"
    assert all(item.due_on is None or item.due_on >= FIXED_TODAY for item in summary.due)
    assert not any(item.flagged for item in summary.due)


def test_a_no_marked_twelve_days_late_starts_its_plan_today(db: Database) -> None:
    on_its_day = moves.mark_rejected(
        db, _add(db, "Globex"), RejectionInput(FIXED_TODAY, Stage.APPLIED)
    )
    late = moves.mark_rejected(
        db, _add(db, "Acme"), RejectionInput(FIXED_TODAY - timedelta(days=12), Stage.APPLIED)
    )
    template = _offsets(db, on_its_day.rejection_id)
    assert template[0] == 0
    assert _offsets(db, late.rejection_id) == [offset + 12 for offset in template]
    _nothing_overdue(db)


def test_a_no_added_in_recovery_with_a_past_day_starts_its_plan_today(db: Database) -> None:
    view = add_rejection(db, NoInput("Acme", "Engineer", rejected_on=FIXED_TODAY - timedelta(20)))
    assert _offsets(db, view.id)[0] == 20
    _nothing_overdue(db)


def test_a_no_old_enough_to_rest_keeps_its_days(db: Database) -> None:
    view = add_rejection(db, NoInput("Acme", "Engineer", rejected_on=FIXED_TODAY - timedelta(40)))
    assert _offsets(db, view.id)[0] == 0
