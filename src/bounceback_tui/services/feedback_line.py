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
  ticked it (done at its moment; an ask asked on its day, a reply answered by its note in
  place of the deleted line's), as an ask's reply now counts from it.

A tick the person made (in Recovery, or before the line was logged: done at another moment)
stays as it is, with all it holds, as a thank-you's bridge tick does
(``plan_ticks.bridge_ticks_of``); so does an ask whose day asked is not the line's, or is
another line's too, as its reply does.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, select

from bounceback_tui.domain.people import InteractionKind, step_ticked_by
from bounceback_tui.services.added import TickedStep
from bounceback_tui.store.models import Interaction, RecoveryStep, Rejection

Filled = tuple[tuple[str, Any, Any], ...]


def feedback_ticks_of(session: Session, line: Interaction) -> tuple[TickedStep, ...]:
    """What ``line``, a "Feedback asked" or "Feedback received", gave its step in its
    application's plan and still holds there, as ``plan_ticks.untick`` takes it back and
    ``retick`` puts it back (the module's docstring says when); () when nothing."""
    from bounceback_tui.services.recovery_steps import done_moment, plan_step

    kind = InteractionKind(line.kind)
    step_key = step_ticked_by(kind)
    if step_key is None or line.application_id is None:
        return ()
    step = plan_step(session, line.application_id, step_key)
    rejection = session.get(Rejection, step.rejection_id) if step is not None else None
    if step is None or step.id is None or step.done_at is None or rejection is None:
        return ()
    asking = kind is InteractionKind.FEEDBACK_ASKED
    day = max(line.happened_on, rejection.rejected_on)  # a line before the no: on its day
    if step.done_at != done_moment(day, line.created_at) or (asking and step.asked_on != day):
        return ()  # not the line's: ticked by the person, or asked on another day
    others = sorted(
        (max(other.happened_on, rejection.rejected_on), other.created_at, other.note)
        for other in session.exec(
            select(Interaction).where(
                Interaction.application_id == line.application_id,
                Interaction.kind == line.kind,
                Interaction.id != line.id,
            )
        )
    )
    if asking and any(on == day for on, _at, _note in others):
        return ()  # another ask says the same day: the step stands for it too
    if not others:
        return (TickedStep(step.id, step.title, step.done_at, _gone(step, line, day)),)
    on, at, note = others[0]
    moved = (("done_at", done_moment(on, at), step.done_at), *_instead(step, line, day, on, note))
    return (TickedStep(step.id, step.title, step.done_at, moved, ticked_now=False),)


def _gone(step: RecoveryStep, line: Interaction, day: date) -> Filled:
    """What goes from the step with the line's tick, each (column, after, as now)."""
    if line.kind == InteractionKind.FEEDBACK_ASKED.value:
        return (("asked_on", None, day), ("asked_via", "", step.asked_via))
    return (("answer", "", step.answer),) if _answered_by(step, line) else ()


def _instead(step: RecoveryStep, line: Interaction, day: date, on: date, note: str) -> Filled:
    """What the step holds from the earliest other line (``on``, ``note``) in place of the
    deleted line's, each (column, after, as now)."""
    if line.kind == InteractionKind.FEEDBACK_ASKED.value:
        return (("asked_on", on, day),)
    return (("answer", note, step.answer),) if _answered_by(step, line) else ()


def _answered_by(step: RecoveryStep, line: Interaction) -> bool:
    """True when the reply's answer is the line's note (logging it wrote it there)."""
    return bool(line.note) and step.answer == line.note
