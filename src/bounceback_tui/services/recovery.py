"""Recovery plans: one checklist per rejection, copied from the (editable) template
(recovery_template.py) when the rejection is recorded. Here: recording, correcting and
deleting a rejection, each one ``db.write()`` transaction. Reading plans is in
recovery_plans.py, working through a plan's steps in recovery_steps.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from bounceback_tui import clock
from bounceback_tui.domain.feedback import has_feedback
from bounceback_tui.domain.recovery import (
    NoKind,
    StepKind,
    TemplateStep,
    no_kind,
    step_row,
    steps_for_new_plan,
)
from bounceback_tui.domain.recovery_forms import RejectionInput
from bounceback_tui.domain.step_timing import done_moment
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.added import Added, KeyOf, receipt
from bounceback_tui.services.recovery_template import template_steps
from bounceback_tui.services.recovery_views import RejectionView, rejection_view
from bounceback_tui.services.settings import get_setting
from bounceback_tui.store.cas import checked, refresh_version
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, RecoveryStep, Rejection
from bounceback_tui.store.table_reads import readable_row
from bounceback_tui.store.undo import DeletedRows, delete_with_undo

GONE = gone_elsewhere("That plan")


def checked_rejection(session: Session, rejection_id: int, expected: int | None) -> Rejection:
    return checked(
        session,
        Rejection,
        rejection_id,
        expected,
        get=readable_row,  # a day written over elsewhere: read as none
        gone=gone_elsewhere("That rejection"),
        changed=lambda row: changed_elsewhere(
            "The rejection from {name}", name=app_name(row.company, row.role)
        ),
    )


def _new_plans(session: Session) -> dict[NoKind, list[TemplateStep]]:
    """The steps a new plan starts with, for each kind of no: the template's, optional ones as
    the setting says, the steps written for the other kind of no left out (a no on paper gets
    no question about an interview it never had)."""
    include_optional = bool(get_setting(session, "recovery_optional_steps"))
    template = template_steps(session)
    return {no: steps_for_new_plan(template, include_optional, no) for no in NoKind}


def reason_noted(
    row: dict[str, Any], reason: str, rejected_on: date, now: datetime
) -> dict[str, Any]:
    """A new plan's step row (``step_row``), its reply noted from the no's ``reason``: the
    reason a no came with is what came back (``domain/feedback.has_feedback``), so "Note what
    came back" starts ticked on the no's day with the reason as its answer, as a "Feedback
    received" line ticks it with its note (services/feedback_line.py), and is never due or
    late. Its request is answered already too (``domain/feedback.ask_answered``). "No reason
    given." leaves both open."""
    if row["kind"] != StepKind.REPLY.value or not has_feedback(reason):
        return row
    return {**row, "done_at": done_moment(rejected_on, now), "answer": reason}


def create_plan(
    session: Session,
    rejection_id: int,
    stage_reached: str = "",
    *,
    reason: str = "",
    rejected_on: date | None = None,
) -> list[RecoveryStep]:
    """Copy the template's steps onto a rejection, inside the caller's transaction, each
    due as many days after the no as the template says (``domain/recovery.step_row``), those
    for a no that got as far as ``stage_reached`` (``domain/recovery.no_kind``); its reply
    noted from the ``reason`` given on ``rejected_on`` (``reason_noted``)."""
    now = clock.now()
    on = rejected_on or now.date()
    steps = [
        RecoveryStep(**reason_noted(step_row(rejection_id, index, step), reason, on, now))
        for index, step in enumerate(_new_plans(session)[no_kind(stage_reached)])
    ]
    session.add_all(steps)
    return steps


def insert_rejection(
    session: Session,
    *,
    company: str,
    role: str,
    rejected_on: date,
    stage_reached: str = "",
    reason: str = "",
    application_id: int | None = None,
) -> Rejection:
    """Record a rejection and start its recovery plan, inside the caller's transaction; its
    steps counted from ``rejected_on``, also when that day is past (``create_plan``)."""
    rejection = Rejection(
        application_id=application_id,
        company=company,
        role=role,
        rejected_on=rejected_on,
        stage_reached=stage_reached,
        reason=reason,
    )
    session.add(rejection)
    session.flush()
    assert rejection.id is not None
    create_plan(session, rejection.id, stage_reached, reason=reason, rejected_on=rejected_on)
    return rejection


