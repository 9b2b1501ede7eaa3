"""The pure rules behind Today: streaks, goal runs, series, ordering, the next step."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bounceback_tui.domain.due import (
    NO_FOLLOW_UP_STAGES,
    DueItem,
    DueKind,
    active_since,
    draft_item,
    feedback_item,
    follow_up_item,
    ghosted_item,
    order_due,
    skill_item,
)
from bounceback_tui.domain.due_plans import recovery_step_item
from bounceback_tui.domain.due_said import describe_due
from bounceback_tui.domain.metrics import (
    active_day_streak,
    bounce_back_days,
    median,
    weekly_series,
    weeks_goal_met_in_a_row,
)
from bounceback_tui.domain.next_step import FreshRejection, StepFacts, StuckPlan, choose_next_step
from bounceback_tui.ui.today.trends import column

MONDAY = date(2026, 3, 16)


def d(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


def test_median_and_bounce_back() -> None:
    assert median([]) is None
    assert median([5, 1, 3]) == 3
    assert median([4, 1]) == 2.5
    assert bounce_back_days(date(2026, 3, 1), date(2026, 3, 4)) == 3
    assert bounce_back_days(date(2026, 3, 1), None) is None


def test_streak() -> None:
    assert active_day_streak([], MONDAY) == 0
    assert active_day_streak([d(0), d(-1), d(-2), d(-4)], MONDAY) == 4  # a day of rest
    assert active_day_streak([d(0), d(-1), d(-2), d(-6)], MONDAY) == 3
    # Today not active yet: yesterday's run still stands.
    assert active_day_streak([d(-1), d(-2)], MONDAY) == 2
    # Two days of rest keep it (a weekend off); three days without action end it.
    assert active_day_streak([d(-3), d(-4)], MONDAY) == 2
    assert active_day_streak([d(-4), d(-5)], MONDAY) == 0


def test_weeks_goal_met_in_a_row() -> None:
    weeks = {d(0): 2, d(-7): 5, d(-14): 6, d(-21): 4, d(-28): 9}
    assert weeks_goal_met_in_a_row(weeks, 5, MONDAY) == 2  # this week not over, 2 before it
    weeks[d(0)] = 5
    assert weeks_goal_met_in_a_row(weeks, 5, d(2)) == 3  # this week already met: it counts
    assert weeks_goal_met_in_a_row({}, 5, MONDAY) == 0
    assert weeks_goal_met_in_a_row(weeks, 0, MONDAY) == 0


def test_weekly_series_is_oldest_first_with_gaps_as_zero() -> None:
    assert weekly_series({d(0): 3, d(-14): 1}, d(3), weeks=4) == [0, 1, 0, 3]


def test_bar_column_scales_to_the_peak() -> None:
    assert column(8, 8, 2) == ["█", "█"]
    assert column(4, 8, 2) == [" ", "█"]
    assert column(1, 100, 2) == [" ", "▁"]  # small but visible
    assert column(0, 8, 2) == [" ", " "]


def item(kind: DueKind, due: date | None, title: str = "x", flagged: bool = False) -> DueItem:
    return DueItem(kind, title, due, 1, flagged=flagged)


def test_ordering_puts_overdue_first_and_ongoing_last() -> None:
    items = [
        item(DueKind.SKILL_IN_PROGRESS, None, "skill"),
        item(DueKind.GHOSTED, d(-60), "ghost"),
        item(DueKind.RECOVERY_STEP, d(-1), "step"),
        item(DueKind.FOLLOW_UP, d(0), "today"),
        item(DueKind.FOLLOW_UP, d(-3), "late", flagged=True),
        item(DueKind.THOUGHT_DRAFT, d(-2), "draft"),
    ]
    assert [i.title for i in order_due(items)] == [
        "late",
        "step",
        "today",
        "ghost",
        "draft",
        "skill",
    ]


@pytest.mark.parametrize(
    ("due_item", "words"),
    [
        (item(DueKind.FOLLOW_UP, d(0)), "today"),
        # Late said one way, flagged or not (it read "overdue 3 days" and "due 2 days ago").
        (item(DueKind.FOLLOW_UP, d(-3), flagged=True), "3 days late"),
        # A plan's step the day it was for, never how late (tests/test_plan_steps_was_due.py).
        (item(DueKind.RECOVERY_STEP, d(-2)), "was due 14 Mar"),
        (item(DueKind.RECOVERY_STEP, d(-1)), "was due 15 Mar"),
        (item(DueKind.SKILL_TARGET, d(-150)), "5 months late"),
        (item(DueKind.GHOSTED, d(-40)), "sent 40 days ago"),
        (item(DueKind.THOUGHT_DRAFT, d(-1)), "left yesterday"),
        (item(DueKind.SKILL_IN_PROGRESS, None), "in progress"),
    ],
)
def test_describe_due(due_item: DueItem, words: str) -> None:
    assert describe_due(due_item, MONDAY) == words


def facts(**kw: object) -> StepFacts:
    base: dict[str, object] = {
        "today": MONDAY,
        "has_data": True,
        "last_application_on": d(-1),
        "applications_this_week": 5,
        "weekly_goal": 5,
    }
    base.update(kw)
    return StepFacts(**base)  # type: ignore[arg-type]


def test_rule_empty_store() -> None:
    step = choose_next_step(StepFacts(today=MONDAY, has_data=False))
    assert (step.title, step.pane, step.action) == ("Add your first application", "pipeline", "add")


def test_rule_fresh_rejection_comes_first() -> None:
    step = choose_next_step(
        facts(
            fresh_untouched=FreshRejection(7, "Acme", d(-2)),
            last_application_on=d(-30),
            flagged_feedback=item(DueKind.FEEDBACK_REQUEST, d(-9), "Ask B", flagged=True),
        )
    )
    assert step.title == "Start your recovery plan for Acme"
    assert (step.pane, step.item_id) == ("recovery", 7)
    assert "2 days ago" in step.reason


def test_rule_stuck_plan_names_its_next_step() -> None:
    stuck = StuckPlan(3, "Acme", d(-6), 31, "Talk it through with someone close")
    step = choose_next_step(facts(stuck_plan=stuck, last_application_on=d(-20)))
    assert step.title == "Talk it through with someone close"
    assert (step.item_id, step.step_id) == (3, 31)
    assert "since 10 Mar" in step.reason


def test_rule_quiet_week_suggests_an_application() -> None:
    step = choose_next_step(facts(last_application_on=d(-7)))
    assert step.title == "Send one application"
    assert "7 days ago" in step.reason
    never = choose_next_step(facts(last_application_on=None))
    assert never.title == "Send one application"


def test_rule_overdue_follow_up_then_draft_then_goal() -> None:
    follow = item(DueKind.FOLLOW_UP, d(-2), "Follow up with Acme (Dev)", flagged=True)
    draft = item(DueKind.THOUGHT_DRAFT, d(-1), "draft")
    assert choose_next_step(facts(overdue_follow_up=follow, thought_draft=draft)).title == (
        "Follow up with Acme (Dev)"
    )
    assert choose_next_step(facts(thought_draft=draft)).title == "Finish your thought record"
    step = choose_next_step(facts(applications_this_week=3))
    assert step.title == "Send 2 more applications this week"
    assert "3 of your weekly goal of 5" in step.reason


def test_the_weekly_goal_asks_at_most_one_a_day_for_the_days_the_week_has_left() -> None:
    """A new user's walk, on a Sunday before any no: "Send 4 more applications this week",
    on the week's last day. The week runs Monday to Sunday (docs/metrics.md)."""
    sunday, saturday, friday = d(6), d(5), d(4)

    def facts_on(day: date, sent: int) -> StepFacts:  # the last one sent on Friday
        return facts(today=day, applications_this_week=sent, last_application_on=friday)

    step = choose_next_step(facts_on(sunday, 1))
    assert (step.title, step.pane, step.action) == ("Send one application today", "pipeline", "add")
    assert step.reason == (
        "You are at 1 of your weekly goal of 5, and a new week starts tomorrow: one good one "
        "today is plenty, and a rest is fine too."
    )
    # Saturday, four to go and two days left: one today.
    step = choose_next_step(facts_on(saturday, 1))
    assert step.title == "Send one application today"
    assert step.reason == (
        "You are at 1 of your weekly goal of 5, with 2 days of the week left: one a day is plenty."
    )
    # As many to go as days left, or fewer: the count, as on any day.
    assert choose_next_step(facts_on(friday, 2)).title == ("Send 3 more applications this week")
    step = choose_next_step(facts_on(sunday, 4))
    assert (step.title, step.reason) == (
        "Send 1 more application this week",
        "You are at 4 of your weekly goal of 5.",
    )


