"""Correcting a no (Recovery's `e`), in one ``db.write()`` transaction, compare-and-set
against the version its form read; and what the correction carries to the rows tied to it.

- Its day, for a no linked to an application: never before the application was sent
  (``applications.before_sent``), and the timeline's entry for it takes the new day.
- A later day: a step of its plan ticked before that day would have been done before the no
  came. The form asks first (``ticks_before_move``); with the person's yes (``move_ticks``) those
  steps stay ticked, dated the no's new day (a feedback request's "asked on" too, and the
  plan's finish); without it the save is refused, saying why, and nothing changes.
- Its day, for a plan whose feedback was asked: "Note what came back" stays due a week
  after the ask (services/reply_day.follow_the_ask), not moved with the no.
- Its company or role, for a no linked to an application: the application in the Pipeline
  is renamed with it, compare-and-set against the version the form read of it (a change made
  to it in another window refuses the save), and the application's other noes that still
  read as it did follow, as they do when it is renamed in the Pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from sqlmodel import Session, col, select

from bounceback_tui import clock
from bounceback_tui.domain.applications import before_sent
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.recovery_forms import RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import changed_elsewhere, plural
from bounceback_tui.errors import ConflictError, ValidationError
from bounceback_tui.services.applications import rename_its_rejections
from bounceback_tui.services.recovery import checked_rejection
from bounceback_tui.services.recovery_views import RejectionView, rejection_view
from bounceback_tui.services.reply_day import follow_the_ask, replies_after_ask
from bounceback_tui.store.cas import refresh_version
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, RecoveryStep, Rejection, StageChange

RENAMED_FIELDS = ("company", "role")


class TicksBefore(NamedTuple):
    """The steps of a plan ticked before a day: how many, and the day of the first."""

    steps: int
    first_on: date | None


@dataclass(frozen=True)
class Corrected:
    """A saved correction, and what it carried elsewhere (for the toast)."""

    rejection: RejectionView
    ticks_moved: int = 0  # steps whose tick now bears the no's new day
    renamed: bool = False  # its application in the Pipeline took the new company or role
    kept: bool = False  # saved as it is stored: nothing written (services/kept_edits.py)

    @property
    def id(self) -> int:
        return self.rejection.id


def ticks_before_move(db: Database, rejection_id: int, day: date) -> TicksBefore:
    """The steps of the no's plan ticked before ``day``, when ``day`` is later than the no's
    day in the store (a save to it asks about them first); none otherwise."""
    with db.read() as session:
        rejection = session.get(Rejection, rejection_id)
        # A day that could not be read (None) is moved from as if it were the earliest.
        if rejection is None or (
            rejection.rejected_on is not None and day <= rejection.rejected_on
        ):
            return TicksBefore(0, None)
        return _ticks_before(session, rejection_id, day)


def application_version(db: Database, rejection: RejectionView) -> int | None:
    """The version of the application a no is linked to, as the form opens (None: none)."""
    if rejection.application_id is None:
        return None
    with db.read() as session:
        app = session.get(Application, rejection.application_id)
        return None if app is None else app.version


def correct_rejection(
    db: Database,
    rejection_id: int,
    data: RejectionInput,
    *,
    expected_version: int | None = None,
    expected_application_version: int | None = None,
    move_ticks: bool = False,
) -> Corrected:
    """Correct a no's details in one transaction (the module's docstring says what else it
    changes). With ``expected_version``, only if the no (and its plan) is still as the form
    read it; with ``expected_application_version``, a rename only if its application is too."""
    with db.write() as session:
        rejection = checked_rejection(session, rejection_id, expected_version)
        app = _application_of(session, rejection)
        if app is not None and (problem := before_sent(data.rejected_on, app.date_applied)):
            raise ValidationError.single("rejected_on", problem)
        moved = 0
        # The reply steps that count from the ask keep counting from it (reply_day.py).
        replies = replies_after_ask(session, rejection_id)
        was = rejection.rejected_on  # None: written over by another program, unreadable
        if was is None or data.rejected_on > was:
            moved = _ticks_to_the_new_day(session, rejection_id, data.rejected_on, move_ticks)
            _finish_on_or_after(rejection, data.rejected_on)
        if app is not None and was is not None and data.rejected_on != was:
            _move_its_entry(session, app, was, data.rejected_on)
        renamed = app is not None and _rename_its_application(
            session, app, rejection, data, expected_application_version
        )
        rejection.company = data.company
        rejection.role = data.role
        rejection.rejected_on = data.rejected_on
        rejection.stage_reached = data.stage_reached
        rejection.reason = data.reason
        session.add(rejection)
        follow_the_ask(session, rejection_id, replies, data.rejected_on)
        refresh_version(session, rejection)
        return Corrected(rejection_view(rejection), moved, renamed)


def update_rejection(
    db: Database,
    rejection_id: int,
    data: RejectionInput,
    *,
    expected_version: int | None = None,
    move_ticks: bool = False,
) -> RejectionView:
    """``correct_rejection``'s no alone (a rename reaches its application unconditionally)."""
    return correct_rejection(
        db, rejection_id, data, expected_version=expected_version, move_ticks=move_ticks
    ).rejection


