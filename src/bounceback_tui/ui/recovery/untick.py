"""Space on a step done on an earlier day asks before unticking it.

Walking down a plan with space and Down, a person unticked "Let yourself feel it", done
5 Jan, without a word; ticked again it read "done 15 Jan", the day it was done lost. Space
still ticks and unticks (docs/keys.md), but a step done before today asks first, naming the
step and its day; one ticked today is unticked at once (a slip put right: ticked again, it
has the same day).
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.dates import day_month
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.text import markup_with


def asks_before_untick(step: StepView, today: date) -> bool:
    """Whether unticking ``step`` would lose the day it was done (an earlier day)."""
    return step.done_at is not None and step.done_at.date() < today


def untick_question(step: StepView, today: date) -> ConfirmScreen:
    """ "Untick “Let yourself feel it”, done 5 Jan?"; a yes unticks it."""
    assert step.done_at is not None
    done = day_month(step.done_at.date(), today)
    kept = " What you wrote on it stays." if step.answer.strip() else ""
    return ConfirmScreen(
        markup_with("Untick “$step”, done $done?", step=step.title, done=done),
        markup_with(
            "It is open again, and its day done ($done) goes: ticked again, it is done the day "
            "you tick it.$kept",
            done=done,
            kept=kept,
        ),
        confirm_label="Untick",
        cancel_label="Keep it ticked",
        danger=False,
    )
