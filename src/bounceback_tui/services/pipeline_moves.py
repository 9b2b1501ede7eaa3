"""Moving applications between stages: `[`/`]`, marking rejected (and undoing it), ghosting.

Every public function here is one user action and one ``db.write()`` transaction.
The session-level helpers (``change_stage``, ``enter_rejected``) are shared with
the add and edit use cases in ``services/applications.py``, so every route into
a stage records the same timeline entry, and every route into Rejected records
the rejection and its recovery plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, delete
from sqlmodel import Session, col, func, select

from bounceback_tui import clock
from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.stages import (
    PROGRESSION,
    Stage,
    is_quiet,
    next_stage,
    previous_stage,
    stage_reached,
)
from bounceback_tui.errors import BouncebackError, NotFoundError
from bounceback_tui.services.recovery import insert_rejection
from bounceback_tui.services.settings import get_setting
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, RecoveryStep, Rejection, StageChange

GONE = "That application is no longer there; another window may have deleted it."


def get_application(session: Session, application_id: int) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(GONE)
    return app


def history(session: Session, application_id: int) -> list[StageChange]:
    """The timeline in the order the moves were made.

    (Not by date: a no heard yesterday but recorded after today's move to Interviewing
    still comes after it.)"""
    return list(
        session.exec(
            select(StageChange)
            .where(StageChange.application_id == application_id)
            .order_by(col(StageChange.id))
        )
    )


def reached(session: Session, app: Application) -> Stage:
    """How far the application got along the progression (for exits and `[`/`]`)."""
    assert app.id is not None
    return reached_in(history(session, app.id), app)


def reached_in(timeline: list[StageChange], app: Application) -> Stage:
    """``reached`` from a timeline already read."""
    stages = [Stage(entry.to_stage) for entry in timeline]
    found = stage_reached([*stages, Stage(app.stage)])
    if app.date_applied is not None and found is Stage.SAVED:
        return Stage.APPLIED
    return found


def change_stage(session: Session, app: Application, to: Stage, on: date) -> StageChange:
    """Move ``app`` to ``to`` and add the timeline entry, inside the caller's transaction."""
    assert app.id is not None
    entry = StageChange(
        application_id=app.id, from_stage=app.stage, to_stage=to.value, changed_on=on
    )
    session.add(entry)
    app.stage = to.value
    app.updated_at = clock.now()
    if app.date_applied is None and to in PROGRESSION and to is not Stage.SAVED:
        # Sending is the first step past Saved; the day it happens is the day applied.
        # (An exit says nothing about when, or whether, it was sent.)
        app.date_applied = on
    session.add(app)
    session.flush()
    return entry


def enter_rejected(session: Session, app: Application, details: RejectionInput) -> Rejection:
    """Record the rejection and start its recovery plan (the app is already in Rejected)."""
    assert app.id is not None
    return insert_rejection(
        session,
        company=app.company,
        role=app.role,
        rejected_on=details.rejected_on,
        stage_reached=details.stage_reached.value,
        reason=details.reason,
        application_id=app.id,
    )


# --- `[` and `]` -------------------------------------------------------------------------


@dataclass(frozen=True)
class MoveResult:
    application_id: int
    company: str
    from_stage: Stage
    to_stage: Stage
    # True when the move took back a same-day move rather than adding to the timeline.
    took_back: bool = False


def move_target(db: Database, application_id: int, step: int) -> Stage | None:
    """Where `]` (step 1) or `[` (step -1) would take the application; None at either end."""
    with db.read() as session:
        app = get_application(session, application_id)
        current, got_to = Stage(app.stage), reached(session, app)
    return next_stage(current, got_to) if step > 0 else previous_stage(current, got_to)


def move_stage(db: Database, application_id: int, to: Stage) -> MoveResult:
    """Move along the progression (or out of an exit). Rejected is refused here: it needs
    the rejection's details, so it goes through ``mark_rejected``."""
    if to is Stage.REJECTED:
        raise BouncebackError("Use x to mark an application rejected.")
    today = clock.today()
    with db.write() as session:
        app = get_application(session, application_id)
        current = Stage(app.stage)
        if current is to:
            raise BouncebackError(f"It is already in {to.label}.")
        last = _last_entry(session, application_id)
        took_back = (
            last is not None
            and last.from_stage == to.value
            and last.to_stage == current.value
            and last.changed_on == today
            and last.created_at.date() == today
            and current in PROGRESSION
            and to in PROGRESSION
        )
        if took_back and last is not None:
            # A same-day step back along the progression undoes the slip (an extra `]`)
            # instead of leaving a made-up reply in the timeline and the funnel.
            session.delete(last)
            app.stage = to.value
            app.updated_at = clock.now()
            session.add(app)
        else:
            change_stage(session, app, to, today)
        return MoveResult(application_id, app.company, current, to, took_back)