def test_rule_all_done() -> None:
    skill = item(DueKind.SKILL_IN_PROGRESS, None, "System design")
    assert choose_next_step(facts(skill_in_progress=skill)).title == (
        "Spend half an hour on System design"
    )
    assert choose_next_step(facts()).pane == "today"


# -- a store row, worded as a due item (the store reads the rows: store/fastread.py) --------


def test_a_follow_up_is_flagged_only_once_its_day_has_passed() -> None:
    today = d(0)
    on_the_day = follow_up_item(4, "Acme", "Data analyst", today, today)
    late = follow_up_item(4, "Acme", "Data analyst", d(-1), today)
    assert on_the_day == DueItem(
        DueKind.FOLLOW_UP,
        "Follow up with Acme (Data analyst)",
        today,
        4,
        # For a narrow line: "Follow up with" goes first, then the name is cut part by part.
        shorter=("Acme (Data analyst)",),
        name="Acme (Data analyst)",
        parts=("Acme", "Data analyst"),
    )
    assert not on_the_day.flagged and late.flagged


def test_a_plan_stands_for_all_its_due_steps_with_its_earliest() -> None:
    one = recovery_step_item(7, "Acme", d(-10), 1, 3, 70, "Take a breath")
    three = recovery_step_item(7, "Acme", d(-10), 3, 3, 70, "Take a breath")
    assert one.title == "Acme: Take a breath"
    assert three.title == "Acme: Take a breath (+2 more)"
    assert (three.due_on, three.item_id, three.step_id) == (d(-7), 7, 70)


