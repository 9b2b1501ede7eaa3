"""The day of a plan's "Note what came back", moved by a feedback ask, and put back.

An ask recorded late moves the open reply steps of its plan to a week after it
(``recovery_steps.reply_waits_for_ask``). What moves them is kept as ``MovedDay``s, so the
move can be undone as exactly as the tick beside it:

- `u` on a "Feedback asked" line just logged, or a feedback request just marked as sent
  (services/people_log.py): the reply's day goes back with the line, while it still has the
  day the ask gave it (``days_moved`` records the move, ``put_back_days`` undoes it).
- Deleting a "Feedback asked" line (People's `I`, then `d`): the ask step's tick the line
  made goes with it (services/feedback_line.py), and the reply no longer counts from the ask
  deleted. It is due as it would be without it (``reply_without_ask``):
  a week after the next ask still in the log about that application, or else on the day its
  plan gave it. A reply set further out than the ask made it keeps its day. `u` after the
  delete puts the day back with the line (``put_back_days``).
- Correcting the no's day (Recovery's `e`, services/recovery_edits.py): a reply that counts
  from the ask stays a week after it (``replies_after_ask``, ``follow_the_ask``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, col, select

from bounceback_tui import clock
from bounceback_tui.domain.people import FEEDBACK_ASK_STEP, InteractionKind
from bounceback_tui.domain.recovery import (
    DEFAULT_TEMPLATE,
    StepKind,
    reply_offset_once_asked,
)
from bounceback_tui.services.added import MovedDay
from bounceback_tui.services.feedback_line import other_lines
from bounceback_tui.store.models import (
    Interaction,
    RecoveryStep,
    RecoveryTemplateStep,
    Rejection,
)

# The open reply steps of a plan: id -> (title, days from its no).
ReplyDays = dict[int, tuple[str, int]]


def reply_days(session: Session, rejection_id: int) -> ReplyDays:
    """The open reply steps of the no's plan and their days, as they are now."""
    return {
        step.id: (step.title, step.offset_days)
        for step in _open_replies(session, rejection_id)
        if step.id is not None
    }


def days_moved(session: Session, rejection_id: int, before: ReplyDays) -> tuple[MovedDay, ...]:
    """The reply steps whose day changed since ``before`` (``reply_days``), as moves."""
    rejection = session.get(Rejection, rejection_id)
    if rejection is None or rejection.rejected_on is None:  # None: written over, unreadable
        return ()
    now = reply_days(session, rejection_id)
    return tuple(
        MovedDay(step_id, title, was, now[step_id][1], rejection.rejected_on)
        for step_id, (title, was) in before.items()
        if step_id in now and now[step_id][1] != was
    )


def put_back_days(session: Session, moved: Iterable[MovedDay]) -> tuple[MovedDay, ...]:
    """Inside the caller's transaction: each step's day back to ``before``, while it still
    has the day the move gave it (``after``: moved again since, or gone, it stays as it is).
    Returns the moves taken back."""
    back: list[MovedDay] = []
    for one in moved:
        step = session.get(RecoveryStep, one.step_id)
        if step is None or step.offset_days != one.after:
            continue
        step.offset_days = one.before
        step.updated_at = clock.now()
        session.add(step)
        back.append(one)
    session.flush()
    return tuple(back)


