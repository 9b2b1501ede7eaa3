"""Today's due list, next step and people strip answer the mouse as the other panes' do.

Found driving the app with the mouse: one click on a "Due now" line opened it, where a click
selects and a double-click opens in the Pipeline, People and Recovery; the "Next step: …
(n)" card did nothing when clicked; and the wheel scrolled the due lines but left the cursor
on a line scrolled away, nothing in view lit, so Enter opened something out of sight
(``ui/today/board.py``).
"""

from __future__ import annotations

from typing import Any

from textual.widgets import ContentSwitcher

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.today.board import TodayBoard
from tests.built_stores import store_once
from tests.test_people_pane import seeded  # noqa: F401  (an interview past, one ahead)
from tests.ui_harness import app_on, post_wheel, settle, settle_workers


def _current(app: Any) -> str | None:
    return app.query_one("#panes", ContentSwitcher).current


def _demo(paths: DataPaths) -> None:
    from bounceback_tui.services.demo import fill_demo

    store_once(paths, fill_demo, 200)


async def test_after_the_wheel_enter_opens_the_line_lit_in_view(opened_paths: DataPaths) -> None:
    _demo(opened_paths)
    async with app_on(opened_paths, size=(120, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        board = app.query_one("#today-body", TodayBoard)
        summary = app.query_one("#today").summary
        assert board.highlighted == 0 and board.option_count > board.due_rows + 6
        x, y = board.due_offset(2)
        post_wheel(app, board.region.x + x, board.region.y + y, "down", times=2)
        await settle(pilot)
        assert board.due_top == 6  # three lines a turn
        assert board.highlighted == 6  # the cursor came along: the first line in view
        lit = summary.due[6]
        await pilot.press("enter")
        await settle_workers(pilot)
        assert _current(app) == lit.kind.pane
        assert focus_problem(app) is None


async def test_after_the_wheel_up_the_cursor_is_the_last_line_in_view(
    opened_paths: DataPaths,
) -> None:
    _demo(opened_paths)
    async with app_on(opened_paths, size=(120, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        board = app.query_one("#today-body", TodayBoard)
        rows = board.due_rows
        await pilot.press(*["j"] * (rows + 5))  # the cursor well down the list
        await settle(pilot)
        top = board.due_top
        assert top > 3 and board.highlighted == top + rows - 1
        x, y = board.due_offset(top + 1)
        post_wheel(app, board.region.x + x, board.region.y + y, "up", times=2)
        await settle(pilot)
        assert board.due_top == max(0, top - 6)
        assert board.highlighted == board.due_top + rows - 1


async def test_a_click_on_the_next_step_follows_it_as_n_does(opened_paths: DataPaths) -> None:
    _demo(opened_paths)
    async with app_on(opened_paths, size=(120, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        board = app.query_one("#today-body", TodayBoard)
        step = app.query_one("#today").summary.next_step
        assert step.pane not in ("today", "reframe")  # a pane to go to
        assert "Next step:" in board.render_line(board.rows_plan().first("next")).text
        await pilot.click(board, offset=(4, board.rows_plan().first("next")))
        await settle_workers(pilot)
        assert _current(app) == step.pane
        assert focus_problem(app) is None


async def test_one_click_on_a_due_line_selects_it_and_stays_on_today(
    opened_paths: DataPaths,
) -> None:
    _demo(opened_paths)
    async with app_on(opened_paths, size=(120, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        board = app.query_one("#today-body", TodayBoard)
        await pilot.click(board, offset=board.due_offset(1))
        await settle(pilot)
        assert board.highlighted == 1
        assert _current(app) == "today" and len(app.screen_stack) == 1
        assert focus_problem(app) is None


def _strip_row(board: TodayBoard, words: str) -> int:
    """The board's row of the people strip's line that holds ``words``."""
    rows = board.rows_plan().rows
    found = [y for y, (part, _) in enumerate(rows) if part == "people"]
    (y,) = [y for y in found if words in board.render_line(y).text]
    return y


async def test_a_click_on_the_people_strip_does_what_its_keys_do(
    seeded: tuple[DataPaths, dict],  # noqa: F811
) -> None:
    # Its lines name their keys, "(h)" and "(N)", as the next step names "(n)"; a click on
    # them did nothing. Initech's interview ended on Friday; Acme's onsite is on Wednesday.
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
    from tests.screen_text import is_on_screen

    paths, _ids = seeded
    async with app_on(paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause(0.3)
        await settle_workers(pilot)
        board = app.query_one("#today-body", TodayBoard)
        await pilot.click(board, offset=(6, _strip_row(board, "How did it go?")))
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)  # as `h` does
        assert is_on_screen(app, "How did it go at Initech (Analyst)?")
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.screen_stack) == 1
        # Acme's line: what `N` offers for it, straight away (the click picked it), once
        # for a double-click.
        await pilot.click(board, offset=(6, _strip_row(board, "Onsite: Acme")), times=2)
        await settle(pilot)
        assert isinstance(app.screen, InterviewChoiceScreen)
        assert is_on_screen(app, "Onsite interview with Acme (Engineer)")
        assert len(app.screen_stack) == 2
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.screen_stack) == 1 and _current(app) == "today"
        assert focus_problem(app) is None