def insert_imported_rejections(
    session: Session, items: list[tuple[int, str, str, date, str, str]]
) -> None:
    """The rejections of a CSV import's Rejected rows, (application id, company, role,
    rejected on, stage reached, reason given) each, with their plans, inside the import's
    transaction; each plan counted from its no's day, as every plan is (``create_plan``).
    Core inserts, the template read once: an import of thousands of rows stays quick."""
    from sqlalchemy import insert

    from bounceback_tui.store.models.base import new_uid

    rejection = Rejection.metadata.tables["rejection"]
    step = RecoveryStep.metadata.tables["recovery_step"]
    now = clock.now()
    ids = (
        session.execute(
            insert(rejection).returning(rejection.c.id, sort_by_parameter_order=True),
            [
                {
                    "application_id": app_id,
                    "company": company,
                    "role": role,
                    "rejected_on": rejected_on,
                    "stage_reached": reached,
                    "reason": reason,
                    "created_at": now,
                }
                for app_id, company, role, rejected_on, reached, reason in items
            ],
        )
        .scalars()
        .all()
    )
    plans = _new_plans(session)
    noes = [plans[no_kind(reached)] for _, _, _, _, reached, _ in items]
    steps = [
        {
            # Every row names the same columns (one executemany): the reply's too.
            "done_at": None,
            "answer": "",
            **reason_noted(step_row(rejection_id, index, item), reason, rejected_on, now),
            "updated_at": now,
            "uid": new_uid(),
        }
        for rejection_id, template, (_, _, _, rejected_on, _, reason) in zip(
            ids, noes, items, strict=True
        )
        for index, item in enumerate(template)
    ]
    if steps:
        session.execute(insert(step), steps)


def add_rejection(db: Database, data: RejectionInput) -> RejectionView:
    """Record a rejection that is not in the Pipeline, with its plan, in one transaction."""
    return add_rejection_undoable(db, data)[0]


def add_rejection_undoable(db: Database, data: RejectionInput) -> tuple[RejectionView, Added]:
    """``add_rejection``, with what `u` needs to take it back, plan and all
    (services/added.py)."""
    with db.write() as session:
        rejection = insert_rejection(
            session,
            company=data.company,
            role=data.role,
            rejected_on=data.rejected_on,
            stage_reached=data.stage_reached,
            reason=data.reason,
        )
        refresh_version(session, rejection)  # its plan's steps moved it on
        assert rejection.id is not None
        named = app_name(data.company, data.role)
        added = receipt(session, "rejection", rejection.id, "the no from {name}", named)
        added = replace(added, action="Rejection")  # "Rejection taken back", as it was recorded
        return rejection_view(rejection), added


def _application_of(session: Session, rejection: Rejection) -> Application | None:
    if rejection.application_id is None:
        return None
    return session.get(Application, rejection.application_id)


def sent_on(db: Database, rejection_id: int) -> date | None:
    """The day the application behind a no was sent (None: no application, or not sent):
    the earliest day its form takes for the no."""
    with db.read() as session:
        rejection = session.get(Rejection, rejection_id)
        app = None if rejection is None else _application_of(session, rejection)
        return None if app is None else app.date_applied


def get_rejection(db: Database, rejection_id: int) -> RejectionView | None:
    """One rejection as it is now (a form opens on this, and names its version)."""
    with db.read() as session:
        found = session.get(Rejection, rejection_id)
        return rejection_view(found) if found is not None else None


def still_rejected_in_pipeline(session: Session, rejection: Rejection, key_of: KeyOf) -> str | None:
    """Why this rejection cannot be deleted here, if its application is still marked
    Rejected in the Pipeline (an application in Rejected always has its rejection); the
    Pipeline's keys named as bound (``key_of``)."""
    if rejection.application_id is None:
        return None
    app = session.get(Application, rejection.application_id)
    if app is None or app.stage != "rejected":
        return None
    return (
        f"{app_name(app.company, app.role)} is still marked rejected in the Pipeline, so its "
        "rejection stays. "
        f"Move it out of Rejected there first ({key_of('pipeline.stage_back', '[')} or "
        f"{key_of('pipeline.stage_next', ']')}), or press {key_of('pipeline.undo', 'u')} there "
        "straight after marking it."
    )


def delete_blocked(db: Database, rejection_id: int, key_of: KeyOf) -> str | None:
    with db.read() as session:
        rejection = session.get(Rejection, rejection_id)
        if rejection is None:
            return None
        return still_rejected_in_pipeline(session, rejection, key_of)


def delete_rejection(
    db: Database, rejection_id: int, *, expected_version: int | None = None, key_of: KeyOf
) -> DeletedRows:
    """Delete a rejection and its plan; keep what restore_deleted needs to undo it. Refused
    while its application is marked Rejected, the keys named as bound (``key_of``)."""
    with db.write() as session:
        rejection = checked_rejection(session, rejection_id, expected_version)
        if (blocked := still_rejected_in_pipeline(session, rejection, key_of)) is not None:
            raise BouncebackError(blocked)
        session.expunge(rejection)
        return delete_with_undo(session, "rejection", rejection_id)