def reply_without_ask(session: Session, line: Interaction) -> tuple[MovedDay, ...]:
    """Inside the delete's transaction: the open reply steps of the plan a "Feedback asked"
    ``line`` counted them from, moved to where they would be without it (the module's
    docstring says how), and the moves made. Nothing when the reply counts from another ask
    (the step's "asked on" is not the line's day, or another line says the same day)."""
    if line.kind != InteractionKind.FEEDBACK_ASKED.value or line.application_id is None:
        return ()
    from bounceback_tui.services.recovery_steps import plan_step

    ask = plan_step(session, line.application_id, FEEDBACK_ASK_STEP)
    rejection = session.get(Rejection, ask.rejection_id) if ask is not None else None
    if ask is None or ask.asked_on is None or rejection is None or rejection.rejected_on is None:
        return ()  # nothing asked, or no day of the no to count from (written over)
    no_day = rejection.rejected_on
    if line.happened_on is None:  # written over elsewhere: no ask is known to be its day
        return ()
    if ask.asked_on != max(line.happened_on, no_day):  # a line before the no asked on its day
        return ()
    # The other asks whose day can be read (one written over elsewhere is no ask's day).
    others: list[date] = [max(on, no_day) for on, _other in other_lines(session, line)]
    if ask.asked_on in others:
        return ()
    next_ask = min(others, default=None)
    moved: list[MovedDay] = []
    for reply in _open_replies(session, ask.rejection_id):
        own = _plan_day(session, reply.template_key)
        if own is None or reply.id is None:
            continue  # a step of the person's own: no day without an ask to go back to
        if reply.offset_days != reply_offset_once_asked(no_day, ask.asked_on, own):
            continue  # not the day the ask gave it: set further out, it stays
        day = own if next_ask is None else reply_offset_once_asked(no_day, next_ask, own)
        if day != reply.offset_days:
            moved.append(MovedDay(reply.id, reply.title, reply.offset_days, day, no_day))
            reply.offset_days = day
            reply.updated_at = clock.now()
            session.add(reply)
    session.flush()
    return tuple(moved)


def replies_after_ask(session: Session, rejection_id: int) -> list[tuple[RecoveryStep, int]]:
    """The open reply steps of the no's plan that count from its ask (the day the ask gave
    them, ``reply_waits_for_ask``), each with its plan's own day: before the no's day is
    corrected, for ``follow_the_ask`` after it. None while nothing was asked."""
    ask = _ask_of(session, rejection_id)
    rejection = session.get(Rejection, rejection_id)
    if ask is None or ask.asked_on is None or rejection is None or rejection.rejected_on is None:
        return []  # nothing asked, or no day of the no to count from (written over)
    found: list[tuple[RecoveryStep, int]] = []
    for reply in _open_replies(session, rejection_id):
        own = _plan_day(session, reply.template_key)
        if own is not None and reply.offset_days == reply_offset_once_asked(
            rejection.rejected_on, ask.asked_on, own
        ):
            found.append((reply, own))
    return found


def follow_the_ask(
    session: Session, rejection_id: int, replies: list[tuple[RecoveryStep, int]], no_day: date
) -> None:
    """Inside the correction's transaction: each of ``replies`` (``replies_after_ask``) due
    REPLY_WAIT_DAYS after the day feedback was asked, counted from the no's new day
    ``no_day``: a reply follows the ask, whatever the no's day. Changing a no's day from 9 to
    19 Jan moved "Note what came back", asked on 22 Jan, from "in 4 days" to "in 14 days"."""
    ask = _ask_of(session, rejection_id)
    if ask is None or ask.asked_on is None:
        return
    for reply, own in replies:
        day = reply_offset_once_asked(no_day, ask.asked_on, own)
        if day != reply.offset_days:
            reply.offset_days = day
            reply.updated_at = clock.now()
            session.add(reply)


def _ask_of(session: Session, rejection_id: int) -> RecoveryStep | None:
    return session.exec(
        select(RecoveryStep).where(
            RecoveryStep.rejection_id == rejection_id,
            RecoveryStep.template_key == FEEDBACK_ASK_STEP,
        )
    ).first()


def _open_replies(session: Session, rejection_id: int) -> list[RecoveryStep]:
    return list(
        session.exec(
            select(RecoveryStep).where(
                RecoveryStep.rejection_id == rejection_id,
                RecoveryStep.kind == StepKind.REPLY.value,
                col(RecoveryStep.done_at).is_(None),
            )
        )
    )


def _plan_day(session: Session, key: str | None) -> int | None:
    """The offset a plan gives the step of template ``key``: the person's template's (retired
    or not), else the built-in one's; None for a step of the person's own."""
    if key is None:
        return None
    stored = session.exec(
        select(RecoveryTemplateStep.offset_days).where(RecoveryTemplateStep.key == key)
    ).first()
    if stored is not None:
        return int(stored)
    return next((step.offset_days for step in DEFAULT_TEMPLATE if step.key == key), None)
