"""Due lines in one box said one way: each line's form is its own (ui/today/due_fit.py), but
where one line in view has to say when it is due in fewer cells, leave out its lead, or say
how late it is more plainly, every line in view does."""

# Annotations are evaluated (no `from __future__ import annotations`), as in board_rows.py.
from collections.abc import Iterable

from bounceback_tui.ui.today.due_cuts import SAYS_DAY
from bounceback_tui.ui.today.due_fit import DuePrompt


def said_bare(prompts: Iterable[object], width: int, short: bool) -> bool:
    """Whether a box of due lines leaves out their leads ("Skill target: ", "Working on: "):
    where any of ``prompts`` (those in view) has to at ``width``. One form in a box: at 100x30
    "↑ Talking through trade-offs out loud" stood above "↑ Skill target: System design
    interviews", and at 80x24 "↑ System design…" above "↑ Working on…"."""
    return any(
        isinstance(prompt, DuePrompt) and not prompt.keeps_lead(width, short) for prompt in prompts
    )


def said_short(prompts: Iterable[object], width: int) -> bool:
    """Whether a box of due lines says when each is due in fewer cells ("3d late", "sent
    11mo ago"): where any of ``prompts`` (those in view) has to at ``width``. One form in a
    box: at 80x24 "24d late" stood beside "7 days late"."""
    return any(isinstance(prompt, DuePrompt) and prompt.takes_short(width) for prompt in prompts)


def said_late(prompts: Iterable[object], width: int, short: bool, bare: bool) -> int:
    """How every overdue line of a box says when it was due (``due_cuts.SAYS_DAY``, then
    ``SAYS_DAYS``, then ``SAYS_LATE``): the richest way that fits each of ``prompts`` (those
    in view) at ``width``, as ``short`` and ``bare`` have them. Each line took its own by its
    room: at 36 cells "? Ask Riverstone… for feedback  late" stood above "✉ Northwind…
    (Senior Data…)  3d late"."""
    said = (
        prompt.late_said(width, short, bare) for prompt in prompts if isinstance(prompt, DuePrompt)
    )
    return max((style for style in said if style is not None), default=SAYS_DAY)
