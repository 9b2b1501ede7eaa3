"""A button whose label is a key, two spaces and what it does ("r  Restore the latest backup"):
a label that wraps goes on under what it does, not under the key, and a path or a `command`
in it stays whole (``WholeCommands``): one longer than the room under the words is cut in
the middle ("bounceback.sqlite3.unre…20270105-090000)"), never folded under the key.

The store-problem screen's choices went on under their key: "r  Restore the latest backup
(by hand, today 21:46: 60 applications, 25" over "rejections)" at the key's column, and "f
Start fresh (the file is kept as" over the kept file's name.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content

from bounceback_tui.domain.text import text_cells
from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.commands_whole import WholeCommands

# Between a choice's key and what it does, as its label writes it.
KEY_GAP = "  "


class ChoiceButton(Button):
    """A ``Button`` whose wrapped label hangs under its words, after the key and ``KEY_GAP``."""

    def render(self) -> RenderResult:
        label = super().render()
        if not isinstance(label, Content):
            return label
        gap = label.plain.find(KEY_GAP)
        hang = text_cells(label.plain[: gap + len(KEY_GAP)]) if gap > 0 else 0
        # A name longer than the room under the words is cut in the middle, never folded.
        return WholeCommands.of(label, hang=hang, cut_long=True)
