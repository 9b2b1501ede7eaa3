"""One filter box for every list: hidden until `/`, a status beside it, Escape clears it.

The bar is the box and what it says; what the words match is the list's model
(``domain/list_model.ListModel``, over the shared matcher in ``domain/fuzzy``). A pane
opens the bar (``open()``: shown and focused), reacts to ``FilterBar.Changed`` by filtering
its model and showing ``model.visible``, returns focus to its list on
``FilterBar.Submitted`` (Enter), and calls ``close()`` when the filter is cleared. Setting
``value`` from code (a test, a jump to a hidden item) goes through the same message.

A pane may instead hand the bar a ``typed`` function: it is called with the text at once,
inside the keystroke, and no ``Changed`` is posted. The rows the text lets through are then
drawn in the same frame as the letter. Through the message they came a frame or two later:
the screen painted the box as soon as the key was handled, and Textual's update timer,
resumed after a pause, waits 17 to 33 ms for its next frame (docs/performance.md).

A keystroke in the bar asks for no layout pass of the screen when nothing changes size: the
box's text scrolls inside it (``FilterInput``) and the status is only re-measured when its
width changes ("443 of 10,000" to "212 of 10,000" keeps it). Textual's ``Input`` and
``Static.update`` each asked for one on every change, and a layout pass reflows and repaints
the whole pane: most of a filter keystroke's time (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from bounceback_tui.domain.fuzzy import load_matcher_soon
from bounceback_tui.ui.kit.fields import PlainInput
from bounceback_tui.ui.kit.one_pass import OnePassStatic, resize_virtual

# The longest filter kept: words enough to find any record by. What a longer paste brings
# past it is left out: 10,000 pasted letters slowed every later key to seconds (matching
# them, drawing them), and Home and End no longer moved along the text.
FILTER_MAX_CHARS = 200


class FilterInput(PlainInput):
    """The filter's box: a keystroke repaints the box, not the screen's layout.

    Textual's ``Input`` sets its virtual size (the text's width, a layout reactive) on every
    change of value, which lays out the whole screen again. A box of fixed size has nothing
    to lay out: the text scrolls inside it. So the virtual size is set here without a layout
    and the box's scrolling is brought up to date directly (what the layout pass did for it)."""

    def replace(self, text: str, start: int, end: int) -> None:
        """Every edit (typing, a paste, a cut) keeps the box to ``FILTER_MAX_CHARS``."""
        start, end = sorted((start, end))
        room = FILTER_MAX_CHARS - (len(self.value) - (end - start))
        super().replace(text[: max(room, 0)], start, end)

    def _watch_value(self, value: str) -> None:
        resize_virtual(self, self.content_width, 1)  # Input's own then finds it done
        super()._watch_value(value)
        bar = self.parent
        if isinstance(bar, FilterBar):
            bar._value_changed(value)


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
            text-align: right;
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
        typed: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(id=id)
        self._typed = typed
        self._emptying = False
        self._placeholder = placeholder
        self._input_id = input_id
        self._with_status = status
        self._status_id = status_id
        self._compact = compact
        self._status_width: int | None = None  # the status's width as last laid out
        self._status_room = 0  # the cells kept for the status (``show_status``)
        self._box: FilterInput | None = None  # made when first asked for (``input``)

    def compose(self) -> ComposeResult:
        # The box itself is made when first asked for (``input``: `/`, or a value set from
        # code): every list pane built one with its pane, about 54 KiB each with its styles
        # and component nodes, for a `/` most sessions never press (docs/performance.md,
        # "Memory, mem6's round").
        if self._with_status:
            yield OnePassStatic(id=self._status_id, classes="filter-bar--status")

    @property
    def input(self) -> Input:
        """The box, made and mounted (before the status) the first time it is asked for."""
        box = self._box
        if box is None:
            box = self._box = FilterInput(
                placeholder=self._placeholder,
                id=self._input_id,
                classes="filter-bar--input",
                compact=self._compact,
            )
            self.mount(box, before=0 if self.children else None)
        return box

    @property
    def made_input(self) -> Input | None:
        """The box if it has been made (a check that should not make it)."""
        return self._box

    @property
    def value(self) -> str:
        return "" if self._box is None else self._box.value

    @value.setter
    def value(self, text: str) -> None:
        if self._box is None and not text:
            return  # no box, so nothing typed: nothing to clear
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
        load_matcher_soon()  # the first letter typed matches words (domain/fuzzy_scores)
        self.add_class("-open")
        self.input.focus()

    def close(self) -> None:
        """Empty the box (without a ``Changed``: the pane clears its own filter) and hide it."""
        box = self._box
        if box is not None and box.value:
            self._emptying = True
            try:
                with box.prevent(Input.Changed):
                    box.value = ""
            finally:
                self._emptying = False
        self.remove_class("-open")

    def show_status(self, content: Content | str, *, room: int = 0) -> None:
        """What the filter shows ("12 of 300"), beside the box. ``room``: the cells kept
        for it whatever it says (the widest count it shows, "10,000 of 10,000"), so that
        a count losing a digit as a letter is typed neither moves the box nor lays out the
        screen (a layout pass repaints the whole pane); the text keeps to the right."""
        if not self._with_status:
            return
        status = self.query_one(".filter-bar--status", Static)
        if room != self._status_room:
            self._status_room = room
            # The status's padding is inside its width.
            status.styles.min_width = room + status.styles.gutter.width if room else None
        # The status is as wide as what it says, or its room: a layout pass only when
        # that width changes.
        width = max(content.cell_length, room) if isinstance(content, Content) else None
        layout = width is None or width != self._status_width
        self._status_width = width
        status.update(content, layout=layout)

    def _value_changed(self, value: str) -> None:
        if self._typed is not None and not self._emptying:
            self._typed(value)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._typed is None:
            self.post_message(self.Changed(self, event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self, event.value))
