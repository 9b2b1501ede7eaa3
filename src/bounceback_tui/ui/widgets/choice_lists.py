"""Textual's option and selection lists with the app's vim-style keys (`j`/`k`, `g`/`G`)."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList, SelectionList

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
    ]
