"""The Skills pane's two views: a three-column board and an ordered list.

Both are ListTables (three on the board), so 2,000 items stay 2,000 rows in a
virtualised table, never 2,000 widgets. Cells are Rich Text cut to the column's
width, because a title can be 200 characters and a board column is 25 wide.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message

from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.domain.skills import STATUS_ORDER, SkillStatus, is_overdue
from bounceback_tui.services.skills import SkillRow
from bounceback_tui.ui.widgets.list_table import ListTable

# Horizontal room a table takes besides its text: cell padding both sides and a scrollbar.
_CHROME = 4
# The list also keeps a column's worth of slack so it never needs a horizontal scrollbar.
_LIST_CHROME = 6


def clip(text: str, width: int) -> Text:
    """One line of plain text, cut with an ellipsis to ``width`` cells."""
    line = Text(" ".join(text.split()), no_wrap=True, overflow="ellipsis", end="")
    line.truncate(max(1, width), overflow="ellipsis")
    return line


def target_text(row: SkillRow, today: date, warn: Style) -> Text:
    """The target date, flagged when it has passed and the item is not done."""
    if row.target_date is None:
        return Text("")
    if is_overdue(row.target_date, row.status, today):
        return Text(f"{row.target_date.isoformat()} overdue", style=warn, end="")
    return Text(row.target_date.isoformat(), end="")


def board_cell(row: SkillRow, today: date, width: int, warn: Style) -> Text:
    """Two lines: the title, then the kind and the target (or when it was finished)."""
    meta = row.kind.label
    style: Style | str = "dim"
    if row.status is SkillStatus.DONE and row.finished_at:
        meta += f" · done {row.finished_at.strftime('%-d %b')}"
    elif row.target_date is not None:
        when = describe_relative(row.target_date, today)
        if is_overdue(row.target_date, row.status, today):
            meta, style = f"{meta} · overdue", warn
        else:
            meta += f" · due {when}"
    cell = clip(row.title, width)
    cell.append("\n")
    cell.append(clip(meta, width).plain, style=style)
    return cell


class WidthChanged(Message):
    """A view's table changed width: its cells, cut to fit, need drawing again."""


class FittedTable(ListTable):
    """A ListTable whose cells are cut to its width; it says so when that width changes."""

    drawn_width = 0

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self.drawn_width:
            self.post_message(WidthChanged())


class SkillColumn(FittedTable):
    """One board column. Left/right (h/l) ask the board to move to the next column."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "step_column(-1)", "Column left", show=False, id="skills.column_left"),
        Binding("right,l", "step_column(1)", "Column right", show=False, id="skills.column_right"),
    ]

    class Step(Message):
        def __init__(self, column: SkillColumn, delta: int) -> None:
            super().__init__()
            self.column = column
            self.delta = delta

    def __init__(self, status: SkillStatus) -> None:
        super().__init__(id=f"skills-column-{status.value}", classes="skills-column-table")
        self.status = status
        self.show_header = False
        self.add_column("Skill", key="skill")

    def action_step_column(self, delta: int) -> None:
        self.post_message(self.Step(self, delta))


class SkillBoard(Horizontal):
    """Three columns, one per status, each titled with its count."""

    def compose(self) -> ComposeResult:
        for status in STATUS_ORDER:
            with Vertical(classes="skills-column", id=f"skills-lane-{status.value}"):
                yield SkillColumn(status)

    def column(self, status: SkillStatus) -> SkillColumn:
        return self.query_one(f"#skills-column-{status.value}", SkillColumn)

    def columns(self) -> list[SkillColumn]:
        return [self.column(status) for status in STATUS_ORDER]

    def show(
        self,
        rows: Sequence[SkillRow],
        today: date,
        titles: dict[SkillStatus, str],
        warn: Style,
    ) -> None:
        """Fill the columns: todo and doing in priority order, done newest first."""
        for status in STATUS_ORDER:
            table = self.column(status)
            in_column = [r for r in rows if r.status is status]
            if status is SkillStatus.DONE:
                in_column.sort(key=lambda r: r.finished_at.isoformat() if r.finished_at else "")
                in_column.reverse()
            table.drawn_width = table.size.width
            width = max(10, (table.size.width or 28) - _CHROME)
            _refill(
                table,
                ((board_cell(r, today, width, warn),) for r in in_column),
                [r.id for r in in_column],
                widths=(width,),
                height=2,
            )
            lane = self.query_one(f"#skills-lane-{status.value}", Vertical)
            lane.border_title = titles[status]


LIST_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("#", "rank", 4),
    ("Skill", "skill", 0),  # takes the room that is left
    ("Kind", "kind", 12),
    ("Status", "status", 6),
    ("Target", "target", 19),
)


def list_cells(
    row: SkillRow, rank: int | None, today: date, title_width: int, warn: Style
) -> tuple[Text, ...]:
    """Rank, title, kind, status, target; done items dimmed."""
    style = "dim" if row.status is SkillStatus.DONE else ""
    return (
        Text(str(rank) if rank else "", style="dim", end=""),
        Text(clip(row.title, title_width).plain, style=style, end=""),
        Text(row.kind.label, style=style, end=""),
        Text(row.status.label, style=style, end=""),
        target_text(row, today, warn),
    )


def list_order(rows: Iterable[SkillRow]) -> list[SkillRow]:
    """The list view: open items by priority, then done ones, newest first."""
    rows = list(rows)
    open_rows = [r for r in rows if r.status is not SkillStatus.DONE]
    done = [r for r in rows if r.status is SkillStatus.DONE]
    done.sort(key=lambda r: r.finished_at.isoformat() if r.finished_at else "", reverse=True)
    return open_rows + done


class SkillList(FittedTable):
    """The ordered list: rank, title, kind, status and target."""

    def __init__(self) -> None:
        super().__init__(id="skills-list")

    def show(self, rows: Sequence[SkillRow], today: date, warn: Style) -> None:
        self.drawn_width = self.size.width
        fixed = sum(width + 2 for _label, _key, width in LIST_COLUMNS if width)
        title_width = max(12, (self.size.width or 100) - fixed - _LIST_CHROME)
        ordered = list_order(rows)
        ranks = {r.id: i for i, r in enumerate(ordered, 1) if r.status is not SkillStatus.DONE}
        _refill(
            self,
            (list_cells(r, ranks.get(r.id), today, title_width, warn) for r in ordered),
            [r.id for r in ordered],
            widths=tuple(width or title_width for _l, _k, width in LIST_COLUMNS),
            labels=tuple(label for label, _key, _w in LIST_COLUMNS),
        )


def _refill(
    table: ListTable,
    cells: Iterable[tuple[Text, ...]],
    keys: list[int],
    *,
    widths: tuple[int, ...],
    labels: tuple[str, ...] | None = None,
    height: int = 1,
) -> None:
    """Replace every row, keeping the cursor on the same item when it is still there."""
    previous = table.selected_key
    current_widths = tuple(c.width for c in table.ordered_columns)
    if current_widths != widths:
        names = labels or tuple(str(c.label) for c in table.ordered_columns)
        table.clear(columns=True)
        for name, width in zip(names, widths, strict=True):
            table.add_column(name, width=width)
    else:
        table.clear()
    for key, row in zip(keys, cells, strict=True):
        table.add_row(*row, key=str(key), height=height)
    if previous is not None:
        table.select_key(previous)
