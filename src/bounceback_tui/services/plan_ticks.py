"""Plan steps that work done elsewhere stands for, ticked in the same transaction.

- Sending an application after a no ticks that no's "Send the next application" step when
  it is the no's next application: the first sent after it, as Today's bounce-back counts it
  (docs/metrics.md), so nothing else was sent after the no before it. An application sent
  answers the plans of the noes since the last application sent, not every plan left open:
  a plan whose no was followed by an application weeks ago, its step left open, was ticked
  by the next one sent, with six others (a stranger's seven plans at once). An application
  is sent when it gets its date applied: added sent (the form, save as new, an import),
  moved on from Saved (`]`, or the form's stage) or given the date in the form. Every one
  of those ways asks ``sent_ticks`` (a CSV import ``tick_sent`` for all its rows at once):
  one rule. Each tick names its plan (``TickedStep.plan``) for the toast to say which. `u`
  on the add unticks what it ticked (``untick``).
- A thank-you, or a line sent that thanks them, logged for an application or for a person
  linked to it ticks the "Keep the bridge intact" step of its latest no
  (``bridge_application``, ticked by services/people_log.py as a feedback line ticks its
  step). Deleting the line takes that tick back, unless the person ticked it themselves
  (``bridge_ticks_of``); `u` puts it back (``retick``). `u` on the line just logged takes
  back its tick, a feedback line's too, with what it noted in the step (``untick``); so does
  deleting a feedback line, while the tick is the line's (services/feedback_line.py).

Only a step still open is ticked (not one skipped); nothing here unticks a step the person
ticked.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from sqlmodel import Session, col, exists, or_, select

from bounceback_tui import clock
from bounceback_tui.domain.people import BRIDGE_STEP, InteractionKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import app_name
from bounceback_tui.services.added import TickedStep as TickedStep  # its home before
from bounceback_tui.store.models import (
    Application,
    ApplicationContact,
    Interaction,
    RecoveryStep,
    Rejection,
    StageChange,
)

NEXT_APPLICATION_STEP = "keep_going.next"


def sent_ticks(
    session: Session, app: Application, applied_before: date | None
) -> tuple[TickedStep, ...]:
    """Inside the caller's transaction, after a change to ``app``: when it has just been sent
    (a date applied now, none before: ``applied_before``), tick the open "Send the next
    application" step of each no it is the next application for (not its own no): dated on
    or before that day, with nothing else sent after it before. Every way an application
    is added or moved asks this. An application recorded now on the day of a no is
    recorded after it, so it counts (docs/metrics.md)."""
    if applied_before is not None or app.date_applied is None or app.id is None:
        return ()
    return tick_sent(session, [(app.id, app.date_applied)])


def tick_sent(session: Session, sent: Sequence[tuple[int, date]]) -> tuple[TickedStep, ...]:
    """The rule of ``sent_ticks`` for applications just sent, each (id, date applied), at
    once (a CSV import's rows): a no's step is ticked when the first of them that is not its
    own, sent on or after the day of the no, is its next application (``_sent_before``)."""
    from bounceback_tui.services.recovery_steps import sync_completion

    if not sent:
        return ()
    session.flush()  # the applications as just written, for ``_sent_before``
    by_day = sorted(sent, key=lambda item: item[1])
    days = [day for _app_id, day in by_day]
    found = session.exec(
        select(RecoveryStep, Rejection)
        .join(Rejection, col(Rejection.id) == col(RecoveryStep.rejection_id))
        .where(
            RecoveryStep.template_key == NEXT_APPLICATION_STEP,
            col(RecoveryStep.done_at).is_(None),
            col(RecoveryStep.skipped_at).is_(None),
            col(Rejection.rejected_on) <= days[-1],
        )
        .order_by(col(Rejection.rejected_on), col(RecoveryStep.id))
    ).all()
    ticked = []
    now = clock.now()
    for step, no in found:
        start = bisect_left(days, no.rejected_on)
        first = next((day for app_id, day in by_day[start:] if app_id != no.application_id), None)
        if first is None:
            continue
        these = [app_id for app_id, _day in by_day[start : bisect_right(days, first)]]
        if _sent_before(session, no, first, these):
            continue  # its next application went before: this one answers later noes
        step.done_at = now
        step.updated_at = now
        session.add(step)
        session.flush()
        sync_completion(session, step.rejection_id)
        assert step.id is not None
        ticked.append(TickedStep(step.id, step.title, now, plan=app_name(no.company, no.role)))
    return tuple(ticked)


def _sent_before(session: Session, no: Rejection, day: date, these: Sequence[int]) -> bool:
    """Whether an application other than ``these`` (the ones just sent) and the no's own was
    sent after ``no`` (docs/metrics.md: dated after its day, or on it and recorded as sent
    after it was recorded) on or before ``day``."""
    # When it was written down; written over elsewhere (read as none), no earlier than its
    # day, the one bound known (a no is written down on the day it came or later).
    recorded: datetime = no.created_at or datetime.combine(no.rejected_on, time.min)
    moved_after = exists(
        select(StageChange.id).where(
            StageChange.application_id == Application.id,
            StageChange.from_stage == Stage.SAVED.value,
            StageChange.changed_on == no.rejected_on,
            col(StageChange.created_at) > recorded,
        )
    )
    query = select(Application.id).where(
        col(Application.date_applied) >= no.rejected_on,
        col(Application.date_applied) <= day,
        col(Application.id).not_in(list(these)),
        or_(
            col(Application.date_applied) > no.rejected_on,
            col(Application.created_at) > recorded,
            moved_after,
        ),
    )
    if no.application_id is not None:
        query = query.where(Application.id != no.application_id)
    return session.exec(query.limit(1)).first() is not None


def untick(session: Session, ticked: Iterable[TickedStep]) -> tuple[str, ...]:
    """Inside the caller's transaction: take back the ticks an action made, each only while
    it is still the tick it made (a step ticked again or unticked since is left alone), with
    what else it wrote in the step (``TickedStep.filled``) while that is still so too.
    Returns the titles of the steps unticked."""
    return untick_saying(session, ticked)[0]


def untick_saying(
    session: Session, ticked: Iterable[TickedStep]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``untick``, and beside the titles unticked those of the steps that stay as they are,
    ticked, because they changed since (ticked again, an answer written over): `u`'s note
    names them. A step unticked since is open already: neither."""
    from bounceback_tui.services.recovery_steps import sync_completion

    unticked: list[str] = []
    kept: list[str] = []
    for made in ticked:
        step = session.get(RecoveryStep, made.step_id)
        if step is None:
            continue
        if step.done_at != made.done_at or any(
            getattr(step, column) != after for column, _before, after in made.filled
        ):
            if step.done_at is not None:
                kept.append(step.title)
            continue
        for column, before, _after in made.filled:
            setattr(step, column, before)
        if made.ticked_now:
            step.done_at = None
        step.updated_at = clock.now()
        session.add(step)
        session.flush()
        sync_completion(session, step.rejection_id)
        if made.ticked_now:
            unticked.append(step.title)
    return tuple(unticked), tuple(kept)


def retick(session: Session, ticked: Iterable[TickedStep]) -> None:
    """Inside the caller's transaction: put back the ticks ``untick`` took (`u` after the
    delete that took them), each as it was, with what else it took from the step
    (``filled``: a feedback line's day asked and how, or answer, services/feedback_line.py), only
    while its step is still as the delete left it: not skipped, open (when the delete
    unticked it), and those columns as the delete left them."""
    from bounceback_tui.services.recovery_steps import sync_completion

    for made in ticked:
        step = session.get(RecoveryStep, made.step_id)
        if (
            step is None
            or step.skipped_at is not None
            or (made.ticked_now and step.done_at is not None)
            or any(getattr(step, column) != before for column, before, _after in made.filled)
        ):
            continue
        for column, _before, after in made.filled:
            setattr(step, column, after)
        step.done_at = made.done_at
        step.updated_at = clock.now()
        session.add(step)
        session.flush()
        sync_completion(session, step.rejection_id)


# The lines that may tick the bridge step: a thank-you, a "Sent" that thanks them, and the
# gracious reply marked sent (services/messages.mark_sent).
_BRIDGE_KINDS = (InteractionKind.SENT.value, InteractionKind.THANK_YOU_SENT.value)


def bridge_ticks_of(session: Session, line: Interaction) -> tuple[TickedStep, ...]:
    """The "Keep the bridge intact" tick ``line`` made, while it is still the tick it made:
    the step of a no of the application it ticked for (the line's, else one linked to its
    person) done at the line's own moment (``domain/step_timing.done_moment``). A step the person
    ticked by hand, or ticked again since, was done at another moment and is not the line's."""
    from bounceback_tui.domain.step_timing import done_moment

    if line.kind not in _BRIDGE_KINDS or line.happened_on is None:
        return ()  # None: its day written over elsewhere, no tick's moment is its
    if line.application_id is not None:
        about = select(Application.id).where(Application.id == line.application_id)
    elif line.contact_id is not None:
        about = select(ApplicationContact.application_id).where(
            ApplicationContact.contact_id == line.contact_id
        )
    else:
        return ()
    steps = session.exec(
        select(RecoveryStep)
        .join(Rejection, col(Rejection.id) == col(RecoveryStep.rejection_id))
        .where(
            RecoveryStep.template_key == BRIDGE_STEP,
            RecoveryStep.done_at == done_moment(line.happened_on, line.created_at),
            col(Rejection.application_id).in_(about),
        )
    ).all()
    return tuple(
        TickedStep(step.id, step.title, step.done_at)
        for step in steps
        if step.id is not None and step.done_at is not None
    )


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
            col(RecoveryStep.skipped_at).is_(None),
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
