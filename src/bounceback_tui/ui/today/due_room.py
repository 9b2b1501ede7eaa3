"""Today's due list in a box with room to spare: the quiet applications past the few always
listed (``TodaySummary.due_room``) fill the rows a tall terminal leaves empty. At 200x50 the
list stopped at three quiet applications, "and 9 more: 9 quiet applications", over twenty
empty rows; a short box lists the three and counts the rest, as before."""

# Annotations are evaluated (no `from __future__ import annotations`), as in ui/today/layout.
from typing import TYPE_CHECKING

from bounceback_tui.domain.due import DueItem, DueKind, order_due
from bounceback_tui.domain.due_alike import told_apart

if TYPE_CHECKING:
    from bounceback_tui.services.today import TodaySummary


def due_listed(
    summary: "TodaySummary", room: int
) -> tuple[tuple[DueItem, ...], tuple[tuple[DueKind, int], ...], int]:
    """The items to list in a box of ``room`` lines, the counts by kind it leaves out, and
    how many that is: the summary's list, with as many more quiet applications as its rows
    take (one row kept for "and N more" while some are left out)."""
    due, extra = summary.due, summary.due_room
    more = summary.due_total - len(due)
    if len(due) + len(extra) <= room and len(extra) == more:
        take = len(extra)  # all of them, and no line for the rest
    else:
        take = max(0, min(len(extra), room - len(due) - 1))
    if not take:
        return tuple(due), summary.due_unlisted, more
    unlisted = tuple(
        (kind, count - take if kind is DueKind.GHOSTED else count)
        for kind, count in summary.due_unlisted
        if kind is not DueKind.GHOSTED or count > take
    )
    # Told apart with the lines listed: two older ones at one company read alike ("◌
    # Samecorp: ghosted?" twice) where the summary's own list had told its lines apart.
    listed = told_apart(order_due([*due, *extra[:take]]))
    return tuple(listed), unlisted, more - take


def due_key(item: DueItem) -> str:
    """An item's line id, the same whatever the list around it: a list made again (a resize,
    the care strip or the people part arriving, a reload) keeps the cursor on it, and a line
    chosen opens it. Kept at its line's number, the cursor went from Quietco07 to Quietco02 when
    the quiet applications a taller box adds sorted before it."""
    return f"{item.kind.name}:{item.item_id}:{item.step_id}"


def line_of(listed: tuple[DueItem, ...], key: str | None) -> int | None:
    """The line of the item with ``key`` in ``listed`` (None: it is not listed)."""
    return next((n for n, item in enumerate(listed) if due_key(item) == key), None)
