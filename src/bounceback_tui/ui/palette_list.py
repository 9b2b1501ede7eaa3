"""The command palette's list of hits (``commands.Palette`` composes it for Textual's own).

Where colour is not shown (NO_COLOR, a mono terminal) the highlighted hit's first line starts
with the cursor's mark, as every other list's does (kit/cursor_mark.py): a grey background
alone told nothing. In colour, nothing changes.
"""

from __future__ import annotations

from textual.command import CommandList
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
