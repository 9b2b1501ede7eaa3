"""Textual's option and selection lists with the app's vim-style keys (`j`/`k`, `g`/`G`),
opening what they open once however many clicks a double-click makes."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual import events
from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

from bounceback_tui.ui.kit.tick_box import mark_strip

T = TypeVar("T")


class OpensOncePerClick(OptionList):
    """An option list a double-click opens once. Textual's selects (opens) on each click, so
    a double-click on a Recovery step opened its note twice, one over the other (a
    stranger's walk with the mouse); the later clicks of a chain (``Click.chain`` 2 and
    more) now do nothing."""

    async def _on_click(self, event: events.Click) -> None:
        # Textual runs each class's handler in turn; this one stops OptionList's (it selects).
        if event.chain > 1:
            event.prevent_default()


class ChoiceList(OpensOncePerClick):
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
