"""One move towards a place, as a person goes there: back to the panes (``_to_main``), to a pane
(``_on_pane``), out of a field that holds the keys (``_out_of_field``), to a pane's list or
a row of the Pipeline; lures and detours are made of these."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.command import CommandPalette
from textual.widgets import Input, TextArea

from bounceback_tui.ui.app import BouncebackApp
from tests.monkey.moves import Move
from tests.monkey.reading import _filler_for, _on_main, _palette_to, _press, _typing_target

if TYPE_CHECKING:
    from tests.monkey.walker import _Walk


# The question kit/confirm.ask_before_throwing_away asks over a page with typing in it.
THROW_AWAY = "Throw away what you typed?"


def _to_main(app: BouncebackApp) -> Move | None:
    """Back towards the panes: the palette, a dialog or a form closes with Escape, the
    settings screen with its own key."""
    from bounceback_tui.ui.kit.confirm import ConfirmScreen
    from bounceback_tui.ui.screens.settings import SettingsScreen

    if isinstance(app.screen, SettingsScreen):
        return _press(app, "settings.close")
    if isinstance(app.screen, ConfirmScreen) and app.screen.question.plain == THROW_AWAY:
        # "Throw away what you typed?" over a form, a message or the posting import: Escape
        # would only go back to it, whose Escape asks again (seed 8's walk, twenty-first
        # round, went round that over the posting import with a link pasted).
        return _press(app, "confirm.yes") or Move("key", "escape")
    return Move("key", "escape")


def _out_of_field(walk: _Walk) -> Move | None:
    """Out of a field that holds the keys, as a person would get out: Escape, or Tab to
    the next field; text a form refuses to leave with is deleted first. An empty field that
    Escape did not leave is one that must be filled first (Reframe's thought, once the
    situation is written): it gets a line every field takes, and then Escape."""
    app = walk.app
    focused = app.focused
    if focused is not None and walk.filled is focused:
        walk.filled = None
        return Move("key", "escape")
    if isinstance(focused, Input) and focused.value:
        return Move("key", "ctrl+u" if focused.cursor_position else "ctrl+k")
    if isinstance(focused, TextArea) and focused.text:
        return Move("key", "backspace" if focused.selected_text else "f7")
    if _typing_target(app):
        if walk.moves and walk.moves[-1] == Move("key", "escape") and walk.escaped is focused:
            walk.filled = focused
            return Move("type", _filler_for(focused))
        walk.escaped = focused
        return Move("key", walk.rng.choice(("escape", "escape", "tab")))
    return None


def _on_pane(walk: _Walk, pane_id: str) -> Move | None:
    """None once the main screen shows ``pane_id``; else the next move towards it."""
    from bounceback_tui.ui.panes import PANES_BY_ID

    app = walk.app
    if isinstance(app.screen, CommandPalette) or not _on_main(app):
        title = f"Go to {PANES_BY_ID[pane_id].title}"
        if isinstance(app.screen, CommandPalette) and app.current_pane.id != pane_id:
            return _palette_to(app, title)
        return _to_main(app)
    if app.current_pane.id != pane_id:
        return _press(app, f"pane.{pane_id}") or _out_of_field(walk)
    return None


def _lure_key(pane_id: str, binding_id: str) -> Callable[[_Walk], Move | None]:
    """To a screen one key away on a pane."""

    def lure(walk: _Walk) -> Move | None:
        app = walk.app
        return _on_pane(walk, pane_id) or _press(app, binding_id) or _out_of_field(walk)

    return lure


def _pipeline_row(app: BouncebackApp, wanted: Callable[[Any], bool]) -> Move | None:
    """On the Pipeline: None once the selected application is ``wanted``; else a step
    down the list (the filter cleared first), or Escape back to the list."""
    pane = app.current_pane
    row = pane.selected_row  # type: ignore[attr-defined]
    if row is not None and wanted(row):
        return None
    if app.focused is not pane.focus_target():  # type: ignore[attr-defined]
        return Move("key", "escape")
    return Move("key", "down")


def _focus_pane_list(walk: _Walk) -> Move | None:
    """Back to the pane's own list (its keys work there): Escape from a field or a view."""
    app = walk.app
    pane = app.current_pane
    target = pane.focus_target() if hasattr(pane, "focus_target") else None
    if target is not None and app.focused is not target:
        return _out_of_field(walk) or Move("key", "escape")
    return None
