"""Widgets that change without laying out the whole screen when nothing moves.

``resize_virtual``: a list of fixed size given another number of rows (a filter keystroke)
has nothing to lay out; only its scroll bars follow. Setting its ``virtual_size``, a layout
reactive, laid out and repainted the whole screen each time.

``OnePassStatic``: a ``Static`` whose change of size costs one layout pass, not two.

When a ``Static``'s text changes size (a count grows a digit, the detail panel shows another
application), the screen's layout pass places it and hands it its new size; Textual's
``Widget`` then sets its virtual size, a layout reactive, which asks for a second pass over
the whole screen that finds nothing to move: a label scrolls nothing. On a filter keystroke
that second pass (and the repaint it brings) cost as much as the first. The layout that
matters, the widget's own size and its container's, is the first pass's and is unchanged.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widgets import Static


def resize_virtual(view: ScrollView, width: int, height: int, *, repaint: bool = True) -> None:
    """Set the virtual size of ``view`` (a scroll view with no children) without a layout
    pass when its own size does not depend on it: the scroll bars are updated directly (a
    scroll bar that comes or goes asks for the layout itself), then the view repaints
    (``repaint=False``: the caller repaints the lines that changed)."""
    size = Size(width, height)
    if size == view.virtual_size or view.styles.auto_dimensions:
        view.virtual_size = size  # an auto size follows the content: a layout pass
        return
    view.set_reactive(ScrollView.virtual_size, size)
    view._scroll_update(size)
    if repaint:
        view.refresh()


class OnePassStatic(Static):
    """A ``Static`` that takes its new size from a layout pass without asking for another."""

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)
