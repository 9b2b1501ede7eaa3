"""The main screen's compositor (ui/kit/screen_compositor.py): a frame that repaints a few
rows asks each widget for those rows only, and the terminal still ends up showing what a
full paint shows.

Textual asked every widget crossing the repainted area for all its rows, and used the few
it needed: a tick of a recovery step (two lines of the plan, one row of the list) drew
every visible line of a dozen widgets.
"""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console
from rich.control import ControlType
from rich.segment import Segment
from textual._compositor import ChopsUpdate, Compositor
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline.board import mount_board
from tests.recovery_fixtures import add_rejection

SIZE = (100, 30)
Cells = list[list[tuple[str, object]]]


class _Terminal:
    """The cells a terminal shows, written by the app's frames as a terminal would be."""

    def __init__(self, strips: list[Strip]) -> None:
        width, height = SIZE
        self.console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True)
        self.cells: Cells = [[(" ", None)] * width for _ in range(height)]
        for y, strip in enumerate(strips):
            self._write(list(strip), 0, y)

    def _write(self, segments: list[Segment], x: int, y: int) -> tuple[int, int]:
        for segment in segments:
            if segment.control:
                for control in segment.control:
                    if control[0] == ControlType.CURSOR_MOVE_TO:
                        x, y = int(control[1]), int(control[2])  # type: ignore[misc]  # a move's (type, x, y)
                continue
            if segment.text == "\n":
                x, y = 0, y + 1
                continue
            for char in segment.text:
                if 0 <= y < len(self.cells) and 0 <= x < len(self.cells[y]):
                    self.cells[y][x] = (char, segment.style)
                x += 1
        return x, y

    def frame(self, update: Any) -> None:
        if update is not None:
            self._write(list(self.console.render(update, self.console.options)), 0, 0)


def _full_paint(app: Any) -> Cells:
    terminal = _Terminal(app.screen._compositor.render_strips())
    return terminal.cells


async def _on_a_plan(opened_paths: DataPaths, db: Database) -> tuple[Any, Any]:
    for _ in range(3):
        add_rejection(db)
    app = BouncebackApp(opened_paths)
    return app, app.run_test(size=SIZE)


async def test_partial_frames_leave_the_terminal_as_a_full_paint_shows_it(
    opened_paths: DataPaths, db: Database
) -> None:
    app, running = await _on_a_plan(opened_paths, db)
    async with running as pilot:
        await pilot.press("3")
        await pilot.pause()
        terminal = _Terminal(app.screen._compositor.render_strips())
        display = app._display

        def shown(screen: Any, update: Any) -> None:
            terminal.frame(update)
            display(screen, update)

        app._display = shown
        for key in ["j", "enter", "space", "j", "space", "j", "escape", "k", "space"]:
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            assert terminal.cells == _full_paint(app), key


async def test_a_tick_asks_each_widget_for_the_repainted_rows_only(
    opened_paths: DataPaths, db: Database, monkeypatch: Any
) -> None:
    _app, running = await _on_a_plan(opened_paths, db)
    async with running as pilot:
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        asked: list[tuple[Widget, Region]] = []
        repainted: list[Region] = []
        render_lines = Widget.render_lines
        render_update = Compositor.render_update

        def counted(self: Widget, crop: Region) -> list[Strip]:
            asked.append((self, crop.translate(self.region.offset)))
            return render_lines(self, crop)

        def update(self: Compositor, *args: Any, **kwargs: Any) -> Any:
            repainted.extend(self._dirty_regions)
            result = render_update(self, *args, **kwargs)
            assert result is None or isinstance(result, ChopsUpdate)
            return result

        monkeypatch.setattr(Widget, "render_lines", counted)
        monkeypatch.setattr(Compositor, "render_update", update)
        await pilot.press("space")
        await pilot.pause()
        await pilot.pause()
        assert repainted and asked
        rows = Region.from_union(repainted)
        for widget, crop in asked:
            assert rows.y <= crop.y and crop.bottom <= rows.bottom, (widget, crop, rows)
        # Some widget crossing those rows is taller than them: it was asked for less.
        assert any(widget.region.height > rows.height for widget, _crop in asked)


async def test_a_switch_after_a_hidden_widget_repainted_draws_the_pane_shown(
    opened_paths: DataPaths, db: Database
) -> None:
    """A widget that is not on screen asked for a repaint (the Pipeline's board columns,
    hidden behind its table, do) after the last layout pass: Textual marks its full map
    stale, and the tab bar, asked for its size on the switch, made it again with the new
    pane in it, before the layout pass. That pass then saw nothing move, and the pane shown
    was never drawn: the terminal kept most of the Pipeline under Recovery's tab."""
    app, running = await _on_a_plan(opened_paths, db)
    async with running as pilot:
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        # The board is built when `v` first shows it: built here, hidden behind the table.
        await mount_board(app.query_one("#pipeline-views"))
        await pilot.pause()
        await pilot.pause()
        terminal = _Terminal(app.screen._compositor.render_strips())
        display = app._display

        def shown(screen: Any, update: Any) -> None:
            terminal.frame(update)
            display(screen, update)

        app._display = shown
        hidden = app.query_one("#board-applied")
        assert not hidden.display or not hidden.parent.display
        hidden.refresh()  # repainted while hidden, no layout asked for
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        await pilot.pause()
        assert app.current_pane.id == "recovery"
        assert terminal.cells == _full_paint(app)
