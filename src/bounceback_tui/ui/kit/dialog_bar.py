"""Every dialog of the app's own has a key bar of its own, on its bottom row.

The app's key bar belongs to the screen under the dialogs. It showed the dialog's keys, but
Textual draws the screen under a dialog dimmed and sends every click to the dialog: under
the New application form the bar read 58 and 241 on 234, under "Throw away what you typed?"
52 and 236 on 233 (hard to read), and a click on `^s Save` or `y Yes` did nothing (a
stranger's walk with the mouse). So each dialog gets a bar of its own as it is first pushed
(``DialogsAboveBar.push_screen``): drawn in the bar's own colours, on top, and a click on a
key runs it as on the panes (``KeyBar.on_click``).

A dialog with a footer of its own (the tour's, the welcome's: ``OWN_FOOTER``) and Textual's
own screens are left as they are; the app's command palette (``ui/commands.Palette``) is the
app's own and has a bar, where a click on `esc` closes it.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from bounceback_tui.ui.kit.key_bar import KeyBar


class DialogKeyBar(KeyBar):
    """A dialog's own key bar. It is mounted before the dialog's widgets, which the dialog's
    ``check_action`` may look at (the answer bank's list): it reads the keys once the dialog
    is built, not as it is mounted."""

    DEFAULT_CLASSES = "dialog-key-bar"

    def on_mount(self) -> None:
        self.call_after_refresh(self._dialog_built)  # then KeyBar.on_mount subscribes

    def _dialog_built(self) -> None:
        if not self.screen.is_mounted:
            self.call_after_refresh(self._dialog_built)
        elif self._collect():
            self._redraw()

    def _collect(self) -> bool:
        if not self.screen.is_mounted:
            return False  # not built yet: read once it is (_dialog_built)
        return super()._collect()


def gets_a_bar(screen: Screen[Any]) -> bool:
    """Whether ``screen`` (about to be pushed) is a dialog of the app's own still to be
    composed, without a footer of its own."""
    if not screen.is_modal:
        return False
    if type(screen).__module__.startswith("textual.") or getattr(screen, "OWN_FOOTER", False):
        return False
    return not screen.is_running  # a dialog pushed again has its bar from the first time


def give_dialog_a_bar(screen: object) -> None:
    """Add a key bar to ``screen`` (a dialog about to be pushed, see ``gets_a_bar``); it is
    composed with the dialog's own widgets."""
    if isinstance(screen, Screen) and gets_a_bar(screen):
        screen.compose_add_child(DialogKeyBar())
