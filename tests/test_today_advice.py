"""Advice that respects the day: right after a no, the next step comes from its plan.

For the day of a rejection and the day after it (docs/metrics.md, "The next step"), Today
suggests the plan's next step (feelings first, then talking to someone) rather than the
weekly goal, even when the goal is not met.
"""

from __future__ import annotations

from datetime import date, timedelta

from bounceback_tui.domain.applications import RejectionInput, validate_application
from bounceback_tui.domain.next_step import EarlyPlan, StepFacts, choose_next_step
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_NOW, FIXED_TODAY
from tests.written_over import another_program_writes

MONDAY = date(2026, 3, 16)


def _facts(**kw: object) -> StepFacts:
    base: dict[str, object] = {
        "today": MONDAY,
        "has_data": True,
        "last_application_on": MONDAY,
        "applications_this_week": 1,
        "weekly_goal": 5,
    }
    base.update(kw)
    return StepFacts(**base)  # type: ignore[arg-type]


def test_the_plan_step_due_now_comes_before_the_weekly_goal() -> None:
    early = EarlyPlan(4, "Acme", MONDAY, 41, "Talk it through with someone close", MONDAY)
    step = choose_next_step(_facts(early_plan=early))
    assert step.title == "Talk it through with someone close"
    assert (step.pane, step.item_id, step.step_id) == ("recovery", 4, 41)
    assert "Acme said no today" in step.reason
    # Without the fresh no, the same facts ask for the missing four applications.
    assert choose_next_step(_facts()).title == "Send 4 more applications this week"


def test_with_the_days_steps_done_it_says_to_go_easy_and_what_comes_next() -> None:
    tomorrow = MONDAY + timedelta(days=1)
    early = EarlyPlan(4, "Acme", MONDAY, 41, "Talk it through with someone close", tomorrow)
    step = choose_next_step(_facts(early_plan=early, last_application_on=MONDAY - timedelta(9)))
    # The step `n` opens, named with its day (tests/test_today_go_easy_names_its_step.py).
    assert step.title == "Tomorrow: Talk it through with someone close"
    assert step.reason == (
        "Acme said no today. Today's steps are done: go easy on yourself until then."
    )
    assert (step.pane, step.item_id, step.step_id) == ("recovery", 4, 41)


def _add(db: Database, company: str) -> int:
    data = validate_application(
        {"company": company, "role": "Engineer", "stage": "applied", "date_applied": "today"},
        FIXED_TODAY,
    )
    return application_service.add_application(db, data).id or 0


def _first_step(db: Database, rejection_id: int):  # type: ignore[no-untyped-def]
    plan = plan_service.load_plan(db, rejection_id)
    assert plan is not None
    return plan.steps[0]


def test_after_a_no_today_the_next_step_is_the_plans_not_the_goal(db: Database) -> None:
    acme = _add(db, "Acme")
    receipt = moves.mark_rejected(db, acme, RejectionInput(FIXED_TODAY, Stage.INTERVIEWING))
    # The person ticks the first step ("Let yourself feel it for a while") at once.
    first = _first_step(db, receipt.rejection_id)
    step_service.set_step_done(db, first.id, True)
    summary = load_today(db.path, FIXED_TODAY)
    # One application this week against a goal of 5 ("Send 4 more" before this change).
    assert summary.applications_this_week == 1
    step = summary.next_step
    assert step.title == "Tomorrow: Talk it through with someone close"
    assert "go easy on yourself" in step.reason
    assert (step.pane, step.item_id) == ("recovery", receipt.rejection_id)


def test_the_day_after_the_no_it_names_the_step_due(db: Database) -> None:
    from bounceback_tui import clock

    acme = _add(db, "Acme")
    yesterday = FIXED_TODAY - timedelta(days=1)
    clock.freeze(yesterday)  # marked the day it came (marked a day late, its plan starts later)
    try:
        receipt = moves.mark_rejected(db, acme, RejectionInput(yesterday, Stage.INTERVIEWING))
        step_service.set_step_done(db, _first_step(db, receipt.rejection_id).id, True)
    finally:
        clock.freeze(FIXED_NOW)
    step = load_today(db.path, FIXED_TODAY).next_step
    assert step.title == "Talk it through with someone close"
    assert "Acme (Engineer) said no yesterday" in step.reason


