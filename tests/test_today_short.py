"""Today on a short terminal shows what fits, and says how many due items are below (ux10,
item 6).

Walked in tmux on the demo data: below about 24 rows at 80 columns (20 at 60) the due
list's box kept its ten rows (eight items) or, stacked, its seven, whatever the height: its
bottom edge and the figures' went under the key bar, the trends were cut to their first
lines, and `j` moved the cursor onto items the box no longer showed. The plan of rows now
ends at the board's bottom (the trends only where they fit whole), and the box's bottom
edge says how many items are below what it shows ("+15 more").
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.today.board import TodayBoard
from tests.built_stores import store_once
from tests.pipeline_fixtures import put
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SIZES = [(80, 24), (60, 20), (80, 16), (100, 18), (80, 12), (60, 12), (60, 10)]


@pytest.fixture
def demo_store(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 60)
    # A fourth quiet application: Today lists three, so its list ends with "and 1 more: 1
    # quiet application", the line these tests bring into sight. (The demo's own fourth, sent
    # 21 days before, is not quiet since Today asks the Pipeline's rule: more than 21; and
    # of its others only one is quiet, the rest having a follow-up set for a day ahead.)
    db = Database(opened_paths.database)
    try:
        sent = date(2026, 2, 20)  # 24 days before the tests' day
        for company in ("Proseware", "Fabrikam", "Northwind"):
            put(db, company, [("applied", sent)], date_applied=sent)
    finally:
        db.dispose()
    return opened_paths


def _due_box(app: object, board: TodayBoard) -> tuple[list[str], int]:
    """The due box's lines as painted, top edge to bottom edge, and the count in its title."""
    plan = board.rows_plan()
    lines = screen_lines(app)  # type: ignore[arg-type]
    top = board.region.y + plan.cards_top
    box = [line[: board.due_box_width()] for line in lines[top : top + plan.cards_height]]
    found = re.search(r"Due now · (\d+)", box[0])
    assert found, box[0]
    return box, int(found[1])


def _below(box: list[str]) -> int:
    found = re.search(r"\+(\d+) more", box[-1])
    return int(found[1]) if found else 0


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_the_due_box_ends_on_screen_and_counts_what_is_below(
    demo_store: DataPaths, size: tuple[int, int]
) -> None:
    async with app_on(demo_store, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        board = app.query_one("#today-body", TodayBoard)
        plan = board.rows_plan()
        # Nothing planned past the board's bottom: the key bar is under it.
        assert len(plan.rows) <= board.size.height, (len(plan.rows), board.size.height)
        trends = plan.count("trends")
        assert trends in (0, 6)  # whole, or left out
        box, total = _due_box(app, board)
        assert box[-1].lstrip().startswith("╰"), box[-1]  # its bottom edge, on screen
        items = [line for line in box[1:-1] if line.strip("│ ")]
        shown = len(items)
        assert shown == plan.due_rows  # every row it has is in sight, each an item
        assert _below(box) == total - shown, box[-1]  # the rest, counted by hand
        # Down to the last row it shows and one more: the cursor stays in sight.
        for _ in range(shown):
            await pilot.press("j")
        await pilot.pause()
        assert board.highlighted == shown
        _x, y = board.due_offset(shown)
        assert plan.cards_top < y < plan.cards_top + plan.cards_height - 1
        box, _total = _due_box(app, board)
        assert _below(box) == total - shown - 1, box[-1]
        # On the last item the list's own last line ("and 1 more: 1 quiet application")
        # comes into sight with it: the edge promises nothing no key can reach. A box of
        # one row (60x10) has room for the cursor's line alone: the one left out is below.
        await pilot.press("end")
        await pilot.pause()
        box, _total = _due_box(app, board)
        assert board.highlighted is not None
        assert _below(box) == (0 if plan.due_rows > 1 else 1), box
        assert focus_problem(app) is None


async def test_the_count_below_takes_in_what_the_list_leaves_out(demo_store: DataPaths) -> None:
    """The list holds up to 40 items and ends with "and N more" for the rest: those are
    below too, until that line itself is in sight."""
    from textual.content import Content

    from bounceback_tui.ui.today.board_rows import DueLine

    async with app_on(demo_store, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        board = app.query_one("#today-body", TodayBoard)
        options = [DueLine(f"Item {n}", str(n)) for n in range(40)]
        options.append(DueLine("  and 5 more", disabled=True))
        board.set_due(options, Content("Due now · 45"), 5)
        await pilot.pause()
        box, total = _due_box(app, board)
        rows = board.rows_plan().due_rows
        assert _below(box) == total - rows == 45 - rows, box[-1]
        # The last item brings the "and 5 more" line under it into sight: nothing below.
        await pilot.press("end")
        await pilot.pause()
        box, _total = _due_box(app, board)
        assert "Item 39" in box[-3] and "and 5 more" in box[-2], box[-3:]
        assert "more" not in box[-1], box[-1]
        # One up: the cursor's line stays where it is, the box does not jump back.
        await pilot.press("k")
        await pilot.pause()
        box, _total = _due_box(app, board)
        assert "Item 38" in box[-4] and "and 5 more" in box[-2], box[-4:]


async def test_the_last_line_of_the_demo_list_comes_into_sight_at_100x30(
    demo_store: DataPaths,
) -> None:
    """Walked in tmux on plain `demo` at 100x30: the box's edge said "+1 more", but End,
    PageDown and `j` stopped on the last item with the "and 1 more: 1 quiet application"
    line still under the edge, and one more `j` went back to the first row."""
    async with app_on(demo_store, size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        board = app.query_one("#today-body", TodayBoard)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is board
        box, _total = _due_box(app, board)
        assert _below(box) > 0, box[-1]
        for key in ("end", "pagedown", "j"):
            await pilot.press("home", *[key] * (board.option_count - 2 if key == "j" else 3))
            await pilot.pause()
            box, _total = _due_box(app, board)
            assert "and 1 more: 1 quiet application" in box[-2], (key, box[-3:])
            assert "more" not in box[-1], (key, box[-1])
        assert focus_problem(app) is None
