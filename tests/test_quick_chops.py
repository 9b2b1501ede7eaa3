"""A partial frame's escape codes (ui/kit/screen_compositor.QuickChops): a cursor move only
where the cursor is not already, and a terminal shows what Textual's frame shows.

Textual's ``ChopsUpdate.render_segments`` moved the cursor before every piece of a line,
as a Rich ``Control`` made for each: a pane switch wrote 250 pieces on 40 lines. Here both
are written, frame by frame, to a terminal that reads the escape codes.
"""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from textual._compositor import ChopsUpdate

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.screen_compositor import QuickChops
from tests.recovery_fixtures import add_rejection

SIZE = (100, 30)
_ESCAPE = re.compile(r"\x1b\[([0-9;]*)([A-Za-z])")


class _EscapeTerminal:
    """The cells a terminal shows once fed escape codes: a character and the style codes
    in force (Rich writes each styled run as ``ESC[codes m`` text ``ESC[0m``)."""

    def __init__(self) -> None:
        width, height = SIZE
        self.cells = [[(" ", "")] * width for _ in range(height)]
        self.x = self.y = 0
        self.style = ""
        self.moves = 0

    def write(self, data: str) -> None:
        at = 0
        for found in _ESCAPE.finditer(data):
            self._text(data[at : found.start()])
            at = found.end()
            params, final = found.groups()
            if final == "H":
                row, column = params.split(";")
                self.y, self.x = int(row) - 1, int(column) - 1
                self.moves += 1
            elif final == "m":
                self.style = "" if params in ("", "0") else params
        self._text(data[at:])

    def _text(self, text: str) -> None:
        for char in text:
            if char == "\n":
                self.y += 1
                continue
            if 0 <= self.y < len(self.cells) and 0 <= self.x < len(self.cells[0]):
                self.cells[self.y][self.x] = (char, self.style)
            self.x += cell_len(char)


async def test_partial_frames_show_as_textuals_with_fewer_cursor_moves(
    opened_paths: DataPaths, db: Database
) -> None:
    for _ in range(3):
        add_rejection(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        textuals, quick = _EscapeTerminal(), _EscapeTerminal()
        frames: list[Any] = []
        display = app._display

        def shown(screen: Any, update: Any) -> None:
            if isinstance(update, ChopsUpdate):
                frames.append(update)
                textuals.write(ChopsUpdate.render_segments(update, app.console))
                quick.write(update.render_segments(app.console))
                assert quick.cells == textuals.cells
            display(screen, update)

        app._display = shown
        # Pane switches (whole panes), a plan's ticks (a few rows), the tab bar's clicks.
        for key in ["2", "3", "1", "3", "enter", "space", "j", "space", "escape", "2", "1"]:
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
        assert frames and all(isinstance(update, QuickChops) for update in frames)
        assert any(row != [(" ", "")] * SIZE[0] for row in quick.cells)
        # Textual moved the cursor before every piece: here only where it was not already.
        assert quick.moves < textuals.moves / 2, (quick.moves, textuals.moves)
