"""Moving applications between stages: `[`/`]`, marking rejected (and undoing it), ghosting.

Every public function here is one user action and one ``db.write()`` transaction. The
session helpers (``change_stage``, ``enter_rejected``) are shared with the add and edit use
cases (``services/applications.py``): every route into a stage records the same timeline
entry, into Rejected the no and its plan, and out of play lets the follow-up go."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete
from sqlmodel import Session, col, select

from bounceback_tui import clock
from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.stages import (
    CLOSED_STAGES,
    PROGRESSION,
    Stage,
    ghost_days,
    is_quiet,
    next_stage,
    previous_stage,
    stage_reached,
)
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.errors import BouncebackError, ConflictError, NotFoundError
from bounceback_tui.services.application_views import (
    ApplicationView,
    StageChangeView,
)
from bounceback_tui.services.move_answered import (
    Before,
    MovedOn,
    put_follow_up_back,
    settle_follow_up,
)
from bounceback_tui.services.move_conflicts import rejection_retold as rejection_retold
from bounceback_tui.services.move_conflicts import retold as retold
from bounceback_tui.services.move_conflicts import what_changed as what_changed
from bounceback_tui.services.plan_ticks import TickedStep, sent_ticks
from bounceback_tui.services.recovery import insert_rejection
from bounceback_tui.services.rejection_receipt import RejectionReceipt as RejectionReceipt
from bounceback_tui.services.rejection_receipt import put_back_before as put_back_before
from bounceback_tui.services.rejection_receipt import stored_before
from bounceback_tui.services.settings import get_setting
from bounceback_tui.services.stage_slip import exit_to_take_back, is_slip
from bounceback_tui.services.stage_slip import last_entry as _last_entry
from bounceback_tui.store.cas import checked, version_now
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Rejection, StageChange
from bounceback_tui.store.table_reads import readable_row

GONE = gone_elsewhere("That application")


def get_application(session: Session, application_id: int) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(GONE)
    return app


def checked_application(
    session: Session, application_id: int, expected_version: int | None
) -> Application:
    """The application, if it is still the version the person's screen read (None: any)."""
    return checked(
        session,
        Application,
        application_id,
        expected_version,
        gone=GONE,
        changed=lambda app: changed_elsewhere("{name}", name=app_name(app.company, app.role)),
        get=readable_row,  # a day another program wrote over: read as none, a new one saved
    )


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


def reached_in(
    timeline: Sequence[StageChange] | Sequence[StageChangeView], app: Application | ApplicationView
) -> Stage:
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
        # Sending is the first step past Saved, dated the day applied; a follow-up set for a day
        # before it comes due then. (An exit says nothing about when, or whether, it was sent.)
        app.date_applied = on
        app.next_follow_up = app.next_follow_up and max(app.next_follow_up, on)
    close_follow_up(app, to)
    session.add(app)
    session.flush()
    return entry


def close_follow_up(app: Application, to: Stage) -> None:
    """A closed application has no follow-up (kept hidden, it was exported and then lost on a
    CSV round trip: a stranger's). `u` on a no puts it back from its receipt."""
    if to in CLOSED_STAGES:
        app.next_follow_up = None


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
    # The application's version after the move.
    version: int = 0
    # Plan steps the move ticked: out of Saved it was sent (services/plan_ticks.py).
    ticked: tuple[TickedStep, ...] = ()
    role: str = ""
    # What `u` needs to take the move back, with a follow-up it settled (a move forward past
    # Applied: the company answered); None when `[` took a same-day move back.
    moved_on: MovedOn | None = None
    # `[` the same day took back a move that had settled a follow-up: it is back.
    follow_up_back: date | None = None


def move_target(db: Database, application_id: int, step: int) -> Stage | None:
    """Where `]` (step 1) or `[` (step -1) would take the application; None at either end."""
    with db.read() as session:
        app = get_application(session, application_id)
        current, got_to = Stage(app.stage), reached(session, app)
        if step < 0 and (slipped := exit_to_take_back(session, app, clock.today())):
            return slipped  # `]` out of it today was a slip (services/stage_slip.py)
    return next_stage(current, got_to) if step > 0 else previous_stage(current, got_to)


def move_stage(
    db: Database,
    application_id: int,
    to: Stage,
    *,
    expected_version: int | None = None,
    settled: MovedOn | None = None,
) -> MoveResult:
    """Move along the progression (or out of an exit). Rejected is refused here: it needs
    the rejection's details, so it goes through ``mark_rejected`` (but a same-day `]` out of
    it is taken back, its rejection still there: services/stage_slip.py). With
    ``expected_version``, only if the application is still the version the screen read.
    A move forward past Applied ends a follow-up set before it (``MoveResult.moved_on``);
    ``settled``, that move's receipt: a slip taken back the same day puts its follow-up back."""
    today = clock.today()
    with db.write() as session:
        app = checked_application(session, application_id, expected_version)
        current = Stage(app.stage)
        if current is to:
            raise BouncebackError(f"It is already in {to.label}.")
        exit_back = exit_to_take_back(session, app, today) if to.is_exit else None
        if to is Stage.REJECTED and exit_back is not to:
            raise BouncebackError("Use x to mark an application rejected.")
        last = _last_entry(session, application_id)
        took_back = is_slip(last, current, to, today) and (
            (current in PROGRESSION and to in PROGRESSION) or exit_back is to
        )
        if took_back and last is not None:
            # A same-day step back along the progression undoes the slip (an extra `]`)
            # instead of leaving a made-up reply in the timeline and the funnel.
            session.delete(last)
            app.stage = to.value
            close_follow_up(app, to)  # back into an exit: closed again
            back = put_follow_up_back(app, last, settled)
            app.updated_at = clock.now()
            session.add(app)
            ticked: tuple[TickedStep, ...] = ()
            version = version_now(session, Application, application_id)
            return MoveResult(
                *(application_id, app.company, current, to, True, version, ticked, app.role),
                follow_up_back=back,
            )
        before = Before.of(session, app)
        settle_follow_up(app, current, to)  # they answered (domain/follow_up_rules.py)
        entry = change_stage(session, app, to, today)
        ticked = sent_ticks(session, app, before.date_applied)
        version = version_now(session, Application, application_id)
        return MoveResult(
            *(application_id, app.company, current, to, False, version, ticked, app.role),
            moved_on=before.moved_on(app, current, entry, version, ticked),
        )


