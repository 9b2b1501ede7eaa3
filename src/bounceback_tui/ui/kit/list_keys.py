"""What every virtual list shares beside the widget: its keys, the cursor's ``SAME``, and
``FILTER_TYPED`` (the cursor's rule while a filter keystroke draws)."""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

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


# True while the rows a filter keystroke leaves are drawn (``list_filter``): a list whose
# item under the cursor the filter took away puts the cursor on its first (best) match,
# as ``set_items(or_first=True)``, not on whichever item slid onto its line (a stranger's
# `e` after typing "Helix" edited the third match, not the first). An item still shown
# keeps the cursor, as across a sort.
FILTER_TYPED: ContextVar[bool] = ContextVar("filter_typed", default=False)


@contextmanager
def filter_typed() -> Iterator[None]:
    """Draw the rows of a filter keystroke under ``FILTER_TYPED``."""
    token = FILTER_TYPED.set(True)
    try:
        yield
    finally:
        FILTER_TYPED.reset(token)
