"""What a stranger's fortnight found in Today's next step: "Take a breather … a short
check-in (c) is enough today" right after checking in (mood 4 on the screen), and "Take a
breather" over a plan two days late with nine steps due."""

from __future__ import annotations

from datetime import date, timedelta

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.check_in import validate_check_in
from bounceback_tui.domain.next_step import StepFacts, choose_next_step
from bounceback_tui.domain.recovery_forms import RejectionInput
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.services.recovery import add_rejection
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.written_over import another_program_writes

MONDAY = date(2026, 3, 16)
MET = {"applications_this_week": 5, "weekly_goal": 5}


def _facts(**kw: object) -> StepFacts:
    base: dict[str, object] = {"today": MONDAY, "has_data": True, "last_application_on": MONDAY}
    base.update(MET)
    base.update(kw)
    return StepFacts(**base)  # type: ignore[arg-type]


def test_after_checking_in_the_breather_invites_no_check_in() -> None:
    for plans in ((), ((3, "Contoso"),)):
        step = choose_next_step(_facts(checked_in_today=True, plans_due=plans))
        assert step.title == "Take a breather"
        for said in (step.reason, step.said_in_shell, step.keyed("k").reason):
            assert "check-in" not in said.replace("checked in", ""), said
            assert "(c)" not in said and "(k)" not in said
    busy = choose_next_step(_facts(checked_in_today=True, plans_due=((3, "Contoso"),)))
    assert "steps due now are listed below" in busy.reason
    # Not yet checked in: the check-in is still offered, as before.
    assert "check-in (c)" in choose_next_step(_facts()).reason


def test_a_late_plan_step_comes_before_a_breather() -> None:
    from bounceback_tui.domain.next_step import LatePlanStep

    late = LatePlanStep(
        3,
        "Contoso",
        31,
        "Talk it through with someone close",
        MONDAY - timedelta(2),
        "Engineer",
        more=8,
    )
    step = choose_next_step(_facts(late_plan_step=late, plans_due=((3, "Contoso (Engineer)"),)))
    assert step.title == "Talk it through with someone close"
    assert (step.pane, step.item_id, step.step_id) == ("recovery", 3, 31)
    # The day it was for, never how late (tests/test_plan_steps_was_due.py).
    assert "was due 14 Mar" in step.reason and "late" not in step.reason
    assert "Contoso (Engineer)" in step.reason
    assert "8 more steps" in step.reason
    # Checked in too: still the late step.
    assert choose_next_step(_facts(late_plan_step=late, checked_in_today=True)).step_id == 31
    # On a hard day it is said without how late, as a late follow-up is.
    hard = choose_next_step(_facts(late_plan_step=late, hard_day=True))
    assert hard.step_id == 31 and "late" not in hard.reason
    # The weekly goal not met yet keeps its place above it (a plan counts as stuck, and
    # comes first, only after four quiet days).
    short = choose_next_step(_facts(late_plan_step=late, applications_this_week=1))
    assert short.title == "Send 4 more applications this week"


def _five_sent_today(db: Database) -> None:
    for company in ("Acme", "Globex", "Initech", "Umbrella", "Hooli"):
        data = validate_application(
            {"company": company, "role": "Analyst", "stage": "applied", "date_applied": "today"},
            FIXED_TODAY,
        )
        application_service.add_application(db, data)


def test_today_with_a_late_plan_and_a_check_in(db: Database) -> None:
    _five_sent_today(db)
    ten_days_ago = FIXED_TODAY - timedelta(days=10)
    view = add_rejection(db, RejectionInput("Contoso", "Engineer", rejected_on=ten_days_ago))
    plan = plan_service.load_plan(db, view.id)
    assert plan is not None
    step_service.set_step_done(db, plan.steps[0].id, True)  # the plan is started
    # feedback asked already: it would come first
    another_program_writes(
        db.path, "UPDATE recovery_step SET asked_on = '2026-03-10' WHERE kind = 'feedback'"
    )
    save_check_in(db, FIXED_TODAY, validate_check_in({"mood": "4", "note": ""}))
    summary = load_today(db.path, FIXED_TODAY)
    assert summary.check_in is not None
    step = summary.next_step
    assert step.title != "Take a breather"
    # Its first late step other than a comfort step ("Talk it through", offered, never late:
    # tests/test_care_steps_not_late.py).
    assert step.title == "Keep the bridge intact: send a gracious reply"
    assert "was due" in step.reason and "Contoso (Engineer)" in step.reason
    assert "check-in" not in step.reason
    # Every late step ticked (or skipped): a breather, with no check-in asked for again.
    for later in plan_service.load_plan(db, view.id).steps[1:]:  # type: ignore[union-attr]
        if later.kind != "feedback":
            step_service.set_step_done(db, later.id, True)
    step = load_today(db.path, FIXED_TODAY).next_step
    assert step.title == "Take a breather"
    assert "check-in" not in step.reason, step.reason
