"""The filter keys of a pane whose list is a ``ListModel`` behind a ``FilterBar``.

Typing filters the model and redraws the list when the rows shown change; when they do
not (a letter more that still matches nobody), only what says what the filter is doing
(the count, the "nothing matches" line quoting the text) is redrawn. Enter goes back to
the list, closing an empty bar; Escape clears the filter. People, Skills and the Pipeline
share it; a pane whose filter is more than words (the Pipeline's ``stage:`` and ``since:``)
says how typed text becomes a filter in ``_apply_filter_text``.
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.pane import Pane


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

    def _focus_list(self) -> None:
        """Focus what shows the rows (after Enter or Escape in the filter)."""
        self.focus_target().focus()

    def on_filter_bar_changed(self, event: FilterBar.Changed) -> None:
        event.stop()
        self._filter_typed(event.value)

    def _filter_typed(self, text: str) -> None:
        """The filter's text changed: filter and draw. A pane may hand this to its
        ``FilterBar`` as ``typed``, to draw the rows in the keystroke's own frame."""
        if self._apply_filter_text(text):
            self._draw()
        else:
            self._draw_filter_state()

    def on_filter_bar_submitted(self, event: FilterBar.Submitted) -> None:
        event.stop()
        if not event.value.strip():  # an empty box, whatever other filter the pane keeps
            self.filter_bar.close()
        self._focus_list()

    def _clear_query(self) -> None:
        self.filter_bar.close()
        self._model.clear_filter()

    def action_clear_filter(self) -> None:
        self._clear_query()
        self._draw()
        self._focus_list()
        self.sync_keys()
