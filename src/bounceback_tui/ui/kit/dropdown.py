"""The app's dropdown: Textual's Select, with its list made when first opened.

Textual's Select builds six widgets: itself, the closed box (``SelectCurrent``: a label and
two arrows, one of them always hidden) and its list (``SelectOverlay``, an OptionList of
every choice, hidden until opened). Most dropdowns in a form are never opened, yet each cost
about 2,000 of Python's small blocks while the form was open; the application form has
eight of them, Settings one of some twenty themes (docs/performance.md, "Memory: the long
walk, walk8's round"). Here the closed box has one arrow, turned (▼, ▲) when the list opens,
and the list is mounted the first time it opens, then kept. What is drawn is the same: the
same label, the same arrow in the same place and colours, the same list once open.

Textual's methods that reach for the list (the value's highlight, the prompt, opening) are
overridden to do without it until it exists; it is textual 8.2's Select (pinned < 8.3).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.widgets import Select, Static
from textual.widgets._select import (
    NonSelectableStatic,
    NoSelection,
    SelectCurrent,
    SelectOverlay,
)

ARROW_DOWN, ARROW_UP = "▼", "▲"


class DropdownCurrent(SelectCurrent):
    """The closed box: the label and one arrow (Textual's has a second, hidden one)."""

    def compose(self) -> ComposeResult:
        yield NonSelectableStatic(self.placeholder, id="label")
        yield NonSelectableStatic(ARROW_DOWN, classes="arrow")

    def turn(self, expanded: bool) -> None:
        """The arrow as Textual shows it: up while the list is open."""
        self.query_one(".arrow", Static).update(ARROW_UP if expanded else ARROW_DOWN)


class Dropdown(Select[str]):
    """A Select whose list is made when first opened (see the module)."""

    _list_made = False

    def compose(self) -> ComposeResult:
        yield DropdownCurrent(self.prompt)

    async def _make_list(self) -> None:
        if self._list_made:
            return
        overlay = SelectOverlay(type_to_search=self._type_to_search)
        overlay.compact = self.compact
        await self.mount(overlay)
        self._list_made = True
        self._setup_options_renderables()
        for index, (_prompt, value) in enumerate(self._options):
            if value == self.value and not isinstance(value, NoSelection):
                overlay.highlighted = index
                break

    def _setup_options_renderables(self) -> None:
        if self._list_made:
            super()._setup_options_renderables()

    def _watch_value(self, value: str | NoSelection) -> None:
        if self._list_made:
            super()._watch_value(value)
            return
        # Select's own, without the list's highlight (set when the list is made).
        self._value = value
        try:
            current = self.query_one(SelectCurrent)
        except NoMatches:
            return
        if value == self.NULL:
            current.update(self.NULL)
        else:
            for prompt, option_value in self._options:
                if option_value == value:
                    current.update(prompt)
                    break
        self.post_message(self.Changed(self, value))

    def _watch_prompt(self, prompt: str) -> None:
        if self._list_made:
            super()._watch_prompt(prompt)
            return
        if not self.is_mounted:
            return
        current = self.query_one(SelectCurrent)
        current.placeholder = prompt
        if self._allow_blank and self.value == self.NULL:
            current.update(self.NULL)

    def _watch_expanded(self, expanded: bool) -> None:
        if not self._list_made:
            if expanded:  # opened by a click on the box: the list first, then open it
                self.call_next(self._open_made_list)
            return
        super()._watch_expanded(expanded)
        try:
            self.query_one(DropdownCurrent).turn(expanded)
        except NoMatches:
            return  # the dropdown is being removed

    async def _open_made_list(self) -> None:
        await self._make_list()
        if self.expanded:
            self._watch_expanded(True)

    # Async (Textual awaits an action that is): the keys after the one that opened it wait
    # until the list is there, as they did with Textual's, whose list was always there.
    async def action_show_overlay(self) -> None:  # type: ignore[override]  # awaited: above
        await self._make_list()
        super().action_show_overlay()
