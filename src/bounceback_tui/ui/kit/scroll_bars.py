"""Scroll bars repainted when what they show changes, not on every layout.

Textual's ``ScrollView`` brings its scroll bars up to date on every layout pass that
reaches it (``ScrollView._size_updated`` compares the container size it is given with
its own, which differ by the gutter, so it always goes on to ``Widget._scroll_update``),
and ``_scroll_update`` repaints each bar whether or not its values changed. A pane
switch is a layout pass: the list shown had its scroll bar drawn again, every line of it,
and written again a frame later, though nothing on it had moved.

``QuietScrollBars`` does what ``_scroll_update`` does without those repaints: a bar's
``window_virtual_size``, ``window_size`` and ``position`` are reactives that repaint it
when they change, and a bar that comes or goes, or changes size, is laid out and drawn
afresh by Textual as before.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


class QuietScrollBars(ScrollView):
    """A ScrollView whose scroll bars repaint only when their values change."""

    def _scroll_update(self, virtual_size: Size) -> None:
        # Widget._scroll_update, less the unconditional ``refresh()`` of each bar.
        self._refresh_scrollbars()
        width, height = self.container_size
        if self.show_vertical_scrollbar and self.styles.scrollbar_size_vertical:
            vertical = self.vertical_scrollbar
            vertical.window_virtual_size = virtual_size.height
            vertical.window_size = height - self.scrollbar_size_horizontal
        if self.show_horizontal_scrollbar and self.styles.scrollbar_size_horizontal:
            horizontal = self.horizontal_scrollbar
            horizontal.window_virtual_size = virtual_size.width
            horizontal.window_size = width - self.scrollbar_size_vertical
        self.scroll_x = self.validate_scroll_x(self.scroll_x)
        self.scroll_y = self.validate_scroll_y(self.scroll_y)
