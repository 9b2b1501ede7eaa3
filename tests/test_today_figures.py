"""Every Today figure on the hand-built store in today_fixtures.py (worked out on paper)."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.due import DueKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import TodaySummary, load_today
from tests.conftest import FIXED_TODAY
from tests.today_fixtures import build_store


@pytest.fixture
def summary(opened_paths: DataPaths) -> TodaySummary:
    build_store(opened_paths.database)
    return load_today(opened_paths.database, FIXED_TODAY)


def test_bounce_back_times(summary: TodaySummary) -> None:
    # Sierra (03-14) -> Kilo sent 03-16: 2 days, the latest.
    assert summary.bounce_back_days_latest == 2
    # In the last 90 days: Alpha 01-20 -> Bravo 01-23 (3), Charlie 02-20 -> Echo 03-02 (10:
    # its own application excluded, and Delta, dated 02-20 too, was entered at the same
    # moment as the no (every row here is entered at NOW), not after it), Romeo 03-05 ->
    # Foxtrot 03-09 (4), Sierra (2). Oldco (2025-12-01) is outside the window.
    # Median of 2, 3, 4, 10 is 3.5.
    assert summary.bounce_back_days_median_90d == 3.5
    assert summary.bounce_back_open_days is None


def test_since_the_last_rejection(summary: TodaySummary) -> None:
    assert summary.days_since_last_rejection == 2
    assert summary.applications_since_last_rejection == 1  # Kilo


def test_weekly_goal(summary: TodaySummary) -> None:
    assert summary.weekly_goal == 5
    assert summary.applications_this_week == 1  # Kilo, Monday 03-16
    # This week is not over and not yet at 5; last week (03-09..03-15) had 5; the one before, 1.
    assert summary.weeks_goal_met == 1


def test_plans(summary: TodaySummary) -> None:
    assert (summary.plans_finished, summary.plans_open, summary.plans_resting) == (2, 2, 1)
    assert summary.plan_days_median == 13  # 12 and 14 days


def test_intensity_drop_last_30_days(summary: TodaySummary) -> None:
    # Records on 03-10 (drops 30 and 30) and 03-15 (40); the 02-01 one is too old,
    # the draft is not re-rated.
    assert summary.intensity_drop_30d == 35


def test_active_streak_counts_up_to_yesterday_until_today_has_an_action(
    summary: TodaySummary,
) -> None:
    # 03-11, 03-13, 03-14, 03-15: 03-12 was a day of rest, which keeps the run
    assert summary.streak_days == 4


def test_check_in_and_moods(summary: TodaySummary) -> None:
    assert summary.check_in == (4, "Good start")
    assert summary.moods == [2, 4]


def test_trend_series(summary: TodaySummary) -> None:
    # 12 weeks ending with this one (from Monday 2025-12-29).
    assert len(summary.applications_per_week) == 12
    assert summary.applications_per_week[-1] == 1
    assert summary.applications_per_week[-2] == 5
    assert summary.applications_per_week[-3] == 1  # Echo, 03-02
    assert sum(summary.applications_per_week) == 11  # every sent application since 12-29
    # Rejections: Alpha (week of 01-19), Charlie (02-16), Romeo (03-02), Sierra (03-09).
    assert summary.rejections_per_week[-2] == 1 and summary.rejections_per_week[-3] == 1
    assert sum(summary.rejections_per_week) == 4
    # Completed records, oldest first: 02-01 (10), 03-10 (30), 03-15 (40).
    assert summary.intensity_drops == [10, 30, 40]


def test_due_items_in_order(summary: TodaySummary) -> None:
    due = [(item.kind, item.title, item.due_on, item.flagged) for item in summary.due]
    assert due == [
        # Overdue first, oldest first.
        (DueKind.FEEDBACK_REQUEST, "Ask Romeo (Engineer) for feedback", date(2026, 3, 8), True),
        (DueKind.FOLLOW_UP, "Follow up with Echo (Engineer)", date(2026, 3, 13), True),
        # Then what is due, oldest first: one line per open plan.
        (DueKind.RECOVERY_STEP, "Romeo (Engineer): Feel it (+3 more)", date(2026, 3, 5), False),
        (
            DueKind.RECOVERY_STEP,
            "Sierra (Engineer): Talk it through (+1 more)",
            date(2026, 3, 15),
            False,
        ),
        (DueKind.FOLLOW_UP, "Follow up with Foxtrot (Engineer)", date(2026, 3, 16), False),
        # Clean-up suggestions: Bravo sat in Applied since 01-23; Delta said "not yet" on 03-01.
        (DueKind.GHOSTED, "No word from Bravo (Engineer): ghosted?", date(2026, 1, 23), False),
        # Ongoing work.
        (
            DueKind.THOUGHT_DRAFT,
            "Unfinished thought record: \u201cNobody wants me\u201d",
            date(2026, 3, 12),
            False,
        ),
        # Skills in progress in the backlog's order: System design (priority 1), then
        # Storytelling (3), not the alphabet's.
        (DueKind.SKILL_IN_PROGRESS, "Working on: System design", None, False),
        (DueKind.SKILL_IN_PROGRESS, "Working on: Storytelling", None, False),
    ]
    assert summary.due_total == 9


def test_due_items_point_at_their_records(summary: TodaySummary) -> None:
    feedback, follow_up, romeo_plan, sierra_plan = summary.due[:4]
    assert (feedback.item_id, feedback.step_id) == (4, 43)
    assert follow_up.item_id == 5
    assert (romeo_plan.item_id, romeo_plan.step_id) == (4, 40)
    assert (sierra_plan.item_id, sierra_plan.step_id) == (3, 31)


def test_next_step_is_the_overdue_feedback_request(summary: TodaySummary) -> None:
    # Sierra is recent but its plan was started; Romeo's feedback request is 8 days late.
    step = summary.next_step
    assert step.title == "Ask Romeo (Engineer) for feedback"
    assert (step.pane, step.item_id, step.step_id) == ("recovery", 4, 43)
    assert "It was due 8 Mar" in step.reason


def test_json_has_the_documented_keys(summary: TodaySummary) -> None:
    data = summary.as_json()
    for key in (
        "date",
        "due",
        "next_step",
        "bounce_back_days_latest",
        "bounce_back_days_median_90d",
        "days_since_last_rejection",
        "applications_this_week",
        "weekly_goal",
        "streak_days",
    ):
        assert key in data
    assert data["date"] == "2026-03-16"
    assert data["due"][0] == {
        "kind": "feedback_request",
        "title": "Ask Romeo (Engineer) for feedback",
        "due_on": "2026-03-08",
        "flagged": True,
    }


def test_empty_store(opened_paths: DataPaths) -> None:
    empty = load_today(opened_paths.database, FIXED_TODAY)
    assert empty.is_empty_store
    assert empty.due == [] and empty.due_total == 0
    assert empty.bounce_back_days_latest is None
    assert empty.bounce_back_days_median_90d is None
    assert empty.days_since_last_rejection is None
    assert empty.streak_days == 0
    assert empty.next_step.title == "Add your first application"


def test_a_setting_edited_by_hand_into_nonsense_falls_back_to_its_default(db) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from bounceback_tui.services.today import load_today
    from tests.conftest import FIXED_TODAY

    with sqlite3.connect(db.path) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('weekly_goal', '\"lots\"')")
        conn.execute("INSERT INTO setting (key, value) VALUES ('ghost_after_days', 'true')")
    summary = load_today(db.path, FIXED_TODAY)
    assert summary.weekly_goal == 5
