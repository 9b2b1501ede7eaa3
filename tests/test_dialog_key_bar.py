"""A dialog's key bar can be read and clicked, as the panes' bar can (ui/kit/dialog_bar.py).

Found driving the app with the mouse: on the New application form a click on `^s Save` or
`esc Cancel` on the bottom bar did nothing, nor did `y Yes` in "Throw away what you typed?";
and the bar there was drawn dimmed (58 and 241 on 234, ~1.5:1 under the yes/no dialog). The
bar belonged to the screen under the dialog, which Textual dims and sends no clicks to.
"""

from __future__ import annotations

from typing import Any

from rich.style import Style

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import screen_text
from tests.ui_harness import app_on, fill, settle


def _bottom_row(app: Any) -> list[tuple[str, Style | None]]:
    """The bottom row as drawn on the active screen: each segment's text and style."""
    strips = app.screen._compositor.render_strips()
    return [(segment.text, segment.style) for segment in strips[-1]]


def _style_of(app: Any, text: str) -> Style | None:
    """The style the bottom row draws ``text`` (a key, e.g. " ^s ") in."""
    return next(style for segment, style in _bottom_row(app) if segment == text)


async def _click_on_bar(pilot: Any, label: str) -> None:
    """Click the key drawn as ``label`` (e.g. "^s Save") on the bottom row, where it is seen."""
    line = "".join(text for text, _style in _bottom_row(pilot.app))
    x = line.index(f" {label}") + 1
    await pilot.click(offset=(x, pilot.app.size.height - 1))
    await settle(pilot, 4)


async def test_a_click_on_save_in_the_forms_bar_saves_or_says_what_is_missing(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, company="Oakleaf Insurance")
        await _click_on_bar(pilot, "^s Save")
        assert isinstance(app.screen, FormScreen)
        assert "Role is required." in screen_text(app)
        assert focus_problem(app) is None


async def test_a_click_on_cancel_and_then_yes_in_the_dialogs_bars_closes_the_form(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, company="Oakleaf Insurance")
        await _click_on_bar(pilot, "Esc Cancel")
        assert isinstance(app.screen, ConfirmScreen)  # "Throw away what you typed?"
        await _click_on_bar(pilot, "y Throw away")
        assert app.screen is app.screen_stack[0]
        assert len(app.screen_stack) == 1
        assert focus_problem(app) is None


async def test_a_click_on_cancel_closes_a_form_nothing_was_typed_in(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        await _click_on_bar(pilot, "Esc Cancel")
        assert len(app.screen_stack) == 1
        assert focus_problem(app) is None


async def test_the_bar_under_a_dialog_is_drawn_as_on_the_panes(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        pane_key = _style_of(app, " a ")  # the pane's "a Add"
        pane_word = _style_of(app, "Add ")
        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, company="Oakleaf Insurance")
        for key, word in ((" ^s ", "Save "), (" y ", "Throw away ")):
            if key == " y ":
                await pilot.press("escape")
                await settle(pilot, 4)
                assert isinstance(app.screen, ConfirmScreen)
            key_style, word_style = _style_of(app, key), _style_of(app, word)
            assert key_style is not None and pane_key is not None
            assert word_style is not None and pane_word is not None
            assert (key_style.color, key_style.bgcolor) == (pane_key.color, pane_key.bgcolor)
            assert (word_style.color, word_style.bgcolor) == (pane_word.color, pane_word.bgcolor)


async def test_at_60x20_a_full_size_dialogs_bar_keeps_its_way_out(opened_paths: DataPaths) -> None:
    # The round's last stranger: at 60x20 What's working's bar read "o Outcome f Flow
    # r Date range e Role families ? Keys", its "esc Close" left out before them.
    async with app_on(opened_paths, "today", size=(60, 20)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle(pilot, 6)
        bar = "".join(text for text, _style in _bottom_row(app))
        assert "Esc Close" in bar, bar
        assert focus_problem(app) is None
