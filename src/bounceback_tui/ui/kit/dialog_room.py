"""Every dialog over the panes stops a row above the key bar, in any terminal.

A dialog's box is as tall as what it holds, at most the terminal (``max-height: 100%``); in
a short one (60x20) the box reached the bottom row and covered the key bar it tells the
person to use. The random walk at 60x20 met it dialog after dialog (the trap filter, the
followed boards, a message draft), so it is kept here, for all of them: each time a screen
is pushed and each time the terminal is resized, the box of every dialog of the app's own
(Textual's palette has its own layout; the tour, with a footer of its own, fits its box
itself) is capped a row short of the terminal (``list_fit.keep_above_bar``), above the
dialog's own key bar (``dialog_bar``, which this mixin gives each dialog as it is pushed). A
box that fits is not moved: only what would have reached the bar's row changes. Forms and
pickers fit their fields and lists inside that (``form_fit``, ``list_fit``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events
from textual.screen import Screen
from textual.widgets import Footer, Tooltip
from textual.widgets._toast import ToastRack

from bounceback_tui.ui.kit.dialog_bar import give_dialog_a_bar
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.list_fit import keep_above_bar
from bounceback_tui.ui.kit.toast_room import earlier_notes_make_way

if TYPE_CHECKING:
    from textual.app import App

    _AppBase = App[Any]
else:
    _AppBase = object


def keep_dialog_above_bar(screen: Screen[Any]) -> None:
    """Cap the boxes of ``screen`` (a dialog of the app's own) above the key bar's row."""
    if not screen.is_modal or type(screen).__module__.startswith("textual."):
        return
    if not screen.is_mounted:
        return
    if screen.query(Footer):  # a bar of its own (the tour): not over the app's
        return
    for box in screen.children:
        if box.display and not isinstance(box, (ToastRack, Tooltip, KeyBar)):
            keep_above_bar(screen, box)


class DialogsAboveBar(_AppBase):
    """Mixed into the app (before ``App``): dialogs pushed, or the terminal resized, are
    kept above the key bar (see the module), and a dialog pushed lets go of the notes
    raised before it (``toast_room``)."""

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        give_dialog_a_bar(args[0] if args else kwargs.get("screen"))  # kit/dialog_bar.py
        pushed = super().push_screen(*args, **kwargs)
        earlier_notes_make_way(self, self.screen)
        self.call_after_refresh(self._dialogs_above_bar)
        return pushed

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._dialogs_above_bar)

    def _dialogs_above_bar(self) -> None:
        for screen in self.screen_stack:
            keep_dialog_above_bar(screen)
