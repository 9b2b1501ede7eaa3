"""The plan step a feedback line ticked, taken back when the line is deleted (People's `I`,
then `d`), and put back by `u` (services/people_log.py): "Ask for feedback" for a "Feedback
asked" line, "Note what came back" for a "Feedback received" one.

Logging such a line ticks its step at the line's own moment (services/recovery_steps.
tick_plan_step), writing in it what the line says: the day asked and how for an ask, the
line's note as a reply's answer when it had none. Deleting the line left the step ticked,
while nothing in the log said so any more. Now the delete takes back what the line gave the
step, as ``plan_ticks.untick`` takes back any action's tick, only while the step still holds
it:

- no other line of its kind about the application is left: the step is open again, without
  what the line wrote in it (an ask's day and how; a reply's answer while it is the line's
  note: an answer the person wrote stays, on the open step, as Recovery's untick keeps it);
- another is: the step is ticked from the earliest of them instead, as if that line had
  ticked it (done at its moment; an ask asked on its day and sent to its person, a reply
  answered by its note in place of the deleted line's), as an ask's reply now counts from it.

How an ask went ("asked_via") goes or changes with the line only while it is what the line
wrote there (its person, ``sent_to``): a how the person typed in Recovery after the tick
stays.

A tick the person made (in Recovery, or before the line was logged: done at another moment)
stays as it is, with all it holds, as a thank-you's bridge tick does
(``plan_ticks.bridge_ticks_of``); so does an ask whose day asked is not the line's, or is
another line's too, as its reply does.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlmodel import Session

from bounceback_tui.domain.asked_how import ASKED_VIA_LIMIT
from bounceback_tui.domain.people import InteractionKind, step_ticked_by
from bounceback_tui.services.added import TickedStep
from bounceback_tui.store.models import Contact, Interaction, RecoveryStep, Rejection
from bounceback_tui.store.table_reads import columns, readable_row
from bounceback_tui.stored_dates import stored_day

Filled = tuple[tuple[str, Any, Any], ...]
Other = tuple[date, str, Interaction]  # the earliest other line: its day, its note, itself


def feedback_ticks_of(session: Session, line: Interaction) -> tuple[TickedStep, ...]:
    """What ``line``, a "Feedback asked" or "Feedback received", gave its step in its
    application's plan and still holds there, as ``plan_ticks.untick`` takes it back and
    ``retick`` puts it back (the module's docstring says when); () when nothing."""
    from bounceback_tui.domain.step_timing import done_moment
    from bounceback_tui.services.recovery_steps import plan_step

    kind = InteractionKind(line.kind)
    step_key = step_ticked_by(kind)
    if step_key is None or line.application_id is None or line.happened_on is None:
        return ()  # None: its day written over elsewhere, no tick's day is its
    step = plan_step(session, line.application_id, step_key)
    rejection = session.get(Rejection, step.rejection_id) if step is not None else None
    if step is None or step.id is None or step.done_at is None or rejection is None:
        return ()
    if rejection.rejected_on is None:  # written over by another program: no day to match
        return ()
    asking = kind is InteractionKind.FEEDBACK_ASKED
    day = max(line.happened_on, rejection.rejected_on)  # a line before the no: on its day
    if step.done_at != done_moment(day, line.created_at) or (asking and step.asked_on != day):
        return ()  # not the line's: ticked by the person, or asked on another day
    others = sorted(
        (
            (max(on, rejection.rejected_on), other.created_at, other.note, other)
            for on, other in other_lines(session, line)
        ),
        key=lambda found: found[:3],  # the line itself is not compared
    )
    if asking and any(on == day for on, _at, _note, _line in others):
        return ()  # another ask says the same day: the step stands for it too
    if not others:
        return (TickedStep(step.id, step.title, step.done_at, _gone(session, step, line, day)),)
    on, at, note, other = others[0]
    instead = _instead(session, step, line, day, (on, note, other))
    moved = (("done_at", done_moment(on, at), step.done_at), *instead)
    return (TickedStep(step.id, step.title, step.done_at, moved, ticked_now=False),)


def other_lines(session: Session, line: Interaction) -> list[tuple[date, Interaction]]:
    """The other lines of ``line``'s kind about its application, each with its day; one
    whose day another program wrote over is left out: no ask or reply is known to be on a
    day that cannot be read (read as stored, not through the day's type: never a crash)."""
    table = columns(Interaction)
    found = session.execute(
        select(table.id, type_coerce(table.happened_on, String)).where(
            table.application_id == line.application_id,
            table.kind == line.kind,
            table.id != line.id,
        )
    )
    days = [(day, other_id) for other_id, stored in found if (day := stored_day(stored))]
    return [
        (day, other)
        for day, other_id in days
        if (other := readable_row(session, Interaction, other_id)) is not None
    ]


def sent_to(contact: Contact | None) -> str:
    """How an ask went as a "Feedback asked" line writes it in the step: the person it was
    sent to, with their email ("Rita Okoye <rita@initech.example>"); "" without one."""
    if contact is None:
        return ""
    return (contact.name + (f" <{contact.email}>" if contact.email else ""))[:ASKED_VIA_LIMIT]


def _gone(session: Session, step: RecoveryStep, line: Interaction, day: date) -> Filled:
    """What goes from the step with the line's tick, each (column, after, as now)."""
    if line.kind == InteractionKind.FEEDBACK_ASKED.value:
        return (("asked_on", None, day), *_via(session, step, line, ""))
    return (("answer", "", step.answer),) if _answered_by(step, line) else ()


def _instead(
    session: Session, step: RecoveryStep, line: Interaction, day: date, other: Other
) -> Filled:
    """What the step holds from the earliest other line (its day, note and itself) in
    place of the deleted line's, each (column, after, as now)."""
    on, note, other_line = other
    if line.kind == InteractionKind.FEEDBACK_ASKED.value:
        return (("asked_on", on, day), *_via(session, step, line, _sent_by(session, other_line)))
    return (("answer", note, step.answer),) if _answered_by(step, line) else ()


def _via(session: Session, step: RecoveryStep, line: Interaction, after: str) -> Filled:
    """How the ask went, ``after`` the line is gone: only while the step holds what the
    line wrote (a how typed in Recovery since stays)."""
    if step.asked_via != _sent_by(session, line):
        return ()
    return (("asked_via", after, step.asked_via),)


def _sent_by(session: Session, line: Interaction) -> str:
    """What logging ``line`` writes as how the ask went (``sent_to`` its person)."""
    contact = session.get(Contact, line.contact_id) if line.contact_id is not None else None
    return sent_to(contact)


def _answered_by(step: RecoveryStep, line: Interaction) -> bool:
    """True when the reply's answer is the line's note (logging it wrote it there)."""
    return bool(line.note) and step.answer == line.note
