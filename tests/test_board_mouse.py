"""The Pipeline board's line of stages can be clicked, and the wheel moves it a column at a time.

Found driving the app with the mouse: the line above the board's columns (at 80x24 it read
``◂ Saved 3    Interviewing 5  Offer 2  +4 more ▸``) looked clickable and did nothing; and the
wheel sideways scrolled the board by a few cells, leaving cards cut at both edges and the
line naming stages that were half in view (``ui/pipeline/board_hint.py``, ``board.py``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.board import BoardColumn
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.ui_harness import app_on, post_wheel, settle

# small_pipeline: Saved 1, Applied 2, Screening 1, Interviewing 1, Offer 1, Accepted 0,
# Rejected 1, Withdrawn 0, Ghosted 1. At 120x40 three columns are in view.


@pytest.fixture
def ids(opened_paths: DataPaths) -> dict[str, int]:
    return store_once(opened_paths, small_pipeline)


@asynccontextmanager
async def board_at(paths: DataPaths, size: tuple[int, int] = (120, 40)) -> AsyncIterator[Any]:
    async with app_on(paths, "pipeline", size=size) as (app, pilot, pane):
        await pilot.press("v")
        await settle(pilot, 4)
        yield app, pilot, pane.board


def _hint(app: Any) -> str:
    return str(app.query_one("#board-hint", Static).render())


def _in_view(board: Any) -> list[str]:
    """The stages whose columns are wholly in view, left to right."""
    view = board.scrollable_content_region
    return [
        column.stage.value
        for column in board.query(BoardColumn)
        if view.contains_region(column.region)
    ]


async def _click_hint(pilot: Any, text: str) -> None:
    x = _hint(pilot.app).index(text) + 1  # the hint's padding
    await pilot.click("#board-hint", offset=(x, 0))
    await settle(pilot, 4)


async def test_a_click_on_a_stage_in_the_line_goes_to_its_column(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    async with board_at(opened_paths) as (app, pilot, board):
        assert _in_view(board) == ["saved", "applied", "screening"]
        await _click_hint(pilot, "Offer 1")
        focused = app.focused
        assert isinstance(focused, BoardColumn) and focused.stage.value == "offer"
        assert board.active_column is focused
        assert "offer" in _in_view(board)
        assert _hint(app).startswith("◂")
        assert focus_problem(app) is None


async def test_a_click_on_the_arrows_goes_one_stage_beyond_the_view(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    async with board_at(opened_paths) as (app, pilot, board):
        await _click_hint(pilot, "▸")
        assert app.focused.stage.value == "interviewing"
        assert _in_view(board) == ["applied", "screening", "interviewing"]
        assert _hint(app).startswith("◂ Saved 1    Offer 1")
        await _click_hint(pilot, "◂")
        assert app.focused.stage.value == "saved"
        assert _in_view(board) == ["saved", "applied", "screening"]
        assert "◂" not in _hint(app)
        assert focus_problem(app) is None


async def test_a_click_on_a_sum_goes_to_the_nearest_stage_it_stands_for(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    # At 80x24 two columns are in view, and once scrolled on the line sums up the left.
    async with board_at(opened_paths, (80, 24)) as (app, pilot, board):
        for _ in range(3):
            await _click_hint(pilot, "▸")
        assert _in_view(board) == ["interviewing", "offer"]
        assert _hint(app).startswith("◂ 3 stages · 4    Accepted 0")
        await _click_hint(pilot, "3 stages")
        assert app.focused.stage.value == "screening"
        assert _in_view(board) == ["screening", "interviewing"]


async def test_the_wheel_sideways_moves_the_board_a_whole_column_at_a_time(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    async with board_at(opened_paths) as (app, pilot, board):
        column = board.query_one("#board-applied")
        x, y = column.region.x + 3, column.region.y + 4
        post_wheel(app, x, y, "right")
        await settle(pilot, 4)
        assert _in_view(board) == ["applied", "screening", "interviewing"]
        assert _hint(app).startswith("◂ Saved 1    Offer 1")
        post_wheel(app, x, y, "right", times=2)
        await settle(pilot, 4)
        assert _in_view(board) == ["interviewing", "offer", "accepted"]
        assert _hint(app).startswith("◂ Saved 1  Applied 2  Screening 1    Rejected 1")
        # The focus came along into the view; its column shows its cursor.
        focused = app.focused
        assert isinstance(focused, BoardColumn) and focused.stage.value in _in_view(board)
        post_wheel(app, x, y, "left")
        await settle(pilot, 4)
        assert _in_view(board) == ["screening", "interviewing", "offer"]
        assert focus_problem(app) is None
