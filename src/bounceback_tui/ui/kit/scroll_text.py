"""A column of text taller than the terminal that scrolls with the list keys.

The `?` screen, What's working and "If you are struggling" are read, not picked from:
`j`/`k` (and the arrows), PageUp/PageDown and `g`/`G` (and Home/End) move the text as
they move every list. The bindings carry the list keys' ids (``kit/list_keys.py``), so a
keymap entry for ``list.down`` moves the lists and these alike. With nothing to scroll,
the keys pass on (Textual's scroll actions skip).
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll


class ScrollText(VerticalScroll):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll_up", "Up", show=False, id="list.up"),
        Binding("down,j", "scroll_down", "Down", show=False, id="list.down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("home,g", "scroll_home", "Top", show=False, id="list.first"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="list.last"),
    ]
