"""What every virtual list shares beside the widget: its keys, and the cursor's ``SAME``."""

from __future__ import annotations

from collections.abc import Hashable

from textual.binding import Binding, BindingType

# The binding ids every list shares; a keymap entry for one moves it in every list.
LIST_BINDINGS: list[BindingType] = [
    Binding("up,k", "cursor(-1)", "Up", show=False, id="list.up"),
    Binding("down,j", "cursor(1)", "Down", show=False, id="list.down"),
    Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
    Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
    Binding("home,g", "first", "First", show=False, id="list.first"),
    Binding("end,G", "last", "Last", show=False, id="list.last"),
    Binding("enter", "select", "Open", show=False, id="list.select"),
]


class _Same:
    def __repr__(self) -> str:
        return "SAME"


# ``set_items(keep=SAME)``: keep the cursor on the item it is on now.
SAME: Hashable = _Same()
