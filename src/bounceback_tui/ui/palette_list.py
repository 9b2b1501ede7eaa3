"""The command palette's list of hits (``commands.Palette`` composes it for Textual's own).

Where colour is not shown (NO_COLOR, a mono terminal) the highlighted hit's first line starts
with the cursor's mark, as every other list's does (kit/cursor_mark.py): a grey background
alone told nothing. In colour, nothing changes.

``keep_the_bar_in_sight``: the list's height capped so the palette's key bar stays in sight.
"""

from __future__ import annotations

from typing import Any

from textual.command import CommandList
from textual.screen import Screen
from textual.strip import Strip

from bounceback_tui.ui.kit.cursor_mark import mark_if_colourless


class PaletteList(CommandList):
    """Textual's CommandList, its highlighted hit marked where colour is not shown."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        lines = self._lines
        number = self.scroll_offset.y + y
        if self.highlighted is None or number >= len(lines):
            return line
        index, offset = lines[number]
        if index != self.highlighted or offset != 0:
            return line
        return mark_if_colourless(self.app, line)


# The rows under the palette that stay in sight: its key bar ("Esc Exit the command palette").
KEY_BAR_ROWS = 1
# Textual's own cap on the list (``max-height: 70vh``), kept where there is room.
LIST_SHARE = 0.7


def keep_the_bar_in_sight(palette: Screen[Any]) -> None:
    """Cap ``palette``'s list to the rows between its box (and Enter's note, when shown) and
    its key bar. Textual caps it at 70% of the screen, below a box three rows down: at 20
    rows and fewer the list went on over the bar, and "Esc Exit the command palette" was
    gone (at 60x20 and 80x20; at 24 rows it was in sight)."""
    boxes = palette.query("#--input")
    if not boxes or not boxes.first().region.height:
        return  # not laid out yet: asked again once it is
    top = boxes.first().region.bottom
    size = palette.size
    for note in palette.query("#palette-note"):
        if note.display:  # its lines as they wrap, laid out or not yet
            width = size.width - note.styles.gutter.width
            top += note.get_content_height(size, size, width) + note.styles.gutter.height
    height = size.height
    room = max(1, min(height - KEY_BAR_ROWS - top, int(height * LIST_SHARE)))
    for listed in palette.query(CommandList):
        listed.styles.max_height = room
