"""What another window changed on a step, for the conflict dialog of its writing screen.

The dialog said "Its answer there is empty now." when the other window had ticked the step
and left its answer empty, as it had been all along (a stranger's two windows): the person
weighed their text against a change that was not made. Now it names what changed: the tick,
the skip, "Nothing came back", the day it was asked, and the answer only when that changed.
"""

from __future__ import annotations

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.text import clip_name
from bounceback_tui.services.recovery_views import StepView

# How much of the other window's answer the dialog quotes.
QUOTED = 160


def _shown_text(step: StepView, draft: str | None) -> str:
    return draft if draft is not None else step.answer


def changed_there(read: StepView, read_draft: str | None, now: StepView) -> str:
    """Plain sentences naming what differs between the step this screen read (``read``,
    with the draft it kept, ``read_draft``) and the step as stored ``now``."""
    said: list[str] = []
    if (read.done_at is None) != (now.done_at is None):
        said.append("It was ticked there." if now.done_at is not None else "It was unticked there.")
    if read.skipped != now.skipped:
        said.append("It was skipped there." if now.skipped else "It is no longer skipped there.")
    if read.nothing_came_back != now.nothing_came_back:
        ticked = "ticked" if now.nothing_came_back else "unticked"
        said.append(f"“Nothing came back” was {ticked} there.")
    if read.asked_on != now.asked_on:
        said.append(
            f"The day it was asked is {day_month(now.asked_on, clock.today())} there."
            if now.asked_on is not None
            else "The day it was asked was taken off there."
        )
    if read.title != now.title:
        said.append(f"It is called “{clip_name(now.title, QUOTED)}” there now.")
    text = _shown_text(now, now.answer_draft)
    if text != _shown_text(read, read_draft):
        if text.strip():
            said.append(f"Its answer there now: “{clip_name(text, QUOTED)}”")
        else:
            said.append("Its answer there is empty now.")
    return " ".join(said) or "Nothing you can see here changed there."