def _application_of(session: Session, rejection: Rejection) -> Application | None:
    if rejection.application_id is None:
        return None
    return session.get(Application, rejection.application_id)


def _ticks_before(session: Session, rejection_id: int, day: date) -> TicksBefore:
    done = [
        moment.date()
        for moment in session.exec(
            select(RecoveryStep.done_at).where(
                RecoveryStep.rejection_id == rejection_id,
                col(RecoveryStep.done_at).is_not(None),
            )
        )
        if moment is not None and moment.date() < day
    ]
    return TicksBefore(len(done), min(done, default=None))


def ticks_before_refused(ticks: TicksBefore, day: date, today: date) -> str:
    """Why a no cannot move to ``day`` while steps were ticked before it (and what to do)."""
    steps = plural(ticks.steps, "step")
    were = "was" if ticks.steps == 1 else "were"
    first = day_month(ticks.first_on or day, today)
    return (
        f"{steps} of its plan {were} ticked before {day_month(day, today)}, and a step is "
        f"not done before its no came. Choose {first} or earlier, or keep them ticked on "
        "the new day."
    )


def _on_day(moment: datetime, day: date) -> datetime:
    """``moment`` moved to ``day`` at the same time of day, never later than now."""
    return min(datetime.combine(day, moment.time()), clock.now())


def _ticks_to_the_new_day(session: Session, rejection_id: int, day: date, move: bool) -> int:
    """The steps ticked before ``day``, dated ``day`` (their "asked on" too) when ``move``;
    refused, saying why, when not. How many moved."""
    ticks = _ticks_before(session, rejection_id, day)
    if not ticks.steps:
        return 0
    if not move:
        raise ValidationError.single("rejected_on", ticks_before_refused(ticks, day, clock.today()))
    now = clock.now()
    for step in session.exec(
        select(RecoveryStep).where(
            RecoveryStep.rejection_id == rejection_id, col(RecoveryStep.done_at).is_not(None)
        )
    ):
        if step.done_at is None or step.done_at.date() >= day:
            continue
        step.done_at = _on_day(step.done_at, day)
        if step.asked_on is not None and step.asked_on < day:
            step.asked_on = day
        step.updated_at = now
        session.add(step)
    return ticks.steps


def _finish_on_or_after(rejection: Rejection, day: date) -> None:
    """A finished plan's finish is not before its no's day (its last tick was moved there)."""
    finished = rejection.plan_completed_at
    if finished is not None and finished.date() < day:
        rejection.plan_completed_at = _on_day(finished, day)


def _move_its_entry(session: Session, app: Application, was: date, now: date) -> None:
    """The application's move into Rejected that recorded this no (the latest on the no's
    old day) dated ``now``: "Rejected since" in the Pipeline says the day Recovery does."""
    entry = session.exec(
        select(StageChange)
        .where(
            StageChange.application_id == app.id,
            StageChange.to_stage == Stage.REJECTED.value,
            StageChange.changed_on == was,
        )
        .order_by(col(StageChange.id).desc())
    ).first()
    if entry is not None:
        entry.changed_on = now
        session.add(entry)


def application_changed(company: str, role: str = "") -> str:
    """The conflict's words when the application a rename would reach changed elsewhere."""
    return changed_elsewhere("{name} in the Pipeline", name=app_name(company, role))


RENAME_SETTLED = (
    "Its name changes in the Pipeline too, so nothing was saved. Reload to see the no as it "
    "is now, then make your change again."
)


def _rename_its_application(
    session: Session,
    app: Application,
    rejection: Rejection,
    data: RejectionInput,
    expected: int | None,
) -> bool:
    """The company and role the person changed on the no, given to its application too (and
    to its other noes that read as it did); False when the application already reads so.
    Refused (ConflictError, nothing written) when the application is not the version the
    form read."""
    changed = {
        name: getattr(data, name)
        for name in RENAMED_FIELDS
        if getattr(data, name) != getattr(rejection, name)
        and getattr(data, name) != getattr(app, name)
    }
    if not changed:
        return False
    if expected is not None and app.version != expected:
        # The form's fields are the no's, none changed there: the dialog says what did.
        raise ConflictError(
            application_changed(app.company, app.role),
            current={},
            current_version=rejection.version,
            settled=RENAME_SETTLED,
        )
    named = (app.company, app.role)
    for name, value in changed.items():
        setattr(app, name, value)
    app.updated_at = clock.now()
    session.add(app)
    rename_its_rejections(session, app, named)
    return True
