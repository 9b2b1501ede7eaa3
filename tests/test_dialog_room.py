"""Every dialog of the app stops a row above its key bar (ui/kit/dialog_room.py)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.monkey.checks import focus_dead_end, key_bar_covered


class TallDialog(ModalScreen[None]):
    """A box as tall as 30 lines of text and a button, as a message draft can be."""

    DEFAULT_CLASSES = "form-screen"

    def compose(self) -> ComposeResult:
        with Vertical(classes="form", id="tall-box"):
            yield Button("OK", id="ok", compact=True)
            yield Static("\n".join(f"line {n}" for n in range(30)))


class ShortDialog(ModalScreen[None]):
    DEFAULT_CLASSES = "form-screen"

    def compose(self) -> ComposeResult:
        with Vertical(classes="form", id="short-box"):
            yield Button("OK", id="ok", compact=True)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_tall_dialog_stops_above_the_key_bar_and_follows_a_resize(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    # The random walk at 60x20 met box after box reaching the bottom row (the trap filter,
    # the followed boards, a message draft): the key bar they name was covered.
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.push_screen(TallDialog())
        await pilot.pause()
        await pilot.pause()
        assert key_bar_covered(app) is None
        assert focus_dead_end(app) is None
        await pilot.resize_terminal(size[0], size[1] - 6)
        await pilot.pause()
        await pilot.pause()
        assert key_bar_covered(app) is None
        box: Any = app.screen.query_one("#tall-box")
        assert box.region.bottom == size[1] - 6 - 1


async def test_a_dialog_that_fits_is_not_moved(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ShortDialog())
        await pilot.pause()
        await pilot.pause()
        box: Any = app.screen.query_one("#short-box")
        top = box.region.y
        assert box.region.height < 10 and top == (24 - box.region.height) // 2
