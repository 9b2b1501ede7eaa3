"""The "Note what came back" steps skipped with their feedback request (services/step_skips.py):
found by the moment they were skipped, the request's own, and brought back with it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from bounceback_tui import clock
from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.services.recovery_views import StepView, step_view
from bounceback_tui.store.cas import refresh_version
from bounceback_tui.store.models import RecoveryStep


def _replies(session: Session, ask: RecoveryStep, *where: Any) -> list[RecoveryStep]:
    """The "Note what came back" steps of ``ask``'s plan that meet ``where``, in plan order."""
    return list(
        session.exec(
            select(RecoveryStep)
            .where(
                RecoveryStep.rejection_id == ask.rejection_id,
                RecoveryStep.kind == StepKind.REPLY.value,
                *where,
            )
            .order_by(col(RecoveryStep.position), col(RecoveryStep.id))
        ).all()
    )


def open_replies(session: Session, ask: RecoveryStep) -> list[RecoveryStep]:
    """The plan's "Note what came back" steps neither done nor skipped."""
    return _replies(
        session, ask, col(RecoveryStep.done_at).is_(None), col(RecoveryStep.skipped_at).is_(None)
    )


def replies_skipped_with(
    session: Session, ask: RecoveryStep, moment: datetime | None = None
) -> list[RecoveryStep]:
    """The reply steps skipped with feedback request ``ask``: at the moment it was skipped
    (``moment``, else its own ``skipped_at``)."""
    moment = moment or ask.skipped_at
    if ask.kind != StepKind.FEEDBACK or moment is None:
        return []
    return _replies(session, ask, RecoveryStep.skipped_at == moment, RecoveryStep.id != ask.id)


def unskip_replies(
    session: Session, ask: RecoveryStep, moment: datetime | None
) -> tuple[StepView, ...]:
    """Inside the caller's transaction, after request ``ask``, skipped at ``moment``, was
    ticked or asked after all: the replies skipped with it are open again (returned)."""
    if moment is None:
        return ()
    replies = replies_skipped_with(session, ask, moment)
    for reply in replies:
        reply.skipped_at = None
        reply.updated_at = clock.now()
        session.add(reply)
    for reply in replies:
        refresh_version(session, reply)
    return tuple(step_view(reply) for reply in replies)
