"""Which classes' keys a pane's keys can be hidden by: the widgets inside it, whose keys win
while they have focus. ``binding_catalogue.check_keymap`` refuses a keymap entry that moves a
pane's key onto one of theirs (`"skills.advance" = "enter"`: Enter still opened the item, and
advancing could not be done at all)."""

from __future__ import annotations

from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen


def widgets_in(pane: type[DOMNode], classes: list[type[DOMNode]]) -> list[type[DOMNode]]:
    """The classes whose widgets a pane holds, and whose keys win while they have focus: every
    pane's list (``VirtualList``), and the widgets of the pane's own feature package."""
    from bounceback_tui.ui.kit.pane import Pane
    from bounceback_tui.ui.kit.virtual_list import VirtualList

    if not issubclass(pane, Pane):
        return []
    package = pane.__module__.rpartition(".")[0]
    return [
        cls
        for cls in classes
        if cls is VirtualList
        or (
            cls.__module__.rpartition(".")[0] == package
            and not issubclass(cls, (Pane, Screen, App))
        )
    ]
