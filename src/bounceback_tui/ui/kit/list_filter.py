"""The filter keys of a pane whose list is a ``ListModel`` behind a ``FilterBar``.

Typing filters the model and redraws the list when the rows shown change; when they do
not (a letter more that still matches nobody), only what says what the filter is doing
(the count, the "nothing matches" line quoting the text) is redrawn. Enter goes back to
the list, closing an empty bar (or stays in the box when nothing matches: an empty list is
nowhere to go); Escape clears the filter. People, Skills and the Pipeline
share it; a pane whose filter is more than words (the Pipeline's ``stage:`` and ``since:``)
says how typed text becomes a filter in ``_apply_filter_text``.

`/` opens the filter on every pane, even one with nothing in it yet (``open_filter``): the
box then says there is nothing to filter, and what the person types next lands in it.
Before, `/` did nothing on an empty pane, so the letters typed after it ran as the pane's
keys (`q` quit the app).
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.list_keys import filter_typed
from bounceback_tui.ui.kit.pane import Pane

# The filter box's placeholder while the list has nothing in it.
NOTHING_TO_FILTER = "Nothing to filter yet (Esc closes)"


class FilteredListPane(Pane):
    """A pane that draws ``_model.visible`` in ``_draw()`` and filters it with ``filter_bar``."""

    _model: ListModel[Any, Any]

    @property
    def filter_bar(self) -> FilterBar:
        raise NotImplementedError

    def _draw(self) -> None:
        """Show the model's visible rows, and the counts and messages that go with them."""
        raise NotImplementedError

    def _draw_filter_state(self) -> None:
        """The filter's text changed but not the rows shown: by default, draw it all."""
        self._draw()

    def _apply_filter_text(self, text: str) -> bool:
        """Filter the model by what is typed; False when that shows the same rows as now."""
        return self._model.set_filter(text)

    def open_filter(self) -> None:
        """`/`: show the filter box and put the cursor in it, whether or not there is
        anything to filter (every pane's ``action_filter`` comes here)."""
        bar = self.filter_bar
        box = bar.input
        if not hasattr(self, "_filter_placeholder"):
            self._filter_placeholder = str(box.placeholder)
        box.placeholder = self._filter_placeholder if len(self._model) else NOTHING_TO_FILTER
        self._model.prepare_index()  # now, so the first letter does not pay for it
        bar.open()
        self._show_filter_room()

    def _show_filter_room(self) -> None:
        """A pane whose filter box sits in what is hidden while the list is empty shows it
        here (Recovery's list column, Reframe's history)."""

    def _focus_list(self) -> None:
        """Focus what shows the rows (after Enter or Escape in the filter)."""
        self.focus_target().focus()

    def on_filter_bar_changed(self, event: FilterBar.Changed) -> None:
        event.stop()
        self._filter_typed(event.value)

    def _draw_filtered(self) -> None:
        """Draw the rows a filter left: a row under the cursor that it took away gives way
        to the first (best) match; a row still shown keeps the cursor (``FILTER_TYPED``)."""
        with filter_typed():
            self._draw()

    def _filter_typed(self, text: str) -> None:
        """The filter's text changed: filter and draw. A pane may hand this to its
        ``FilterBar`` as ``typed``, to draw the rows in the keystroke's own frame."""
        if self._apply_filter_text(text):
            self._draw_filtered()
        else:
            self._draw_filter_state()

    def on_filter_bar_submitted(self, event: FilterBar.Submitted) -> None:
        event.stop()
        if not event.value.strip():  # an empty box, whatever other filter the pane keeps
            self.filter_bar.close()
        elif self._matches_nothing():
            return  # nothing to go to: the cursor stays in the box, to mend the words
        self._focus_list()

    def _matches_nothing(self) -> bool:
        """The filter has run and shows none of the rows there are."""
        model = self._model
        return bool(len(model)) and not model.visible and not model.waiting

    def _clear_query(self) -> None:
        self.filter_bar.close()
        self._model.clear_filter()

    def action_clear_filter(self) -> None:
        self._clear_query()
        self._draw()
        self._focus_list()
        self.sync_keys()
