"""A widget's size, looked up once for the lines of one draw.

Textual draws a widget's lines one by one (``render_line``), and a line-drawing widget that
asks ``Widget.size`` for each (its width, its plan of rows) walks up to the screen and into
the compositor's map every time: Today's board asked about 170 times for one full draw,
about a seventh of its drawing time (docs/performance.md, "First paint, fp6's round").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget

# A mixin, put before the Textual class (as kit/kept_lines.py's): a plain class at run time.
if TYPE_CHECKING:
    _Widget = Widget
else:
    _Widget = object


class SizeOfADraw(_Widget):
    """``size_now()``: the size kept while Textual draws the widget's lines, else looked up."""

    _drawing_size: Size | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._drawing_size = self.size
        try:
            return super().render_lines(crop)
        finally:
            self._drawing_size = None

    def size_now(self) -> Size:
        size = self._drawing_size
        return self.size if size is None else size
