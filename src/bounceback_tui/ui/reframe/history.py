"""The list of past thought records with a small figure: the average drop in intensity and
the traps met most often."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import DataTable, Static
from textual.widgets.data_table import ColumnKey

from bounceback_tui.reframe import TRAPS_BY_KEY, trap_name
from bounceback_tui.services.reframe import HistoryFigures, HistoryRow
from bounceback_tui.ui.kit.cells import clip
from bounceback_tui.ui.kit.fields import PlainInput
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.text import display_text, markup_with, plain
from bounceback_tui.ui.reframe.summary import shift_text

DATE_WIDTH = 10
TRAPS_WIDTH = 22
SHIFT_WIDTH = 6
BAR_WIDTH = 10
# Rows are added a page at a time as the cursor nears the end: measuring 1,200 rows at
# once would make every filter keystroke wait on the table.
PAGE = 60


def traps_cell(keys: tuple[str, ...]) -> Text:
    if not keys:
        return Text("–")
    first = TRAPS_BY_KEY[keys[0]].short if keys[0] in TRAPS_BY_KEY else trap_name(keys[0])
    return Text(display_text(first if len(keys) == 1 else f"{first} +{len(keys) - 1}"))


def drop_text(figures: HistoryFigures) -> Content:
    if figures.average_drop is None:
        return markup_with(
            "[dim]Re-rate your feelings at the end of a record to see the shift here.[/dim]"
        )
    return markup_with(
        "[b]$shift[/b] average shift\n[dim]in intensity, over $rated\nre-rated record$plural[/dim]",
        shift=shift_text(figures.average_drop),
        rated=f"{figures.rated:,}",
        plural="s" if figures.rated != 1 else "",
    )


def traps_text(figures: HistoryFigures) -> Content:
    if not figures.top_traps:
        return markup_with("[dim]The traps you choose most often will show here.[/dim]")
    lines = []
    most = figures.top_traps[0][1]
    for key, count in figures.top_traps:
        bar = "█" * max(1, round(BAR_WIDTH * count / most))
        name = TRAPS_BY_KEY[key].short if key in TRAPS_BY_KEY else key
        lines.append(
            plain(f"{name:<19} ") + plain(f"{bar:<{BAR_WIDTH}}", "$accent") + plain(f" {count:,}")
        )
    return Content("\n").join(lines)


class ReframeHistory(Vertical):
    """Filter bar, list and figure. The pane fills it; the table's rows are keyed by id."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._pending: list[HistoryRow] = []
        self._width = 30

    def compose(self) -> ComposeResult:
        yield PlainInput(
            placeholder="filter the thoughts (Esc clears)", id="rf-filter", compact=True
        )
        yield Static(id="rf-filter-status")
        with Horizontal(id="rf-figure", classes="card"):
            yield Static(id="rf-figure-drop")
            yield Static(id="rf-figure-traps")
        table = ListTable(id="rf-table")
        table.add_column("Date", width=DATE_WIDTH, key="date")
        table.add_column("Thought", width=30, key="thought")
        table.add_column("Traps", width=TRAPS_WIDTH, key="traps")
        table.add_column("Shift", width=SHIFT_WIDTH, key="shift")
        yield table

    def on_mount(self) -> None:
        self.query_one("#rf-filter").display = False
        self.query_one("#rf-figure").border_title = "Your records so far"

    @staticmethod
    def thought_width(available: int) -> int:
        """How wide the Thought column can be in ``available`` cells of the pane."""
        # Each column has one cell of padding on both sides; leave room for a scrollbar.
        fixed = DATE_WIDTH + TRAPS_WIDTH + SHIFT_WIDTH + 4 * 2 + 2
        return max(12, available - fixed)

    def show_rows(self, rows: list[HistoryRow], available: int) -> None:
        table = self.query_one("#rf-table", ListTable)
        selected = table.selected_key
        self._width = self.thought_width(available)
        table.clear()
        table.columns[ColumnKey("thought")].width = self._width
        self._pending = list(rows)
        self._add_page()
        if selected is not None:
            self.reveal(selected)

    def _add_page(self) -> None:
        table = self.query_one("#rf-table", ListTable)
        page, self._pending = self._pending[:PAGE], self._pending[PAGE:]
        width = self._width
        for row in page:
            # Text, not str: what people type must never be read as markup.
            thought = Text(clip(row.thought, width)) if row.thought.strip() else None
            table.add_row(
                Text(row.created_on.isoformat()),
                thought or Text("(no thought yet)", style="dim"),
                traps_cell(row.traps),
                Text(shift_text(row.average_shift))
                if row.complete
                else Text("draft", style="italic"),
                key=str(row.id),
            )

    def reveal(self, key: str) -> bool:
        """Move the cursor to the record ``key``, adding pages until it is in the table."""
        table = self.query_one("#rf-table", ListTable)
        if key not in table.rows and any(str(row.id) == key for row in self._pending):
            while self._pending and key not in table.rows:
                self._add_page()
        return table.select_key(key)

    @on(DataTable.RowHighlighted, "#rf-table")
    def _load_more(self, event: DataTable.RowHighlighted) -> None:
        if self._pending and event.cursor_row >= event.data_table.row_count - 5:
            self._add_page()

    def show_figure(self, figures: HistoryFigures) -> None:
        self.query_one("#rf-figure-drop", Static).update(drop_text(figures))
        self.query_one("#rf-figure-traps", Static).update(traps_text(figures))
