"""A line-API widget's size, looked up once for a whole draw.

``Widget.size`` walks up to the screen and into the compositor's map each time it is asked.
A widget that asks for it once per line it draws (Today's board asked about 170 times a
full draw, about a seventh of its drawing time) asks ``_size_now()`` instead: during
``render_lines`` it is the size read when the draw began; otherwise it is ``size``.
"""

from __future__ import annotations

from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget


class SizeOncePerDraw(Widget):
    """Mix in before ``Widget``; ask ``_size_now()`` where a draw would ask ``size``."""

    _drawing_size: Size | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._drawing_size = self.size
        try:
            return super().render_lines(crop)
        finally:
            self._drawing_size = None

    def _size_now(self) -> Size:
        size = self._drawing_size
        return self.size if size is None else size