def _last_entry(session: Session, application_id: int) -> StageChange | None:
    return session.exec(
        select(StageChange)
        .where(StageChange.application_id == application_id)
        .order_by(col(StageChange.id).desc())
        .limit(1)
    ).first()


# --- marking rejected, and taking it back ------------------------------------------------


@dataclass(frozen=True)
class RejectionReceipt:
    """What `u` needs to take a mistaken rejection back."""

    application_id: int
    rejection_id: int
    stage_change_id: int
    previous_stage: Stage
    previous_updated_at: datetime
    previous_date_applied: date | None
    company: str
    role: str


def rejection_defaults(db: Database, application_id: int) -> tuple[Application, Stage]:
    """The application and the stage it reached, to prefill the rejection dialog."""
    with db.read() as session:
        app = get_application(session, application_id)
        return app, reached(session, app)


def mark_rejected(db: Database, application_id: int, details: RejectionInput) -> RejectionReceipt:
    """One transaction: the stage change, the rejection, and its recovery plan."""
    with db.write() as session:
        app = get_application(session, application_id)
        if app.stage == Stage.REJECTED:
            raise BouncebackError(f"{app.company} is already marked rejected.")
        before = (Stage(app.stage), app.updated_at, app.date_applied)
        entry = change_stage(session, app, Stage.REJECTED, details.rejected_on)
        rejection = enter_rejected(session, app, details)
        assert entry.id is not None and rejection.id is not None and app.id is not None
        return RejectionReceipt(
            application_id=app.id,
            rejection_id=rejection.id,
            stage_change_id=entry.id,
            previous_stage=before[0],
            previous_updated_at=before[1],
            previous_date_applied=before[2],
            company=app.company,
            role=app.role,
        )


def plan_progress(db: Database, rejection_id: int) -> int:
    """Steps of a plan already ticked or written in (undoing the rejection would lose them)."""
    with db.read() as session:
        done = session.exec(
            select(
                func.sum(
                    case(
                        (
                            (col(RecoveryStep.done_at).is_not(None))
                            | (col(RecoveryStep.answer) != "")
                            | (func.coalesce(RecoveryStep.answer_draft, "") != ""),
                            1,
                        ),
                        else_=0,
                    )
                )
            ).where(RecoveryStep.rejection_id == rejection_id)
        ).one()
        return int(done or 0)


def undo_rejection(db: Database, receipt: RejectionReceipt) -> None:
    """Put the application back where it was and remove the rejection with its plan."""
    with db.write() as session:
        app = get_application(session, receipt.application_id)
        if app.stage != Stage.REJECTED:
            raise BouncebackError(
                f"{app.company} has moved on from Rejected since, so there is nothing to undo."
            )
        session.execute(delete(Rejection).where(col(Rejection.id) == receipt.rejection_id))
        session.execute(delete(StageChange).where(col(StageChange.id) == receipt.stage_change_id))
        app.stage = receipt.previous_stage.value
        app.updated_at = receipt.previous_updated_at
        app.date_applied = receipt.previous_date_applied
        session.add(app)


# --- ghosting: a suggestion the person confirms ------------------------------------------


def ghost_after_days(db: Database) -> int:
    with db.read() as session:
        return ghost_days_setting(session)


def ghost_days_setting(session: Session) -> int:
    try:
        return max(1, int(get_setting(session, "ghost_after_days")))
    except (TypeError, ValueError):
        return 21


def in_stage_since(session: Session, app: Application) -> date | None:
    """The day of the move into the current stage (the latest timeline entry)."""
    assert app.id is not None
    last = _last_entry(session, app.id)
    return last.changed_on if last is not None else app.date_applied


def since_in(timeline: list[StageChange], app: Application) -> date | None:
    """``in_stage_since`` from a timeline already read."""
    return timeline[-1].changed_on if timeline else app.date_applied


def confirm_ghosted(db: Database, application_id: int) -> MoveResult:
    """The person agrees: no reply is coming. Applied -> Ghosted, dated today."""
    with db.write() as session:
        app = get_application(session, application_id)
        if app.stage != Stage.APPLIED:
            raise BouncebackError(f"{app.company} is no longer waiting in Applied.")
        change_stage(session, app, Stage.GHOSTED, clock.today())
        assert app.id is not None
        return MoveResult(app.id, app.company, Stage.APPLIED, Stage.GHOSTED)


def dismiss_ghost(db: Database, application_id: int) -> None:
    """The person says "not yet": the suggestion waits the same number of days again."""
    with db.write() as session:
        app = get_application(session, application_id)
        app.ghost_dismissed_on = clock.today()
        session.add(app)


def is_application_quiet(db: Database, application_id: int) -> bool:
    with db.read() as session:
        app = get_application(session, application_id)
        return is_quiet(
            Stage(app.stage),
            in_stage_since(session, app),
            app.ghost_dismissed_on,
            clock.today(),
            ghost_days_setting(session),
        )
