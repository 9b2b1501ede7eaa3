"""A ``Static`` whose change of size costs one layout pass of the screen, not two.

When a ``Static``'s text changes size (a count grows a digit, the detail panel shows another
application), the screen's layout pass places it and hands it its new size; Textual's
``Widget`` then sets its virtual size, a layout reactive, which asks for a second pass over
the whole screen that finds nothing to move: a label scrolls nothing. On a filter keystroke
that second pass (and the repaint it brings) cost as much as the first. The layout that
matters, the widget's own size and its container's, is the first pass's and is unchanged.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import Static


class OnePassStatic(Static):
    """A ``Static`` that takes its new size from a layout pass without asking for another."""

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)
