"""Plan steps that work done elsewhere stands for, ticked in the same transaction.

- Sending an application after a no ticks that no's "Send the next application" step
  (``tick_next_application``); `u` on the add unticks what it ticked (``untick``).
- A thank-you, or a line sent that thanks them, logged for an application or for a person
  linked to it ticks the "Keep the bridge intact" step of its latest no
  (``bridge_step_for``, ticked by services/people_log.py as a feedback line ticks its step).

Only a step still open is ticked; nothing here unticks a step the person ticked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, or_, select

from bounceback_tui import clock
from bounceback_tui.domain.people import BRIDGE_STEP
from bounceback_tui.store.models import Application, ApplicationContact, RecoveryStep, Rejection

NEXT_APPLICATION_STEP = "keep_going.next"


@dataclass(frozen=True)
class TickedStep:
    """A step an action ticked: enough to name it and to take the tick back with the action."""

    step_id: int
    title: str
    done_at: datetime


def tick_next_application(session: Session, app: Application) -> tuple[TickedStep, ...]:
    """Inside the caller's transaction: tick the open "Send the next application" step of
    every no dated on or before the day ``app`` was sent (not its own no). An application
    recorded now on the day of a no is recorded after it, so it counts (docs/metrics.md)."""
    from bounceback_tui.services.recovery_steps import sync_completion

    if app.date_applied is None or app.id is None:
        return ()
    steps = session.exec(
        select(RecoveryStep)
        .join(Rejection, col(Rejection.id) == col(RecoveryStep.rejection_id))
        .where(
            RecoveryStep.template_key == NEXT_APPLICATION_STEP,
            col(RecoveryStep.done_at).is_(None),
            col(Rejection.rejected_on) <= app.date_applied,
            or_(col(Rejection.application_id).is_(None), Rejection.application_id != app.id),
        )
        .order_by(col(Rejection.rejected_on), col(RecoveryStep.id))
    ).all()
    ticked = []
    now = clock.now()
    for step in steps:
        step.done_at = now
        step.updated_at = now
        session.add(step)
        session.flush()
        sync_completion(session, step.rejection_id)
        assert step.id is not None
        ticked.append(TickedStep(step.id, step.title, now))
    return tuple(ticked)


def untick(session: Session, ticked: Iterable[TickedStep]) -> None:
    """Inside the caller's transaction: take back the ticks an action made, each only while
    it is still the tick it made (a step ticked again or unticked since is left alone)."""
    from bounceback_tui.services.recovery_steps import sync_completion

    for made in ticked:
        step = session.get(RecoveryStep, made.step_id)
        if step is None or step.done_at != made.done_at:
            continue
        step.done_at = None
        step.updated_at = clock.now()
        session.add(step)
        session.flush()
        sync_completion(session, step.rejection_id)


def bridge_application(
    session: Session, application_id: int | None, contact_id: int | None, on: date
) -> int | None:
    """The application whose "Keep the bridge intact" step a thank-you sent ``on`` stands
    for: the one the line is about or, for a line about a person only, the one linked to them
    with the latest no; only while that step is open and the no came on or before ``on``
    (a thank-you after an interview is not the reply to a no that came later)."""
    if application_id is None and contact_id is None:
        return None
    query = (
        select(Rejection.application_id)
        .join(RecoveryStep, col(RecoveryStep.rejection_id) == col(Rejection.id))
        .where(
            RecoveryStep.template_key == BRIDGE_STEP,
            col(RecoveryStep.done_at).is_(None),
            col(Rejection.rejected_on) <= on,
        )
        .order_by(col(Rejection.rejected_on).desc(), col(Rejection.id).desc())
    )
    if application_id is not None:
        query = query.where(Rejection.application_id == application_id)
    else:
        query = query.join(
            ApplicationContact,
            col(ApplicationContact.application_id) == col(Rejection.application_id),
        ).where(ApplicationContact.contact_id == contact_id)
    return session.exec(query).first()
