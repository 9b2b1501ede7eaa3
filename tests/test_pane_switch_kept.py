"""What a pane switch keeps, and that what it keeps is never stale.

A switch repaints only what changed (docs/performance.md, "Pane switches: what is kept"):
the list gaining focus its cursor's line (``kit/kept_lines.FocusKeepsLines``), scroll bars
only when their values change (``kit/scroll_bars.py``), the key bar and the tab bar the lines
they drew for that content before (``kit/kept_lines.KeptByContent``), Today's due list the
lines it drew for that look. Each test here either counts that, or checks that new data, a
resize or a theme still draws afresh.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.pane_tabs import PaneTabs
from bounceback_tui.ui.kit.virtual_list import VirtualList
from bounceback_tui.ui.pipeline.table import PipelineTable
from bounceback_tui.ui.today.board import TodayBoard
from tests.ui_harness import app_on, settle, settle_workers

# Applied after every demo application: first in the table, on screen.
LATEST = date(2100, 1, 1)


def _with_data(paths: DataPaths) -> DataPaths:
    db = Database(paths.database)
    try:
        fill_demo(db, 30)
    finally:
        db.dispose()
    return paths


def _drawn(widget: Widget) -> dict[int, Strip]:
    """The lines the widget has drawn and keeps (by line, its border included)."""
    return dict(widget._styles_cache._cache)


def _lines_of(widget: Widget) -> list[Strip]:
    """What the widget draws now (its kept lines where it keeps them)."""
    width, height = widget.outer_size
    return widget.render_lines(Region(0, 0, width, height))


def _cursor_line(table: PipelineTable) -> int:
    return (
        table.styles.gutter.top
        + table.HEADER_HEIGHT
        + table.cursor * table.ITEM_HEIGHT
        - int(table.scroll_y)
    )


@asynccontextmanager
async def _pipeline_shown(opened_paths: DataPaths) -> AsyncIterator[tuple[Any, Any]]:
    """The app on the Pipeline of the store with data, its read done and the screen settled."""
    async with app_on(_with_data(opened_paths), "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await settle(pilot)
        yield app, pilot


async def _switch(pilot: Any, key: str) -> None:
    await pilot.press(key)
    await settle_workers(pilot)
    await settle(pilot)
    assert focus_problem(pilot.app) is None  # focused, on screen, the bar shows its keys


async def test_a_list_shown_again_draws_no_line(opened_paths: DataPaths) -> None:
    # Focus changes the look of its cursor's line and column titles only, and those come
    # back as they were drawn for the focused look (they were drawn again at every switch).
    async with _pipeline_shown(opened_paths) as (app, pilot):
        table = app.query_one(PipelineTable)
        assert table.has_focus
        drawn = _drawn(table)
        cursor = _cursor_line(table)
        bar = table.vertical_scrollbar
        bar_drawn = _drawn(bar)
        assert len(drawn) == table.outer_size.height and bar_drawn
        await _switch(pilot, "1")
        await _switch(pilot, "2")
        assert table.has_focus and _cursor_line(table) == cursor
        assert all(_drawn(table)[y] is strip for y, strip in drawn.items())
        assert bar is table.vertical_scrollbar and len(bar_drawn) == bar.outer_size.height


async def test_a_list_shown_again_keeps_its_scroll_bar(opened_paths: DataPaths) -> None:
    async with _pipeline_shown(opened_paths) as (app, pilot):
        bar = app.query_one(PipelineTable).vertical_scrollbar
        drawn = _drawn(bar)
        assert len(drawn) == bar.outer_size.height
        await _switch(pilot, "1")
        await _switch(pilot, "2")
        assert all(_drawn(bar)[y] is strip for y, strip in drawn.items())


async def test_the_bars_show_again_the_lines_they_drew_for_a_pane(
    opened_paths: DataPaths,
) -> None:
    async with _pipeline_shown(opened_paths) as (app, pilot):
        bars: list[Widget] = [app.query_one(KeyBar), app.query_one(PaneTabs)]
        drawn = [_lines_of(bar) for bar in bars]
        await _switch(pilot, "1")
        assert [_lines_of(bar) for bar in bars] != drawn  # Today's tab and keys
        await _switch(pilot, "2")
        for bar, lines in zip(bars, drawn, strict=True):
            again = _lines_of(bar)
            assert all(new is old for new, old in zip(again, lines, strict=True))


async def test_a_list_losing_focus_draws_its_cursor_blurred(opened_paths: DataPaths) -> None:
    async with _pipeline_shown(opened_paths) as (app, pilot):
        table = app.query_one(PipelineTable)
        cursor = _cursor_line(table)
        drawn = _drawn(table)
        await pilot.press("/")  # the filter takes focus; the table stays on screen
        await settle(pilot)
        assert not table.has_focus
        blurred = _drawn(table)
        assert blurred[cursor] != drawn[cursor]
        await pilot.press("escape")
        await settle(pilot)
        assert table.has_focus
        assert _drawn(table)[cursor] == drawn[cursor]


class _Titled(VirtualList[str]):
    """A list whose fixed title line says whether it has focus (as a board column does)."""

    HEADER_HEIGHT: ClassVar[int] = 1

    def key_of(self, item: str) -> str:
        return item

    def render_header(self, y: int, width: int) -> Strip:
        return self.whole_line(Text("focused" if self.has_focus else "resting"))

    def render_item(self, item: str, index: int, width: int) -> list[Strip]:
        return [self.whole_line(Text(item), self.line_background(index))]


class _Other(Widget, can_focus=True):
    pass


class _TitledApp(App[None]):
    CSS: ClassVar[str] = "_Titled { height: 6; } _Other { height: 1; }"

    def compose(self) -> ComposeResult:
        yield _Titled()
        yield _Other()


async def test_a_list_redraws_its_title_and_cursor_when_focus_moves() -> None:
    app = _TitledApp()
    async with app.run_test() as pilot:
        titled = app.query_one(_Titled)
        titled.set_items([f"item {n}" for n in range(20)])
        titled.focus()
        await pilot.pause()
        assert _drawn(titled)[0].text.startswith("focused")
        app.query_one(_Other).focus()
        await pilot.pause()
        assert _drawn(titled)[0].text.startswith("resting")
        # Its scroll bar still follows the items: fewer of them, a longer thumb.
        bar = titled.vertical_scrollbar
        thumb = [y for y, strip in _drawn(bar).items() if strip.text.strip()]
        titled.set_items([f"item {n}" for n in range(8)])
        await pilot.pause()
        assert bar.window_virtual_size == titled.HEADER_HEIGHT + 8
        assert [y for y, strip in _drawn(bar).items() if strip.text.strip()] != thumb


async def test_a_kept_pane_shows_another_windows_write(opened_paths: DataPaths) -> None:
    async with _pipeline_shown(opened_paths) as (app, pilot):
        await _switch(pilot, "1")
        other = Database(app.paths.database)  # another window's write, while the table is hidden
        try:
            add_application(
                other,
                ApplicationInput(company="Zyzzyva Kept Lines", role="Tester", date_applied=LATEST),
            )
        finally:
            other.dispose()
        await _switch(pilot, "2")
        table = app.query_one(PipelineTable)
        assert any("Zyzzyva Kept Lines" in strip.text for strip in _drawn(table).values())


async def test_a_kept_pane_is_drawn_afresh_after_a_resize(opened_paths: DataPaths) -> None:
    async with _pipeline_shown(opened_paths) as (app, pilot):
        table = app.query_one(PipelineTable)
        before = table.outer_size.width
        await _switch(pilot, "1")
        await pilot.resize_terminal(130, 34)
        await settle(pilot)
        await _switch(pilot, "2")
        width = table.outer_size.width
        assert width != before
        assert all(strip.cell_length == width for strip in _drawn(table).values())
        for bar in (app.query_one(KeyBar), app.query_one(PaneTabs)):
            assert [strip.cell_length for strip in _lines_of(bar)] == [130] * bar.outer_size.height


async def test_the_bars_and_the_due_list_follow_a_theme_change(opened_paths: DataPaths) -> None:
    async with _pipeline_shown(opened_paths) as (app, pilot):
        await _switch(pilot, "1")
        due = app.query_one(TodayBoard)
        widgets: list[Widget] = [due, app.query_one(KeyBar), app.query_one(PaneTabs)]
        before = [_lines_of(widget) for widget in widgets]
        await _switch(pilot, "2")
        await _switch(pilot, "1")
        # Shown again in the same theme: the same lines.
        assert [_lines_of(widget) for widget in widgets] == before
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await settle(pilot)
        await _switch(pilot, "2")
        await _switch(pilot, "1")
        after = [_lines_of(widget) for widget in widgets]
        for old, new in zip(before, after, strict=True):
            assert [strip.text for strip in old] == [strip.text for strip in new]
            assert old != new  # the same words in the new theme's colours


async def test_the_due_list_keeps_its_lines_for_each_look(opened_paths: DataPaths) -> None:
    async with _pipeline_shown(opened_paths) as (app, pilot):
        await _switch(pilot, "1")
        due = app.query_one(TodayBoard)
        assert due.has_focus and due.option_count
        focused = dict(due._look.rows)
        assert focused
        await _switch(pilot, "2")
        await _switch(pilot, "1")
        # Focused again: the lines drawn for the focused look, not drawn anew.
        assert all(due._look.rows.get(key) is strip for key, strip in focused.items())


async def test_todays_board_shown_again_draws_no_line(opened_paths: DataPaths) -> None:
    # Its rows were kept for each look, but Textual forgot the styled lines made of them
    # as focus came back (``Widget._on_focus`` repaints the widget), and styled all of
    # them again: the most of a switch to Today (kit/kept_lines.FocusKeepsLines).
    async with _pipeline_shown(opened_paths) as (app, pilot):
        await _switch(pilot, "1")
        board = app.query_one(TodayBoard)
        await _switch(pilot, "2")
        await _switch(pilot, "1")
        drawn = _drawn(board)
        assert board.has_focus and len(drawn) == board.outer_size.height
        for _ in range(2):
            await _switch(pilot, "2")
            await _switch(pilot, "1")
            assert all(_drawn(board).get(y) is strip for y, strip in drawn.items())


async def test_the_due_box_follows_focus_when_the_terminal_loses_it(
    opened_paths: DataPaths,
) -> None:
    # Focus leaving and coming back restyles nothing once its looks are kept
    # (kit/focus_looks.py), so the board took the look it had found last: the rows drawn
    # while the terminal had lost focus came back once it was focused again.
    async with _pipeline_shown(opened_paths) as (app, pilot):
        for key in "1212121":
            await _switch(pilot, key)
        board = app.query_one(TodayBoard)
        border_row = board.rows_plan().cards_top + 2  # the due box's left edge, "│"
        for _ in range(2):
            app.post_message(events.AppBlur())
            await settle(pilot, 3)
            app.post_message(events.AppFocus())
            await settle(pilot, 3)
            assert board.has_focus
            edge = next(iter(_lines_of(board)[border_row]))
            assert edge.text == "│"
            assert edge.style.color == board.look_style("box-focused").rich_style.color
            # The look it keeps rows for is the one of its focus (the rows drawn next go there).
            look = (app.theme, board.has_focus, board.get_visual_style())
            assert board._look_now() is board._looks[look]


async def test_a_click_on_the_key_bar_after_switching_back_presses_that_key(
    opened_paths: DataPaths,
) -> None:
    async with _pipeline_shown(opened_paths) as (app, pilot):
        await _switch(pilot, "1")
        await _switch(pilot, "2")
        await _switch(pilot, "1")
        bar = app.query_one(KeyBar)
        line = "".join(strip.text for strip in _lines_of(bar))
        x = line.index(" ? Keys ") + 1
        await pilot.click(KeyBar, offset=(x, 0))
        await settle(pilot)
        assert app.screen is not app.screen_stack[0]  # the keys' help is open


async def test_the_pipelines_first_frame_is_fitted_to_its_width(opened_paths: DataPaths) -> None:
    # Fitted on Resize only, the first visit drew without its detail panel, then laid out
    # twice more with it; the first key after the Pipeline's first paint waited for that.
    paths = _with_data(opened_paths)
    async with app_on(paths, size=(120, 30)) as (app, pilot, _pane):
        frames: list[bool] = []
        display = app._display

        def recorded(screen: Any, renderable: Any) -> None:
            if app.query("#pipeline-detail"):
                detail = app.query_one("#pipeline-detail")
                frames.append(detail.display and bool(detail.region))
            display(screen, renderable)

        app._display = recorded
        await _switch(pilot, "2")
        assert frames and frames[0], frames
