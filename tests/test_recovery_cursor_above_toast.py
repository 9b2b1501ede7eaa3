"""A note raised in a plan at 80x24 leaves the step under the cursor in sight.

A new user's walk: each tick, skip or removal's note sat for seconds over the bottom of the
plan's steps at 80x24, the step just acted on under it. The list scrolls so the cursor's row
is above the note, where the list has the room to.
"""

from __future__ import annotations

from textual.widgets._toast import Toast

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection
from tests.ui_harness import app_on, settle


def _cursor_rows(step_list) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The screen rows (first, last) of the cursor's step."""
    index = step_list.highlighted
    first = step_list._index_to_line[index]
    last = first + step_list._heights[index] - 1
    top = step_list.content_region.y - int(step_list.scroll_offset.y)
    return top + first, top + last


async def test_the_cursor_row_stays_above_a_note(opened_paths: DataPaths, db: Database) -> None:
    add_rejection(db)
    async with app_on(opened_paths, "recovery", size=(80, 24), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        await pilot.press("enter")
        await settle(pilot)
        step_list = pane.step_list
        # Down the list to the step drawn lowest on the screen.
        for _ in range(6):
            await pilot.press("j")
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot, 4)
        toasts = [toast for toast in app.screen.query(Toast) if toast.region.height]
        assert toasts
        top_of_notes = min(toast.region.y for toast in toasts)
        first, last = _cursor_rows(step_list)
        shown = step_list.content_region
        assert shown.y <= first and last < shown.bottom  # in the list's view
        overlaps = any(toast.region.x < shown.right for toast in toasts)
        assert not overlaps or last < top_of_notes, (first, last, top_of_notes)
