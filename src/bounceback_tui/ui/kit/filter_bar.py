"""One filter box for every list: hidden until `/`, a status beside it, Escape clears it.

The bar is the box and what it says; what the words match is the list's model
(``domain/list_model.ListModel``, over the shared matcher in ``domain/fuzzy``). A pane
opens the bar (``open()``: shown and focused), reacts to ``FilterBar.Changed`` by filtering
its model and showing ``model.visible``, returns focus to its list on
``FilterBar.Submitted`` (Enter), and calls ``close()`` when the filter is cleared. Setting
``value`` from code (a test, a jump to a hidden item) goes through the same message.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from bounceback_tui.ui.kit.fields import PlainInput


class FilterBar(Horizontal):
    """A one-line filter box (a ``PlainInput``) with an optional status beside it."""

    DEFAULT_CSS = """
    FilterBar {
        height: auto;
        display: none;
        &.-open { display: block; }
        & > .filter-bar--input { width: 1fr; }
        & > .filter-bar--status {
            width: auto;
            max-width: 60%;
            padding: 0 1;
            color: $text-muted;
        }
    }
    """

    class Changed(Message):
        """The filter's text changed (typed, pasted, or set from code)."""

        def __init__(self, filter_bar: FilterBar, value: str) -> None:
            super().__init__()
            self.filter_bar = filter_bar
            self.value = value

        @property
        def control(self) -> FilterBar:
            return self.filter_bar

    class Submitted(Message):
        """Enter in the box: the person is done typing."""

        def __init__(self, filter_bar: FilterBar, value: str) -> None:
            super().__init__()
            self.filter_bar = filter_bar
            self.value = value

        @property
        def control(self) -> FilterBar:
            return self.filter_bar

    def __init__(
        self,
        placeholder: str,
        *,
        id: str | None = None,
        input_id: str | None = None,
        status: bool = False,
        status_id: str | None = None,
        compact: bool = True,
    ) -> None:
        super().__init__(id=id)
        self._placeholder = placeholder
        self._input_id = input_id
        self._with_status = status
        self._status_id = status_id
        self._compact = compact

    def compose(self) -> ComposeResult:
        yield PlainInput(
            placeholder=self._placeholder,
            id=self._input_id,
            classes="filter-bar--input",
            compact=self._compact,
        )
        if self._with_status:
            yield Static(id=self._status_id, classes="filter-bar--status")

    @property
    def input(self) -> Input:
        return self.query_one(".filter-bar--input", Input)

    @property
    def value(self) -> str:
        return self.input.value

    @value.setter
    def value(self, text: str) -> None:
        self.input.value = text

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    @property
    def is_active(self) -> bool:
        """Open, or holding words (an Escape has something to clear)."""
        return self.is_open or bool(self.value)

    def open(self) -> None:
        """Show the box and put the cursor in it."""
        self.add_class("-open")
        self.input.focus()

    def close(self) -> None:
        """Empty the box (without a ``Changed``: the pane clears its own filter) and hide it."""
        box = self.input
        if box.value:
            with box.prevent(Input.Changed):
                box.value = ""
        self.remove_class("-open")

    def show_status(self, content: Content | str) -> None:
        """What the filter shows ("12 of 300"), beside the box."""
        if self._with_status:
            self.query_one(".filter-bar--status", Static).update(content)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self, event.value))
