"""Recovery's header line: how many plans, how many are still open and how many of those
rest, and what the filter or the open-only view shows.

A plan rests when it is unfinished and its no is older than Today counts
(``domain.due.ACTIVE_PLAN_DAYS``): it stays here, without nagging on Today. Today's
"Plans" figure counts the open ones that do not rest as "active", so the two panes'
numbers add up side by side: "10 still open, 3 of them resting" here, "7 active" there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from textual.content import Content

from bounceback_tui.domain.due import active_since
from bounceback_tui.domain.wording import noun_for, number, plural
from bounceback_tui.services.recovery_plans import PlanRow
from bounceback_tui.ui.kit.text import markup_with


def resting_words(still_open: int, resting: int) -> str:
    """How many of the open plans rest, after "N still open": ", 3 of them resting",
    ", all resting", ", resting" (the one open plan), or nothing when none does."""
    if not resting:
        return ""
    if resting < still_open:
        return f", {number(resting)} of them resting"
    return ", all resting" if still_open > 1 else ", resting"


def header_text(
    rows: Sequence[PlanRow], today: date, shown: int, *, query: str, open_only: bool
) -> Content:
    """The header for ``rows`` (every plan) with ``shown`` of them on screen."""
    total = len(rows)
    since = active_since(today)
    still_open = resting = 0
    for row in rows:
        if not row.completed:
            still_open += 1
            resting += row.rejected_on is not None and row.rejected_on < since
    text = (
        markup_with(
            "[b]$total[/b] recovery $noun, [b]$open[/b] still open$resting",
            total=number(total),
            noun=noun_for(total, "plan"),
            open=number(still_open),
            resting=resting_words(still_open, resting),
        )
        if total
        else Content("")
    )
    if query or open_only:
        what = plural(shown, "open plan" if open_only else "plan")
        matching = " matching the filter" if query else ""
        showing = "  ·  showing" if total else "Showing"
        text += markup_with(
            "$showing $what$matching", showing=showing, what=what, matching=matching
        )
    return text
