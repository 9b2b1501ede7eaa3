"""Recovery plans: one checklist per rejection, copied from the (editable) template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case
from sqlmodel import Session, col, func, select

from bounceback_tui.domain.recovery import (
    DEFAULT_TEMPLATE,
    StepKind,
    StepLink,
    TemplateStep,
    steps_for_new_plan,
)
from bounceback_tui.services.settings import get_setting
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, RecoveryTemplateStep, Rejection


def template_steps(session: Session) -> list[TemplateStep]:
    """The person's template if they edited it, else the built-in one (retired steps left out)."""
    rows = session.exec(
        select(RecoveryTemplateStep)
        .where(col(RecoveryTemplateStep.retired).is_(False))
        .order_by(col(RecoveryTemplateStep.position), col(RecoveryTemplateStep.id))
    ).all()
    edited = session.exec(select(RecoveryTemplateStep.id).limit(1)).first() is not None
    if not edited:
        return list(DEFAULT_TEMPLATE)
    return [
        TemplateStep(
            key=row.key,
            group=row.group_key,
            title=row.title,
            detail=row.detail,
            kind=StepKind(row.kind),
            offset_days=row.offset_days,
            link=StepLink(row.link) if row.link else None,
            optional=row.optional,
        )
        for row in rows
    ]


def create_plan(session: Session, rejection_id: int) -> list[RecoveryStep]:
    """Copy the template's steps onto a rejection, inside the caller's transaction."""
    include_optional = bool(get_setting(session, "recovery_optional_steps"))
    steps = [
        RecoveryStep(
            rejection_id=rejection_id,
            template_key=step.key,
            group_key=step.group,
            title=step.title,
            detail=step.detail,
            kind=step.kind.value,
            link=step.link.value if step.link else None,
            offset_days=step.offset_days,
            position=index,
        )
        for index, step in enumerate(steps_for_new_plan(template_steps(session), include_optional))
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
    """Record a rejection and start its recovery plan, inside the caller's transaction."""
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
    create_plan(session, rejection.id)
    return rejection


def list_rejections(session: Session) -> list[Rejection]:
    return list(
        session.exec(
            select(Rejection).order_by(col(Rejection.rejected_on).desc(), col(Rejection.id).desc())
        )
    )


@dataclass(frozen=True)
class PlanOverview:
    rejection: Rejection
    done: int
    total: int


def plan_overviews(db: Database) -> list[PlanOverview]:
    """Each rejection with how far its plan has got, newest first."""
    with db.read() as session:
        counts = {
            rejection_id: (done or 0, total)
            for rejection_id, done, total in session.exec(
                select(
                    RecoveryStep.rejection_id,
                    func.sum(case((col(RecoveryStep.done_at).is_not(None), 1), else_=0)),
                    func.count(),
                ).group_by(col(RecoveryStep.rejection_id))
            )
        }
        return [PlanOverview(r, *counts.get(r.id or 0, (0, 0))) for r in list_rejections(session)]
