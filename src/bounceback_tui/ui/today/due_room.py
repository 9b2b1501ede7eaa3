"""Today's due list in a box with room to spare: the quiet applications past the few always
listed (``TodaySummary.due_room``) fill the rows a tall terminal leaves empty. At 200x50 the
list stopped at three quiet applications, "and 9 more: 9 quiet applications", over twenty
empty rows; a short box lists the three and counts the rest, as before. The quiet ones come
the longest silent first (store/fastread_due.ghosted_candidates)."""

# Annotations are evaluated (no `from __future__ import annotations`), as in ui/today/layout.
from typing import TYPE_CHECKING

from bounceback_tui.domain.due import DueItem, DueKind
from bounceback_tui.domain.due_more import due_in_room

if TYPE_CHECKING:
    from bounceback_tui.services.today import TodaySummary


def due_listed(
    summary: "TodaySummary", room: int
) -> tuple[tuple[DueItem, ...], tuple[tuple[DueKind, int], ...], int]:
    """The items to list in a box of ``room`` lines, the counts by kind it leaves out, and
    how many that is: the summary's list, with as many more quiet applications as its rows
    take (one row kept for "and N more" while some are left out), as the printed `today`
    lists them (domain/due_more.due_in_room)."""
    return due_in_room(summary.due, summary.due_room, summary.due_total, summary.due_unlisted, room)


def due_key(item: DueItem) -> str:
    """An item's line id, the same whatever the list around it: a list made again (a resize,
    the care strip or the people part arriving, a reload) keeps the cursor on it, and a line
    chosen opens it. Kept at its line's number, the cursor went from Quietco07 to Quietco02 when
    the quiet applications a taller box adds sorted before it."""
    return f"{item.kind.name}:{item.item_id}:{item.step_id}"


def line_of(listed: tuple[DueItem, ...], key: str | None) -> int | None:
    """The line of the item with ``key`` in ``listed`` (None: it is not listed)."""
    return next((n for n, item in enumerate(listed) if due_key(item) == key), None)
