"""The followed boards' table on the Boards screen (``pipeline/boards.py``), its columns fitted
to the box's width.

Its four columns took 74 cells where a 60-column terminal leaves the box 56: the header read
"Last check", and "Last result" with every result was out of sight to the right. Now a table
too wide first cuts the company's name (at a word's end, with an ellipsis, to
``COMPANY_LEAST`` cells at least), and if that is not enough leaves out the Board column: the
line under the table names the selected board's link. The rows are filled again when the
box's width changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events

from bounceback_tui.ui.kit.cells import clip_at_word
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.text import display_text

HEADERS = ("Company", "Board", "Last checked", "Last result")
# Each cell has a cell of padding on each side (DataTable's cell_padding).
PADDING = 2
# Room kept for a vertical scrollbar (the table scrolls past a third of the terminal's rows).
SCROLLBAR = 2
# A company cut to fewer cells than this reads as nobody: the Board column goes first.
COMPANY_LEAST = 16


@dataclass(frozen=True)
class BoardRow:
    """One board's cells as the screen has them (a person's text not yet made safe)."""

    key: str
    company: str
    board: str
    checked: str
    result: Text


@dataclass(frozen=True)
class Layout:
    """The columns shown, each with the cells its text takes (padding aside), and the cells
    a company's name is cut to (None: as it is)."""

    columns: tuple[tuple[str, int], ...]
    name_cells: int | None = None

    @property
    def board_shown(self) -> bool:
        return any(header == HEADERS[1] for header, _ in self.columns)


def layout_for(rows: Sequence[BoardRow], width: int | None) -> Layout:
    """The columns that fit ``width`` cells (the table's own width; None: as wide as they are).

    Each column's width is given, never measured by the table once idle: it drew the lines
    it had in the meantime with the headers' widths, and kept some ("Northwi" under
    "Company" beside whole names)."""

    def cells(header: str, values: list[str]) -> int:
        return max([cell_len(header), *map(cell_len, values)])

    names = [display_text(row.company) for row in rows]
    company = cells(HEADERS[0], names)
    board = cells(HEADERS[1], [display_text(row.board) for row in rows])
    checked = cells(HEADERS[2], [row.checked for row in rows])
    result = cells(HEADERS[3], [row.result.plain for row in rows])
    rest = ((HEADERS[2], checked), (HEADERS[3], result))
    room = None if width is None else width - SCROLLBAR - PADDING * 4 - checked - result
    if room is None or company + board <= room:
        return Layout(((HEADERS[0], company), (HEADERS[1], board), *rest))
    if room - board >= COMPANY_LEAST:
        cut = cells(HEADERS[0], [clip_at_word(name, room - board) for name in names])
        return Layout(((HEADERS[0], cut), (HEADERS[1], board), *rest), room - board)
    room = max(1, room + PADDING)  # the Board column's padding, given to the company too
    cut = cells(HEADERS[0], [clip_at_word(name, room) for name in names])
    return Layout(((HEADERS[0], cut), *rest), room if company > room else None)


class BoardsTable(ListTable):
    """The boards' table: ``show`` gives it its rows; it lays them out again when its width
    changes (a terminal resized, the box laid out for the first time)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._board_rows: list[BoardRow] = []
        self._layout: Layout | None = None

    def show(self, rows: Sequence[BoardRow], keep: str | None) -> None:
        """``rows`` in the table, the cursor on the row of ``keep`` if it is still there."""
        self._board_rows = list(rows)
        self._fill(keep, always=True)

    def on_resize(self, event: events.Resize) -> None:
        self._fill(self.selected_key, always=False)

    def _fill(self, keep: str | None, *, always: bool) -> None:
        layout = layout_for(self._board_rows, self.size.width or None)
        if layout == self._layout and not always:
            return
        self._layout = layout
        self.clear(columns=True)
        for header, cells in layout.columns:
            self.add_column(header, width=cells)
        for row in self._board_rows:
            company = display_text(row.company)
            if layout.name_cells is not None:
                company = clip_at_word(company, layout.name_cells)
            board = (Text(display_text(row.board)),) if layout.board_shown else ()
            self.add_row(Text(company), *board, Text(row.checked), row.result, key=row.key)
        if keep is not None:
            self.select_key(keep)
