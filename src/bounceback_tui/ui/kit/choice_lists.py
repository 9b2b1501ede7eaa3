"""Textual's option and selection lists with the app's vim-style keys (`j`/`k`, `g`/`G`),
opening what they open once however many clicks a double-click makes."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

from bounceback_tui.ui.kit.cursor_mark import colourless, mark_if_colourless
from bounceback_tui.ui.kit.theme_looks import readable_line
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

    # Options that start at their first cell (Recovery's "[ ]" steps) keep one blank cell
    # before them, headings included, where colour is not shown: the cursor's mark goes
    # there. Over the "[" it pushed the cursor's step a cell right and cut its last cell.
    MARK_GUTTER: ClassVar[bool] = False

    def _get_left_gutter_width(self) -> int:  # Textual's room before the options
        return 1 if self.MARK_GUTTER and colourless(self.app) else 0

    def render_line(self, y: int) -> Strip:
        # On the highlighted option a piece in a colour of its own that does not read on
        # the cursor takes the cursor's text colour: Recovery's "· draft kept" was the
        # warning's brown on the light theme's blurred cursor, 1.95:1 (a stranger's walk).
        line = super().render_line(y)
        if self._get_left_gutter_width():
            width = self.scrollable_content_region.width
            first = next(iter(line), None)
            blank = Segment(" ", first.style if first is not None else None)
            line = Strip([blank, *line], line.cell_length + 1).crop(0, width)
        lines = self._lines
        number = self.scroll_offset.y + y
        if self.highlighted is None or number >= len(lines):
            return line
        if lines[number][0] != self.highlighted:
            return line
        own = self.get_visual_style("option-list--option", "option-list--option-highlighted")
        sixteen = self.app.console.color_system == "standard"
        line = readable_line(line, own.rich_style.color, sixteen=sixteen)
        # Its first line told by a mark where colour is not shown (kit/cursor_mark.py).
        return mark_if_colourless(self.app, line) if lines[number][1] == 0 else line


class ChoiceList(OpensOncePerClick):
    """A list of choices (a trap to filter by, an answer in practice)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="choices.down"),
        Binding("k", "cursor_up", "Up", show=False, id="choices.up"),
        Binding("g", "first", "First", show=False, id="choices.first"),
        Binding("G", "last", "Last", show=False, id="choices.last"),
        # OptionList's own Enter, with an id: a keys line names it as bound ("Enter open").
        Binding("enter", "select", "Choose", show=False, id="choices.choose"),
    ]


class OpenChoiceList(ChoiceList):
    """Recovery's question for a no whose company has an application open in the Pipeline
    (ui/recovery/open_choice.py): Enter (as bound) on the key bar, saying what it does there.
    It was OptionList's own Enter, kept off the bar, so the bar read "s Separate no  esc Keep
    editing" with nothing for the key that marks an application rejected. Here in the kit,
    not in ui/recovery/: a widget of the Recovery package counts as the pane's, and moving
    Enter to `c` was refused as Recovery's `c` (Add step), a key no dialog reaches."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Choose", id="open_choice.choose"),
    ]


# What marks the option Enter takes in a list whose filter has the focus (``MarkedChoiceList``).
CHOSEN_MARK = "›"


class MarkedChoiceList(ChoiceList):
    """A ChoiceList under a filter box (``people.pick.PickScreen``): Enter in the box takes
    the highlighted option, so it is marked by shape as well as colour, "›" in the two
    cells each option is indented by (styles/people.tcss gives the cursor's colours while
    the box has the focus). It was told only by a faint background, and a person pressed
    Down, Enter and linked the second one (a stranger's fortnight)."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        number = self.scroll_offset.y + y
        lines = self._lines
        if self.highlighted is None or number >= len(lines):
            return line
        index, offset = lines[number]
        if index != self.highlighted or offset != 0 or line.cell_length < 2:
            return line
        first = next(iter(line), None)
        style = first.style if first is not None else None
        rest = list(line.crop(1, line.cell_length))
        return Strip([Segment(CHOSEN_MARK, style), *rest], line.cell_length)


class TickList(SelectionList[T]):
    """A list of choices ticked with space (the thinking traps of a thought record)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="ticks.down"),
        Binding("k", "cursor_up", "Up", show=False, id="ticks.up"),
        Binding("g", "first", "First", show=False, id="ticks.first"),
        Binding("G", "last", "Last", show=False, id="ticks.last"),
        # Textual's own Space (its "select"), with an id: `?` lists it and a keymap moves it.
        # On the key bar: the thought record's traps step says "Space ticks a trap", and the
        # bar said nothing of it.
        Binding("space", "select", "Tick", id="ticks.toggle"),
    ]

    def render_line(self, y: int) -> Strip:
        # Ticked and unticked differ in shape (✓ or empty), not only in colour.
        line = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        line = mark_strip(line, selection.value in self._selected)
        if self.highlighted == self.scroll_offset.y + y:  # a mark where colour is not shown
            line = mark_if_colourless(self.app, line)
        return line
