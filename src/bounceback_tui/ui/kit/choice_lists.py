"""Textual's option and selection lists with the app's vim-style keys (`j`/`k`, `g`/`G`)."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

from bounceback_tui.ui.kit.tick_box import mark_strip

T = TypeVar("T")


class ChoiceList(OptionList):
    """A list of choices (a trap to filter by, an answer in practice)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="choices.down"),
        Binding("k", "cursor_up", "Up", show=False, id="choices.up"),
        Binding("g", "first", "First", show=False, id="choices.first"),
        Binding("G", "last", "Last", show=False, id="choices.last"),
    ]


class TickList(SelectionList[T]):
    """A list of choices ticked with space (the thinking traps of a thought record)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="ticks.down"),
        Binding("k", "cursor_up", "Up", show=False, id="ticks.up"),
        Binding("g", "first", "First", show=False, id="ticks.first"),
        Binding("G", "last", "Last", show=False, id="ticks.last"),
        # Textual's own Space (its "select"), with an id: `?` lists it and a keymap moves it.
        Binding("space", "select", "Tick", show=False, id="ticks.toggle"),
    ]

    def render_line(self, y: int) -> Strip:
        # Ticked and unticked differ in shape (✓ or empty), not only in colour.
        line = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        return mark_strip(line, selection.value in self._selected)