def test_two_days_on_the_usual_rules_are_back(db: Database) -> None:
    acme = _add(db, "Acme")
    before = FIXED_TODAY - timedelta(days=2)
    receipt = moves.mark_rejected(db, acme, RejectionInput(before, Stage.INTERVIEWING))
    step_service.set_step_done(db, _first_step(db, receipt.rejection_id).id, True)
    assert load_today(db.path, FIXED_TODAY).next_step.title == "Send 4 more applications this week"


def _stuck_reason(db: Database) -> str | None:
    step = load_today(db.path, FIXED_TODAY).next_step
    return step.reason if "has not moved" in step.reason else None


def test_a_no_recorded_days_after_it_came_is_not_a_stuck_plan(db: Database) -> None:
    """A no from 11 days ago, recorded (or imported) today: "Your plan for Acme has not moved
    in 11 days" the moment it was made. Its plan moved on the day it was recorded; only four
    quiet days after that make it stuck (STUCK_PLAN_DAYS), counted from then."""

    from bounceback_tui.domain.recovery_forms import RejectionInput as NoInput
    from bounceback_tui.services.recovery import add_rejection

    eleven_days_ago = MONDAY - timedelta(days=11)
    add_rejection(db, NoInput("Acme", "Engineer", rejected_on=eleven_days_ago))
    # feedback asked (not a tick): it would come first
    another_program_writes(
        db.path, "UPDATE recovery_step SET asked_on = '2026-03-06' WHERE kind = 'feedback'"
    )
    assert _stuck_reason(db) is None
    # Recorded eight days ago instead, untouched since (six days ago, it is still a plan to
    # start: the next test).
    another_program_writes(
        db.path, "UPDATE rejection SET created_at = '2026-03-08 09:00:00.000000'"
    )
    assert _stuck_reason(db) == "Your plan for Acme (Engineer) has not moved since 8 Mar."


def test_a_no_recorded_late_is_offered_as_the_plan_to_start(db: Database) -> None:
    """Walked in the Pipeline: `x` with "Heard on" nine days ago, then start the plan. The
    dialog said the plan was ready starting today, but Today's next step stayed on an older
    item: rule 3 looked only at the no's own day, outside its seven days. It counts the day
    the no was recorded too, as rule 6 does."""

    acme = _add(db, "Acme")
    nine_days_ago = FIXED_TODAY - timedelta(days=9)
    receipt = moves.mark_rejected(db, acme, RejectionInput(nine_days_ago, Stage.INTERVIEWING))
    step = load_today(db.path, FIXED_TODAY).next_step
    assert step.title == "Start your recovery plan for Acme (Engineer)"
    assert step.reason == "Acme (Engineer) said no 9 days ago. The first steps take minutes."
    assert (step.pane, step.item_id) == ("recovery", receipt.rejection_id)
    # Recorded on the day it came instead: nine days on, rule 3 has let it go.
    another_program_writes(
        db.path, "UPDATE rejection SET created_at = '2026-03-05 18:00:00.000000'"
    )
    step = load_today(db.path, FIXED_TODAY).next_step
    assert step.title != "Start your recovery plan for Acme (Engineer)"


