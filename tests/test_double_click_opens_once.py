"""A double-click on a list's line opens what it opens once.

Found driving the app with the mouse: a double-click on a Recovery step opened its note
dialog twice, one on top of the other; one Escape left the same dialog in sight, and `q`
then went into the note as a kept draft. Textual's option lists open on a click, so each
click of the double-click opened one. The second click of a chain now opens nothing
(``kit/choice_lists.OpensOncePerClick``); the app's own lists open on the double-click
alone, and not again on a third click (``kit/virtual_list``); Today's due list opens a line
on its first click only (``today/board.py``).
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.recovery.steps import StepList
from bounceback_tui.ui.today.board import TodayBoard
from tests.recovery_fixtures import add_rejection
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, post_double_click, settle, settle_workers


def _dialogs(app: Any) -> list[Any]:
    return app.screen_stack[1:]


async def test_a_double_click_on_a_recovery_step_opens_one_dialog(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Oakleaf Insurance")
    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        await settle_workers(pilot)
        steps = app.query_one(StepList)
        first_step = 1  # under its group's heading
        steps.highlighted = first_step
        await settle(pilot)
        region = steps.content_region
        post_double_click(app, region.x + 4, region.y + first_step - int(steps.scroll_y))
        await settle(pilot, 8)
        assert len(_dialogs(app)) == 1, app.screen_stack
        await pilot.press("escape")
        await settle(pilot, 6)
        assert _dialogs(app) == []
        assert focus_problem(app) is None


async def test_a_click_on_a_recovery_step_still_opens_it(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Oakleaf Insurance")
    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        await settle_workers(pilot)
        steps = app.query_one(StepList)
        await pilot.click(steps, offset=(4, 1))  # the first step, under its heading
        await settle(pilot, 6)
        assert len(_dialogs(app)) == 1, app.screen_stack


async def test_a_double_click_on_todays_draft_opens_it_once_and_escape_goes_back(
    opened_paths: DataPaths, db: Database
) -> None:
    # Today's line opened the draft on each click; opened twice, it forgot it came from
    # Today, and Escape left the person on Reframe's list.
    add_record(db, "I will never get hired", complete=False, step=2)
    async with app_on(opened_paths) as (app, pilot, _pane):
        await settle_workers(pilot)
        due = app.query_one(TodayBoard)
        x, y = due.due_offset(0)
        post_double_click(app, due.region.x + x, due.region.y + y)
        await settle(pilot, 10)
        assert app.current_pane.id == "reframe"
        await pilot.press("escape")
        await settle(pilot, 6)
        assert app.current_pane.id == "today"
        assert focus_problem(app) is None
