"""A no recorded days after it came: its plan counts from the no's own day, as the
template's days say. The twenty-fifth round left Recovery's `n` dated yesterday scheduling
its steps from today (docs/testing.md, "Left alone"): "Let yourself feel it for a while"
was due today, a day after the day it was written for.

A step whose day has passed is due at once, said as a step due for a while is ("was due 4
Mar" on Today, "since 15 Mar" in the plan), never dropped; a feedback request is not
flagged as late the moment its no is written down (two days after, as after its own day).
Every way a plan is made (`x`, Recovery's `n`, a CSV import, the demo) schedules it through
one function, domain/recovery.step_row (the CSV import: tests/test_csv_rejections.py)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from bounceback_tui.domain.applications import RejectionInput, validate_application
from bounceback_tui.domain.due import DueItem, DueKind
from bounceback_tui.domain.due_said import describe_due
from bounceback_tui.domain.recovery_forms import RejectionInput as NoInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.recovery import add_rejection
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, fill, settle

YESTERDAY = FIXED_TODAY - timedelta(days=1)  # Sunday 15 March 2026


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


def _due(db: Database, kind: DueKind, rejection_id: int, today: date = FIXED_TODAY) -> DueItem:
    summary = load_today(db.path, today)
    (item,) = [i for i in summary.due if i.kind is kind and i.item_id == rejection_id]
    return item


def test_a_no_added_in_recovery_dated_yesterday_counts_from_yesterday(db: Database) -> None:
    late = add_rejection(db, NoInput("Acme", "Engineer", YESTERDAY, "interviewing"))
    on_its_day = add_rejection(db, NoInput("Globex", "Engineer", FIXED_TODAY, "interviewing"))
    # The template's days, not moved on by the day between the no and its recording.
    assert _offsets(db, late.id)[:2] == [0, 1]
    assert _offsets(db, late.id) == _offsets(db, on_its_day.id)
    item = _due(db, DueKind.RECOVERY_STEP, late.id)
    # Its steps of day 1 are due today; the comfort step of day 0 is offered, not late, so the
    # line names the first other step (tests/test_care_steps_not_late.py).
    assert item.title.startswith("Acme (Engineer): Keep the bridge intact")
    assert item.due_on == FIXED_TODAY
    assert not item.flagged
    assert describe_due(item, FIXED_TODAY) == "today"


def test_a_no_marked_twelve_days_late_counts_from_its_day(db: Database) -> None:
    twelve_days_ago = FIXED_TODAY - timedelta(days=12)  # Wednesday 4 March
    late = moves.mark_rejected(
        db, _add(db, "Acme"), RejectionInput(twelve_days_ago, Stage.INTERVIEWING)
    )
    on_its_day = moves.mark_rejected(
        db, _add(db, "Globex"), RejectionInput(FIXED_TODAY, Stage.INTERVIEWING)
    )
    assert _offsets(db, late.rejection_id)[0] == 0
    assert _offsets(db, late.rejection_id) == _offsets(db, on_its_day.rejection_id)
    step = _due(db, DueKind.RECOVERY_STEP, late.rejection_id)
    # The first step due other than a comfort step (offered, never late): day 1, 5 March.
    assert step.due_on == twelve_days_ago + timedelta(days=1) and not step.flagged
    assert describe_due(step, FIXED_TODAY) == "was due 5 Mar"
    # Asking for feedback was for day 3 (7 March): late since, not flagged at once.
    ask = _due(db, DueKind.FEEDBACK_REQUEST, late.rejection_id)
    assert ask.due_on == date(2026, 3, 7) and not ask.flagged
    assert describe_due(ask, FIXED_TODAY) == "was due 7 Mar"
    # Two days after it was recorded, still not asked: flagged, as after its own day.
    later = FIXED_TODAY + timedelta(days=2)
    ask = _due(db, DueKind.FEEDBACK_REQUEST, late.rejection_id, later)
    assert ask.flagged
    assert describe_due(ask, later) == "was due 7 Mar"


def test_a_feedback_request_is_flagged_two_days_after_its_no_was_recorded() -> None:
    from bounceback_tui.domain.step_timing import feedback_flag_on, is_feedback_flagged

    four_march = date(2026, 3, 4)  # its request for day 3, 7 March
    # Recorded on its day: flagged from 9 March. Recorded on 16 March: from 18 March.
    assert feedback_flag_on(four_march, 3) == date(2026, 3, 9)
    assert feedback_flag_on(four_march, 3, four_march) == date(2026, 3, 9)
    assert feedback_flag_on(four_march, 3, FIXED_TODAY) == date(2026, 3, 18)

    def flagged(today: date) -> bool:
        return is_feedback_flagged(
            "feedback",
            four_march,
            3,
            asked_on=None,
            done=False,
            today=today,
            recorded_on=FIXED_TODAY,
        )

    assert [flagged(date(2026, 3, day)) for day in (16, 17, 18)] == [False, False, True]


def test_a_no_old_enough_to_rest_keeps_its_days(db: Database) -> None:
    view = add_rejection(db, NoInput("Acme", "Engineer", rejected_on=FIXED_TODAY - timedelta(40)))
    assert _offsets(db, view.id)[0] == 0


async def test_n_dated_yesterday_shows_the_first_step_since_yesterday(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, company="Acme", role="Engineer", rejected_on="2026-03-15")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        lines = [str(option.prompt) for option in pane.step_list.options]
        assert "[ ] Let yourself feel it for a while · since 15 Mar" in lines
        # Day 1 of a no on paper (no stage given) is today, not tomorrow.
        assert "[ ] Talk it through with someone close · today" in lines
        assert focus_problem(app) is None


async def test_n_twelve_days_back_says_since_when_not_not_asked_yet(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        await pilot.press("n")
        await settle(pilot)
        await fill(pilot, company="Acme", role="Engineer", rejected_on="2026-03-04")
        await pilot.press("enter")
        await settle(pilot)
        lines = [str(option.prompt) for option in pane.step_list.options]
        assert "[ ] Let yourself feel it for a while · since 4 Mar" in lines
        # Its day (7 March) has passed, but the no was written down only today.
        assert "[ ] Ask the recruiter or hiring manager for feedback · since 7 Mar" in lines
        assert focus_problem(app) is None
