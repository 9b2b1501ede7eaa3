"""The standard-library read path agrees with what the ORM wrote."""

from __future__ import annotations

from datetime import date, timedelta

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.recovery import insert_rejection
from bounceback_tui.services.today import build_today, week_start
from bounceback_tui.store.database import Database
from bounceback_tui.store.fastread import FastReader
from tests.conftest import FIXED_TODAY


def test_week_starts_on_monday() -> None:
    assert week_start(date(2026, 3, 19)) == date(2026, 3, 16)
    assert week_start(date(2026, 3, 16)) == date(2026, 3, 16)
    assert week_start(date(2026, 3, 15)) == date(2026, 3, 9)


def test_today_summary_on_hand_built_store(db: Database) -> None:
    t = FIXED_TODAY  # Monday 2026-03-16
    add_application(db, ApplicationInput("A", "r", date_applied=t))
    add_application(db, ApplicationInput("B", "r", date_applied=t - timedelta(days=1)))  # Sunday
    add_application(
        db,
        ApplicationInput(
            "C",
            "r",
            stage=Stage.INTERVIEWING,
            date_applied=t - timedelta(days=10),
            next_follow_up=t - timedelta(days=2),
        ),
    )
    add_application(
        db, ApplicationInput("D", "r", stage=Stage.SAVED, next_follow_up=t + timedelta(days=3))
    )
    with db.write() as session:
        insert_rejection(
            session,
            company="E",
            role="r",
            rejected_on=t - timedelta(days=4),
            stage_reached="applied",
        )
    with FastReader(db.path) as reader:
        summary = build_today(reader, t)
    assert summary.application_count == 4
    assert summary.applications_this_week == 1  # only A: Sunday belongs to last week
    assert summary.days_since_last_rejection == 4
    assert summary.applications_since_last_rejection == 2  # A and B, applied after the 12th
    assert [f.company for f in summary.follow_ups] == ["C"]
    # Day-0 step "let yourself feel it" (offset 0) and the day-1/day-2 steps are due by day 4.
    due_titles = [s.title for s in summary.recovery_steps]
    assert "Let yourself feel it for a while" in due_titles
    assert all(s.due_on <= t for s in summary.recovery_steps)
    assert summary.weekly_goal == 5
