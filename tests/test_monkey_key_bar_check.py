"""The walk's check that a dialog leaves the key bar's row free (``key_bar_covered``,
tests/monkey/checks.py): it finds a dialog whose box reaches the bottom row, and nothing in a
dialog that stops above it, in a screen with a bar of its own, or over no dialog at all.

ux11 walked at 80x24 with this check from /tmp and found two dialogs covering the bar (fixed on
main); the walk now makes it after every step."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.monkey.checks import key_bar_covered


class Dialog(ModalScreen[None]):
    """A box of ``height`` rows, centred; ``own_bar`` gives it a key bar of its own."""

    DEFAULT_CSS = "Dialog { align: center middle; } Dialog > #box { width: 30; }"

    def __init__(self, height: str, *, own_bar: bool = False) -> None:
        super().__init__()
        self.box_height = height
        self.own_bar = own_bar

    def compose(self) -> ComposeResult:
        with Vertical(id="box") as box:
            box.styles.height = self.box_height
            yield Static("Are you sure?")
        if self.own_bar:
            yield Footer()


class Panes(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("the panes")
        yield KeyBar()


async def _covered(dialog: Dialog | None) -> str | None:
    app = Panes()
    async with app.run_test(size=(80, 24)) as pilot:
        if dialog is not None:
            await app.push_screen(dialog)
            await pilot.pause()
        return key_bar_covered(app)


async def test_a_dialog_that_reaches_the_bottom_row_covers_the_key_bar() -> None:
    problem = await _covered(Dialog("100%"))
    assert problem is not None
    assert "#box" in problem and "Dialog" in problem


async def test_a_dialog_that_stops_above_the_bottom_row_leaves_it_free() -> None:
    assert await _covered(Dialog("22")) is None
    assert await _covered(Dialog("50%")) is None


async def test_a_dialog_with_a_bar_of_its_own_and_no_dialog_at_all_are_fine() -> None:
    assert await _covered(Dialog("100%", own_bar=True)) is None
    assert await _covered(None) is None