def test_an_unsent_feedback_request_is_flagged_two_days_after_its_day() -> None:
    # Suggested on day 3 after the rejection: due from then, flagged from day 5 to day 30.
    rejected = d(-20)
    assert not feedback_item(9, 7, "Acme", d(-4), 3, today=d(0)).flagged  # day 4
    assert feedback_item(9, 7, "Acme", d(-5), 3, today=d(0)).flagged  # day 5
    assert feedback_item(9, 7, "Acme", rejected, 3, today=d(0)).flagged
    assert not feedback_item(9, 7, "Acme", d(-31), 3, today=d(0)).flagged  # day 31
    item = feedback_item(9, 7, "Acme", rejected, 3, today=d(0))
    assert (item.title, item.due_on, item.item_id, item.step_id) == (
        "Ask Acme for feedback",
        d(-17),
        7,
        9,
    )


def test_ghosted_drafts_and_skills_read_as_a_person_would_say_them() -> None:
    assert ghosted_item(3, "Initech", "Analyst", d(-40)).title == (
        "No word from Initech (Analyst): ghosted?"
    )
    long = "I will never   get hired because " + "every interview goes wrong " * 4
    clipped = draft_item(5, long, d(-1)).title
    # Cut to 48 cells at most, the space before the cut dropped.
    assert clipped == (
        "Unfinished thought record: "
        "\u201cI will never get hired because every interview\u2026\u201d"
    )
    assert draft_item(5, "  ", None).title == "Unfinished thought record (no thought yet)"
    # Its name alone where the line is short (tests/test_today_skills_one_form.py).
    assert skill_item(2, "SQL window functions") == DueItem(
        DueKind.SKILL_IN_PROGRESS,
        "Working on: SQL window functions",
        None,
        2,
        shorter=("SQL window functions",),
    )


def test_the_thresholds_the_store_is_given() -> None:
    assert active_since(d(0)) == d(-30)
    assert set(NO_FOLLOW_UP_STAGES) == {"rejected", "withdrawn", "ghosted", "accepted"}
