"""A no recorded with its reason ("They wanted stronger SQL and experience with dbt.") left
its plan's "Note what came back" open, due "in 2 days", then late on Today ("Gamma Ltd (BI
Developer): Don't take it personally or get defensive (+1 more) (9 days late)"), and the
plan at 12/15 (a stranger's fortnight). The reason is what came back: the step is ticked
with it as its answer, as a "Feedback received" line ticks it with its note."""

from __future__ import annotations

from datetime import timedelta

from bounceback_tui.domain.applications import RejectionInput as MarkInput
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.recovery_forms import RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.recovery import add_rejection
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY

REASON = "They wanted stronger SQL and experience with dbt."
NOTE_WHAT_CAME_BACK = "Note what came back"


def _reply(db: Database, rejection_id: int):  # type: ignore[no-untyped-def]
    plan = plan_service.load_plan(db, rejection_id)
    assert plan is not None
    (reply,) = [step for step in plan.steps if step.title == NOTE_WHAT_CAME_BACK]
    return reply


def test_a_reason_given_with_the_no_is_what_came_back(db: Database) -> None:
    twelve_days_ago = FIXED_TODAY - timedelta(days=12)
    view = add_rejection(
        db, RejectionInput("Gamma Ltd", "BI Developer", twelve_days_ago, reason=REASON)
    )
    reply = _reply(db, view.id)
    assert reply.done_at is not None and reply.done_at.date() == twelve_days_ago
    assert reply.answer == REASON
    row = plan_service.plan_row(db, view.id)
    assert row is not None and row.done == 1
    # Every other step due ticked: Today lists nothing of the plan, due or late.
    plan = plan_service.load_plan(db, view.id)
    assert plan is not None
    for step in plan.steps:
        if step.done_at is None and step.kind != "feedback":
            step_service.set_step_done(db, step.id, True)
    summary = load_today(db.path, FIXED_TODAY)
    assert [item.title for item in summary.due if "Gamma" in item.title] == []


def test_a_no_with_its_reason_is_still_a_plan_to_start(db: Database) -> None:
    view = add_rejection(
        db, RejectionInput("Gamma Ltd", "BI Developer", FIXED_TODAY, reason=REASON)
    )
    assert _reply(db, view.id).done_at is not None
    step = load_today(db.path, FIXED_TODAY).next_step
    assert step.title == "Start your recovery plan for Gamma Ltd (BI Developer)"


def test_no_reason_given_leaves_the_reply_open(db: Database) -> None:
    for reason in ("", "No reason given."):
        view = add_rejection(db, RejectionInput("Acme", "Analyst", FIXED_TODAY, reason=reason))
        reply = _reply(db, view.id)
        assert reply.done_at is None and reply.answer == ""


def test_marked_rejected_in_the_pipeline_with_a_reason(db: Database) -> None:
    data = validate_application(
        {
            "company": "Gamma Ltd",
            "role": "BI Developer",
            "stage": "applied",
            "date_applied": "today",
        },
        FIXED_TODAY,
    )
    app = application_service.add_application(db, data)
    assert app.id is not None
    receipt = moves.mark_rejected(db, app.id, MarkInput(FIXED_TODAY, Stage.APPLIED, REASON))
    reply = _reply(db, receipt.rejection_id)
    assert reply.done_at is not None and reply.answer == REASON
    # `u` straight after loses no work of the person's: it asks nothing.
    from bounceback_tui.services.pipeline_undo import work_at_risk

    assert work_at_risk(db, receipt) == 0


def test_ticking_what_came_back_on_a_no_without_a_reason_starts_its_plan(db: Database) -> None:
    # A no with no reason: ticking "Note what came back" with nothing written is a step
    # done. Today stops asking to start the plan; undoing the no says a step would be lost.
    from bounceback_tui.services.pipeline_undo import plan_progress

    view = add_rejection(db, RejectionInput("Acme", "Analyst", FIXED_TODAY, reason=""))
    title = load_today(db.path, FIXED_TODAY).next_step.title
    assert title == "Start your recovery plan for Acme (Analyst)"
    step_service.set_step_done(db, _reply(db, view.id).id, True)
    assert load_today(db.path, FIXED_TODAY).next_step.title != title
    assert plan_progress(db, view.id) == 1
