"""What the Pipeline shows at its edges (issue 16): the board shows whole columns, never a
slice of the next one, and the table draws nothing stray on its bottom row."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline.board import PipelineBoard
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.quiet import until_quiet
from tests.screen_text import screen_lines

# The glyphs Textual draws at the ragged end of a scrollbar's thumb.
PARTIAL_BLOCKS = set("▏▎▍▌▋▊▉▁▂▃▄▅▆▇")


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, small_pipeline)
    return opened_paths


def _cut_columns(board: PipelineBoard) -> list[str]:
    """The stages whose column is partly in view: on screen, but not all of it."""
    view = board.scrollable_content_region
    cut = []
    for stage, column in board.columns.items():
        shown = column.region.intersection(view)
        if shown.width and shown.width != column.region.width:
            cut.append(stage.value)
    return cut


@pytest.mark.parametrize("size", [(120, 40), (100, 30), (80, 24), (133, 30)])
@pytest.mark.parametrize("details", [False, True], ids=["board", "board+details"])
async def test_the_board_shows_whole_columns(
    filled: DataPaths, size: tuple[int, int], details: bool
) -> None:
    app = BouncebackApp(filled)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2", "v")
        await until_quiet(pilot)
        pane = app.current_pane
        assert isinstance(pane, PipelinePane)
        if pane._details_shown() != details:
            await pilot.press("t")
            await until_quiet(pilot)
        board = pane.board
        for _step in range(9):  # along every column, left to right
            assert not _cut_columns(board), (size, board.active_column.stage)
            await pilot.press("l")
            await until_quiet(pilot)
        assert not _cut_columns(board)


@pytest.mark.parametrize("size", [(120, 40), (100, 30)])
async def test_the_table_draws_no_stray_glyph_on_its_bottom_row(
    filled: DataPaths, size: tuple[int, int]
) -> None:
    app = BouncebackApp(filled)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        await until_quiet(pilot)
        pane = app.current_pane
        assert isinstance(pane, PipelinePane)
        table = pane.table
        view = table.scrollable_content_region  # its own vertical scrollbar aside
        bottom = table.region.bottom - 1
        line = screen_lines(app)[bottom][view.x : view.right]
        assert not PARTIAL_BLOCKS & set(line), repr(line)


async def test_the_nothing_matches_line_quotes_the_filter_as_it_now_reads(
    filled: DataPaths,
) -> None:
    """A letter more that still matches nothing left the line quoting the text before it
    (`qqqz]!` typed, "Nothing matches 'qqqz'." shown, in tmux): the rows shown had not
    changed, so only the count was drawn again."""
    from tests.ui_harness import app_on

    async with app_on(filled, "pipeline") as (app, pilot, _pane):
        await pilot.press("slash", *"qqqz")
        await pilot.pause()
        assert any("Nothing matches 'qqqz'." in line for line in screen_lines(app))
        await pilot.press("x", "right_square_bracket")
        await pilot.pause()
        lines = screen_lines(app)
        assert any("Nothing matches 'qqqzx]'." in line for line in lines), "\n".join(lines)


async def test_a_filter_of_symbols_alone_filters_instead_of_showing_every_row(
    filled: DataPaths,
) -> None:
    """`/` then "🙂" or "!!" showed every application ("300 of 300") with no word of why
    (a stranger's walk): symbols alone are now looked for as typed."""
    from tests.ui_harness import app_on

    async with app_on(filled, "pipeline") as (app, pilot, pane):
        total = len(pane._model.rows)
        await pilot.press("slash", "exclamation_mark", "exclamation_mark")
        await pilot.pause()
        lines = screen_lines(app)
        assert any(f"0 of {total:,}" in line for line in lines), "\n".join(lines)
        assert any("Nothing matches '!!'." in line for line in lines), "\n".join(lines)
