"""How Today says when a due item is due: "today", "3 days late", "sent 40 days ago", and
what is late on a hard day (said without alarm). The pane (ui/today/text.py) and the
`today` command (commands/today.py) say it alike."""

# Annotations are evaluated (no `from __future__ import annotations`), as in domain/due.py.
from datetime import date

from bounceback_tui.domain.dates import day_month, describe_relative
from bounceback_tui.domain.due import DueItem, DueKind
from bounceback_tui.domain.wording import days_ago, span

_NEVER_LATE = frozenset(
    {
        DueKind.THOUGHT_DRAFT,
        DueKind.SKILL_IN_PROGRESS,
        DueKind.GHOSTED,
        DueKind.LONG_PAST_FOLLOW_UPS,
    }
)
# A recovery plan's step past its day says the day it was for ("was due 18 Feb", as the plan
# says "since 18 Feb"), never a count that grows: 27 days after a no its line read "Keep the
# bridge intact… (+11 more)  26 days late", a wall of lateness for someone finding their
# feet again. It is never late (``days_late``). A feedback request is a plan's step too: it
# keeps its flag, as its own rule says (domain/step_timing.is_feedback_flagged), but says the
# day it was for, not "24 days late".
_PLAN_STEPS = frozenset({DueKind.RECOVERY_STEP, DueKind.FEEDBACK_REQUEST})


# A plan's comfort step past its day (``DueItem.care``): offered, never late. "Sunny Labs: Let
# yourself feel it for a while (+8 more) was due 5 Jan" made a chore of feelings (a tester's
# hard week).
WHEN_READY = "when you are ready"
WHEN_READY_SHORT = "when ready"

# What is late on a hard day (``as_said``), said without how late.
LATE = "late"


def was_due(item: DueItem, today: date) -> str:
    """ "was due 18 Feb" for a plan's step past its day; empty otherwise (a comfort step's
    too: ``WHEN_READY``)."""
    if item.kind not in _PLAN_STEPS or item.due_on is None or item.due_on >= today or item.care:
        return ""
    return f"was due {day_month(item.due_on, today)}"


def was_due_late(item: DueItem, today: date) -> str:
    """A plan's step past its day in its fewest cells: how late, as the box says it of
    others ("11d late"); empty for another item. Only where its day ("due 25 Dec 2026")
    does not fit: at 80x24 it read a bare "due", which reads as due today."""
    if not was_due(item, today) or item.due_on is None:
        return ""
    return f"{span((today - item.due_on).days, tiny=True)} late"


def days_late(item: DueItem, today: date) -> int:
    """How many days past its day ``item`` is: 0 when it is not, or is never late (a
    draft, a skill in progress, a quiet application, a group of old follow-ups, a recovery
    plan's step: ``was_due``)."""
    if item.due_on is None or item.kind in _NEVER_LATE or item.kind in _PLAN_STEPS:
        return 0
    return max(0, (today - item.due_on).days)


def describe_due(item: DueItem, today: date) -> str:
    """When an item is due, in words: "today", "3 days late", "sent 40 days ago". Late is
    said one way, flagged or not, a skill's own target too, as the Pipeline's column says
    it ("3d late"): the list read "overdue 3 days", "due 9 days ago" and "passed" at once.
    A plan's step past its day says when it was due (``was_due``)."""
    if item.kind is DueKind.SKILL_IN_PROGRESS:
        return "in progress"
    if item.care and item.due_on is not None and item.due_on < today:
        return WHEN_READY
    if passed := was_due(item, today):
        return passed
    if item.due_on is None or item.kind is DueKind.LONG_PAST_FOLLOW_UPS:
        return ""
    relative = describe_relative(item.due_on, today)
    if item.kind is DueKind.THOUGHT_DRAFT:
        return f"left {relative}"
    if item.kind is DueKind.GHOSTED:
        return f"last news {relative}" if item.later_news else f"sent {relative}"
    if item.gently and days_late(item, today):
        return LATE
    return follow_up_said(item.due_on, today)


def follow_up_said(day: date, today: date) -> str:
    """A follow-up's day in Today's words: "3 days late" once it has passed, else "today",
    "tomorrow", "in 4 days". People's detail says a person's follow-up so too: it read "5
    days ago" where Today said "5 days late" for the same one (a tester's walk)."""
    late = (today - day).days
    return f"{span(late)} late" if late > 0 else describe_relative(day, today)


def has_day(item: DueItem) -> bool:
    """Whether ``item`` is due on a day it can pass (a follow-up, a request, a step, a
    skill's target). Today's line says when at its end, in one column, for these and for
    the others alike ("sent 11 months ago")."""
    return item.due_on is not None and item.kind not in _NEVER_LATE


def describe_due_short(item: DueItem, today: date) -> str:
    """``describe_due`` in fewer cells for a line with little room: "3d late", "in 4d",
    "today" (as the Pipeline's column says how late), a plan's step past its day
    "due 18 Feb" (at 80 columns its day alone, "18 Feb", did not say it had passed)."""
    late = days_late(item, today)
    if late:
        return LATE if item.gently else f"{span(late, tiny=True)} late"
    if item.care and item.due_on is not None and item.due_on < today:
        return WHEN_READY_SHORT
    if was_due(item, today) and item.due_on is not None:  # "was due" in fewer cells
        return f"due {day_month(item.due_on, today)}"
    if item.due_on is not None and item.kind in (DueKind.GHOSTED, DueKind.THOUGHT_DRAFT):
        # In Today's column of days too: "sent 11mo ago", "left 3d ago".
        ago = days_ago(max(0, (today - item.due_on).days), tiny=True)
        if item.kind is DueKind.THOUGHT_DRAFT:
            return f"left {ago}"
        return f"last news {ago}" if item.later_news else f"sent {ago}"
    if item.due_on is not None and item.due_on > today and item.kind not in _NEVER_LATE:
        ahead = (item.due_on - today).days
        return f"in {span(ahead, tiny=True)}" if ahead > 1 else "tomorrow"
    return describe_due(item, today)


def as_said(item: DueItem, hard_day: bool) -> DueItem:
    """``item`` as Today says it, on the pane and in the `today` command alike: on a hard
    day (``domain/care.is_hard_day``: a no today, a check-in of 1 or 2, or back after a gap
    of a week or more) one past its day reads "late", muted, no warning, never how late
    ("8 days late" read on), as the next step then says what is late without how late (or
    welcomes the person back). Its place in the list stays."""
    return item._replace(flagged=False, gently=True) if hard_day else item
