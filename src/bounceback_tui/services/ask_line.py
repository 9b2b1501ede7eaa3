"""The "Ask for feedback" tick a "Feedback asked" line made, taken back when the line is
deleted (People's `I`, then `d`), and put back by `u` (services/people_log.py).

Logging a "Feedback asked" line ticks the plan's ask step at the line's own moment, with the
day asked (services/recovery_steps.tick_plan_step). Deleting the line left the step ticked
and asked on that day, while the reply's day no longer counted from it (services/reply_day.py):
the plan said asked, and nothing in the log did. Now the delete takes back what the line
gave the step, as ``plan_ticks.untick`` takes back any action's tick, only while the step
still holds it:

- no other "Feedback asked" line about the application is left: the step is open again, not
  asked (its day and how asked go with the tick);
- another is: the step is ticked from the earliest of them instead, as if that line had
  ticked it (its day asked, and done at its moment), as the reply now counts from it.

A tick the person made (in Recovery, or before the line was logged: done at another moment)
stays as it is, day asked and all, as a thank-you's bridge tick does
(``plan_ticks.bridge_ticks_of``); so does a step whose day asked is not the line's, or is
another line's too, as its reply does.
"""

from __future__ import annotations

from sqlmodel import Session, select

from bounceback_tui.domain.people import FEEDBACK_ASK_STEP, InteractionKind
from bounceback_tui.services.added import TickedStep
from bounceback_tui.store.models import Interaction, Rejection


def ask_ticks_of(session: Session, line: Interaction) -> tuple[TickedStep, ...]:
    """What ``line``, a "Feedback asked", gave the ask step of its application's plan and
    still holds there, as ``plan_ticks.untick`` takes it back and ``retick`` puts it back
    (the module's docstring says when); () when nothing."""
    from bounceback_tui.services.recovery_steps import done_moment, plan_step

    if line.kind != InteractionKind.FEEDBACK_ASKED.value or line.application_id is None:
        return ()
    ask = plan_step(session, line.application_id, FEEDBACK_ASK_STEP)
    rejection = session.get(Rejection, ask.rejection_id) if ask is not None else None
    if ask is None or ask.id is None or ask.done_at is None or rejection is None:
        return ()
    day = max(line.happened_on, rejection.rejected_on)  # a line before the no asked on its day
    if ask.asked_on != day or ask.done_at != done_moment(day, line.created_at):
        return ()  # not the line's: asked on another day, or ticked by the person
    others = sorted(
        (max(other.happened_on, rejection.rejected_on), other.created_at)
        for other in session.exec(
            select(Interaction).where(
                Interaction.application_id == line.application_id,
                Interaction.kind == InteractionKind.FEEDBACK_ASKED.value,
                Interaction.id != line.id,
            )
        )
    )
    if any(on == day for on, _at in others):
        return ()  # another line says the same day: the step stands for it too
    if not others:
        gone = (("asked_on", None, day), ("asked_via", "", ask.asked_via))
        return (TickedStep(ask.id, ask.title, ask.done_at, gone),)
    on, at = others[0]
    moved = (("done_at", done_moment(on, at), ask.done_at), ("asked_on", on, day))
    return (TickedStep(ask.id, ask.title, ask.done_at, moved, ticked_now=False),)
