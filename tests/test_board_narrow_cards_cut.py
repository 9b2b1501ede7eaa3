"""In the Pipeline's board with the details open at 60 columns, a card's name is cut with
"…" where it is seen, as at 80 columns.

A stranger's walk: `v`, then `t`, at 60 columns: the column went on under the details, and
its cards read "Site Reliability Eng" and "[/] role [red]x[/red" with no sign of a cut; at 80
columns the same card read "Site Reliability Engin…".
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.quiet import until_quiet
from tests.screen_text import screen_lines

ROLE = "Site Reliability Engineer"


def _board_cells(app: BouncebackApp) -> list[str]:
    """The board's part of each screen line (left of the details' edge)."""
    return [line.split("▏", 1)[0] for line in screen_lines(app) if "▏" in line]


def _reads_whole_or_cut(app: BouncebackApp) -> None:
    pane = app.current_pane
    assert isinstance(pane, PipelinePane) and pane._details_shown()
    board = pane.board
    view = board.scrollable_content_region
    for column in board.columns.values():
        shown = column.region.intersection(view)
        assert not shown.width or shown.width == column.region.width, column.stage
    cells = [cell.strip() for cell in _board_cells(app) if "Site Reliability" in cell]
    assert cells, _board_cells(app)
    for cell in cells:
        card = cell.split("  ")[0]  # the first column's card
        assert card == ROLE or card.endswith("…"), cell
    assert focus_problem(app) is None


async def _board_with_details(app: BouncebackApp, pilot: Any) -> None:
    await pilot.press("2", "v")
    await until_quiet(pilot)
    pane = app.current_pane
    assert isinstance(pane, PipelinePane)
    if not pane._details_shown():
        await pilot.press("t")
        await until_quiet(pilot)


@pytest.mark.parametrize("size", [(60, 20), (80, 20), (80, 24)])
async def test_a_card_is_cut_with_an_ellipsis_where_it_is_seen(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        await _board_with_details(app, pilot)
        _reads_whole_or_cut(app)


async def test_resized_narrow_and_back_the_cards_are_cut_at_the_width_seen(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await _board_with_details(app, pilot)
        await pilot.resize_terminal(60, 20)
        await until_quiet(pilot)
        _reads_whole_or_cut(app)
        await pilot.resize_terminal(120, 30)
        await until_quiet(pilot)
        _reads_whole_or_cut(app)
        # Columns as wide as before the terminal was narrow (as at 80 columns).
        assert any("Site Reliability Engin…" in cell for cell in _board_cells(app))
