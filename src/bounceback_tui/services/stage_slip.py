"""A stage move taken back the same day: `[` right after a `]` undoes the slip.

`]` on a closed application (rejected, ghosted, withdrawn) moves it on from the stage it
reached, and a rejection's plan stays in Recovery. A slip of the finger is the usual reason,
so `[` the same day takes that move back: the application is in its exit again and the
timeline loses the made-up entry (a reply the funnel would otherwise count), instead of
stepping further back along the progression. Back to Rejected only while its rejection is
there (every application in Rejected has one, docs/data-model.md).
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, func, select

from bounceback_tui.domain.stages import PROGRESSION, Stage
from bounceback_tui.store.models import Application, Rejection, StageChange


def last_entry(session: Session, application_id: int) -> StageChange | None:
    return session.exec(
        select(StageChange)
        .where(StageChange.application_id == application_id)
        .order_by(col(StageChange.id).desc())
        .limit(1)
    ).first()


def is_slip(last: StageChange | None, current: Stage, to: Stage, today: date) -> bool:
    """``last`` moved the application from ``to`` to ``current`` today (written today, not a
    back-dated edit): moving to ``to`` now takes it back."""
    return (
        last is not None
        and last.from_stage == to.value
        and last.to_stage == current.value
        and last.changed_on == today
        and last.created_at.date() == today
    )


def exit_to_take_back(session: Session, app: Application, today: date) -> Stage | None:
    """The exit that a same-day `]` moved ``app`` out of, if `[` should take it back."""
    current = Stage(app.stage)
    last = last_entry(session, app.id) if app.id is not None else None
    if last is None or last.from_stage is None or current not in PROGRESSION:
        return None
    try:
        left = Stage(last.from_stage)
    except ValueError:
        return None
    if not left.is_exit or not is_slip(last, current, left, today):
        return None
    if left is Stage.REJECTED:
        count = select(func.count()).where(col(Rejection.application_id) == app.id)
        if not session.exec(count).one():
            return None
    return left