def test_go_easy_names_the_plan_done_when_another_plan_has_a_step_due(db: Database) -> None:
    """A new user's walk: Northwind said no today and its first step was ticked; Contoso's
    no, from 12 days back, was recorded today. Today said "You have done what your plan asks
    for now" with "Contoso: Let yourself feel it for a while" due just below it."""
    from bounceback_tui.domain.recovery_forms import RejectionInput as NoInput
    from bounceback_tui.services.recovery import add_rejection

    northwind = _add(db, "Northwind")
    receipt = moves.mark_rejected(db, northwind, RejectionInput(FIXED_TODAY, Stage.INTERVIEWING))
    step_service.set_step_done(db, _first_step(db, receipt.rejection_id).id, True)
    contoso = add_rejection(
        db, NoInput("Contoso", "Engineer", rejected_on=FIXED_TODAY - timedelta(12))
    )
    # Its plan started with a later step ticked (untouched, rule 3 offers to start it first).
    plan = plan_service.load_plan(db, contoso.id)
    assert plan is not None
    step_service.set_step_done(db, plan.steps[-1].id, True)
    summary = load_today(db.path, FIXED_TODAY)
    # Its plan counts from its no's day: every step up to day 12 is due, gently (none
    # flagged, the feedback request either: the no was written down only today), but
    # "Note what came back": nothing was asked yet (tests/test_reply_waits_for_ask.py).
    assert [(item.title, item.flagged) for item in summary.due] == [
        ("Contoso (Engineer): Keep the bridge intact: send a gracious reply (+11 more)", False),
        ("Ask Contoso (Engineer) for feedback", False),
    ]
    step = summary.next_step
    assert step.title == "Tomorrow: Talk it through with someone close"
    assert step.reason == (
        "Northwind (Engineer) said no today. Today's steps for it are done: go easy until "
        "then. Your plan for Contoso (Engineer) has a step due below."
    )
    assert (step.pane, step.item_id) == ("recovery", receipt.rejection_id)


def test_go_easy_counts_the_other_plans_with_steps_due() -> None:
    tomorrow = MONDAY + timedelta(days=1)
    early = EarlyPlan(4, "Acme", MONDAY, 41, "Talk it through with someone close", tomorrow)
    plans = ((2, "Contoso"), (4, "Acme"), (3, "Globex"))  # Acme's own feedback request too
    step = choose_next_step(_facts(early_plan=early, plans_due=plans))
    assert step.reason == (
        "Acme said no today. Today's steps for it are done: go easy until then. 2 other "
        "plans have steps due below."
    )
    # Only its own plan due: nothing else to point at.
    step = choose_next_step(_facts(early_plan=early, plans_due=((4, "Acme"),)))
    assert step.reason == (
        "Acme said no today. Today's steps are done: go easy on yourself until then."
    )


def test_a_breather_does_not_say_nothing_is_waiting_above_a_plans_due_step() -> None:
    # A helper's note (twentieth round): with the weekly goal met, "nothing is waiting"
    # showed above the due list's step of a plan.
    met = {"applications_this_week": 5, "weekly_goal": 5}
    quiet = choose_next_step(_facts(**met))
    assert quiet.title == "Take a breather"
    assert "nothing is waiting" in quiet.reason
    busy = choose_next_step(_facts(**met, plans_due=((3, "Contoso"),)))
    assert busy.title == "Take a breather"
    assert "nothing is waiting" not in busy.reason
    assert "your plans' steps due now are listed below" in busy.reason


def test_a_breather_in_a_shell_names_no_key() -> None:
    # `bounceback-tui today` printed "A short check-in (c) is enough today.": a key of the
    # app, which means nothing in a shell.
    met = {"applications_this_week": 5, "weekly_goal": 5}
    quiet = choose_next_step(_facts(**met))
    assert quiet.reason.endswith("A short check-in (c) is enough today.")
    assert quiet.said_in_shell == (
        "Your weekly goal is met and nothing is waiting. A short check-in in the app is "
        "enough today."
    )
    busy = choose_next_step(_facts(**met, plans_due=((3, "Contoso"),)))
    assert busy.said_in_shell.endswith("past them a short check-in in the app is enough today.")


def test_a_step_title_ending_in_a_question_mark_takes_no_full_stop_after_it() -> None:
    """A tester read "…Next for Åsa Design, in 2 days: Which of the posting's asks did my
    application show?." (a step title is a person's text, and may end a sentence itself)."""
    in_two_days = MONDAY + timedelta(days=2)
    title = "Which of the posting's asks did my application show?"
    early = EarlyPlan(4, "Åsa Design", MONDAY, 41, title, in_two_days)
    step = choose_next_step(_facts(early_plan=early, plans_due=((2, "Contoso"),)))
    # Named in the title now, as written, after its day (no stop is added to a title).
    assert step.title == ("In 2 days: Which of the posting's asks did my application show?"), (
        step.title
    )
    for ending in ("Rest!", "Rest.", "Rest…"):
        early = EarlyPlan(4, "Acme", MONDAY, 41, ending, in_two_days)
        step = choose_next_step(_facts(early_plan=early))
        assert step.title == f"In 2 days: {ending}", step.title
