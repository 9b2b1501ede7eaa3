"""A DataTable for the panes' lists: row cursor, zebra stripes, vim-style j/k.

Its moves carry the kit's `list.*` ids with the same keys as `VirtualList`: one id is one
thing a person rebinds, and the keys table shows one set of keys for it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widgets import DataTable

from bounceback_tui.ui.kit.cursor_mark import colourless, marked_row


class ListTable(DataTable[object]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("home,g", "scroll_top", "First", show=False, id="list.first"),
        Binding("end,G", "scroll_bottom", "Last", show=False, id="list.last"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, id=id, classes=classes)

    @property
    def selected_key(self) -> str | None:
        """The key of the row under the cursor, or None for an empty table."""
        if self.row_count == 0:
            return None
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return row_key.value

    def select_key(self, key: str) -> bool:
        """Move the cursor to the row with ``key``; False if there is none."""
        try:
            index = self.get_row_index(key)
        except Exception:
            return False
        self.move_cursor(row=index, scroll=True)
        return True

    def render_line(self, y: int) -> Strip:
        # The cursor's row told by a mark where colour is not shown (kit/cursor_mark.py).
        line = super().render_line(y)
        if self.row_count == 0 or not colourless(self.app):
            return line
        header = self.header_height if self.show_header else 0
        table_y = y if y < header else y + self.scroll_offset.y  # no fixed rows here
        try:
            key, offset = self._get_offsets(table_y)
        except LookupError:
            return line
        if offset or key == self._header_row_key or key not in self.rows:
            return line
        return marked_row(line) if self.get_row_index(key) == self.cursor_row else line