# --- marking rejected, and taking it back ------------------------------------------------


def mark_rejected(
    db: Database,
    application_id: int,
    details: RejectionInput,
    *,
    expected_version: int | None = None,
) -> RejectionReceipt:
    """One transaction: the stage change, the rejection, and its recovery plan (with
    ``expected_version``, only if the application is still the version the screen read)."""
    with db.write() as session:
        app = checked_application(session, application_id, expected_version)
        if app.stage == Stage.REJECTED:
            raise BouncebackError(f"{app_name(app.company, app.role)} is already marked rejected.")
        return mark_rejected_in(session, app, details)


def mark_rejected_in(
    session: Session, app: Application, details: RejectionInput
) -> RejectionReceipt:
    """``mark_rejected`` inside the caller's transaction (Recovery's `n` for an application
    open here: services/open_applications.py)."""
    before = (Stage(app.stage), app.updated_at, app.date_applied, app.next_follow_up)
    as_stored = stored_before(session, app)  # its days written over elsewhere, as stored
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
        previous_follow_up=before[3],
        company=app.company,
        role=app.role,
        version=version_now(session, Application, app.id),
        as_stored=as_stored,
    )


def undo_rejection(db: Database, receipt: RejectionReceipt) -> None:
    """Put the application back and remove the rejection with its plan, if no other window
    changed it since it was marked rejected (this window's own writes: store/own_writes.py)."""
    with db.write() as session:
        app = checked_application(session, receipt.application_id, None)
        if app.stage != Stage.REJECTED:
            raise BouncebackError(
                f"{app_name(app.company, app.role)} has moved on from Rejected since, so there "
                "is nothing to undo."
            )
        if receipt.version and not db.own_writes.made_by_me(
            receipt.application_id, receipt.version, app.version
        ):
            raise ConflictError(
                f"{app_name(app.company, app.role)} was changed in another window since it was "
                "marked rejected, "
                "so nothing was taken back.",
                current=app.model_dump(),
                current_version=app.version,
            )
        session.execute(delete(Rejection).where(col(Rejection.id) == receipt.rejection_id))
        put_back_before(session, app, receipt)


# --- ghosting: a suggestion the person confirms ------------------------------------------


def ghost_after_days(db: Database) -> int:
    with db.read() as session:
        return ghost_days_setting(session)


def ghost_days_setting(session: Session) -> int:
    return ghost_days(get_setting(session, "ghost_after_days"))


def in_stage_since(session: Session, app: Application) -> date | None:
    """The day of the move into the current stage (the latest timeline entry)."""
    assert app.id is not None
    last = _last_entry(session, app.id)
    return last.changed_on if last is not None else app.date_applied


def since_in(
    timeline: Sequence[StageChange] | Sequence[StageChangeView], app: Application | ApplicationView
) -> date | None:
    """``in_stage_since`` from a timeline already read."""
    return timeline[-1].changed_on if timeline else app.date_applied


def confirm_ghosted(
    db: Database, application_id: int, *, expected_version: int | None = None
) -> MoveResult:
    """The person agrees: no reply is coming. Applied -> Ghosted, dated today."""
    with db.write() as session:
        app = checked_application(session, application_id, expected_version)
        if app.stage != Stage.APPLIED:
            raise BouncebackError(
                f"{app_name(app.company, app.role)} is no longer waiting in Applied."
            )
        change_stage(session, app, Stage.GHOSTED, clock.today())
        assert app.id is not None
        version = version_now(session, Application, app.id)
        return MoveResult(
            app.id, app.company, Stage.APPLIED, Stage.GHOSTED, version=version, role=app.role
        )


def dismiss_ghost(
    db: Database, application_id: int, *, expected_version: int | None = None
) -> None:
    """The person says "not yet": the suggestion waits the same number of days again."""
    with db.write() as session:
        app = checked_application(session, application_id, expected_version)
        app.ghost_dismissed_on = clock.today()
        session.add(app)


def interviewed(session: Session, application_id: int) -> bool:
    """Whether an interview is booked for the application (ahead or held): the company's
    reply, so it is not quiet (``domain/stages.is_quiet``)."""
    from bounceback_tui.store.models import Interview

    found = select(Interview.id).where(col(Interview.application_id) == application_id)
    return session.exec(found.limit(1)).first() is not None


def is_application_quiet(db: Database, application_id: int) -> bool:
    with db.read() as session:
        app = get_application(session, application_id)
        return is_quiet(
            Stage(app.stage),
            app.date_applied,
            in_stage_since(session, app),
            app.ghost_dismissed_on,
            clock.today(),
            ghost_days_setting(session),
            app.next_follow_up,
            interviewed(session, application_id),
        )
