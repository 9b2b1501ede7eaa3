"""The Skills pane's two views: a three-column board and an ordered list.

Both are the kit's VirtualList: 2,000 items cost one list assignment, never 2,000
widgets or 2,000 table rows. Cells are cut to the width the list has. Which item goes
where, in what order, is ``domain/skill_order``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.strip import Strip

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month, describe_relative
from bounceback_tui.domain.skill_order import board_columns, list_order, open_ranks
from bounceback_tui.domain.skills import STATUS_ORDER, SkillStatus, is_overdue, late_words
from bounceback_tui.domain.unreadable import UNREADABLE_DAY
from bounceback_tui.services.skills import SkillRow
from bounceback_tui.ui.kit.cells import clip, clip_at_word
from bounceback_tui.ui.kit.virtual_list import VirtualList

# Cells leave one space either side, like a table's cell padding.
_PAD = 1
# A card's kind cut to make room for its day keeps this much, its ellipsis included ("Te…").
KIND_MIN_CELLS = 4
# What an empty column says when no filter hides anything.
_EMPTY = {
    SkillStatus.TODO: "Nothing waiting.",
    SkillStatus.DOING: "Nothing in progress.",
    SkillStatus.DONE: "Nothing finished yet.",
}


class _Look:
    """What drawing needs besides the item: today's date and the warning style."""

    def __init__(self) -> None:
        self.today = clock.today()
        self.warn = Style(bold=True, color="yellow")


class SkillLines(VirtualList[SkillRow]):
    """How the Skills lists draw: the cursor laid over the item's whole lines, a header on
    the panel's colour, an italic placeholder."""

    DEFAULT_CSS = """
    SkillLines {
        height: 1fr;
        & > .virtual-list--cursor-blurred {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .virtual-list--header {
            background: $panel;
            color: $foreground;
            text-style: bold;
        }
        & > .virtual-list--empty { text-style: italic; }
    }
    """

    def __init__(
        self, look: _Look, *, placeholder: str, id: str, classes: str | None = None
    ) -> None:
        super().__init__(placeholder=placeholder, id=id, classes=classes)
        self.look = look

    def lines(self, row: SkillRow, width: int) -> Sequence[Text]:
        """The item's lines as text, at most ``width`` cells each."""
        raise NotImplementedError

    def line_key_extra(self) -> tuple[object, ...]:
        return (self.look.today, self.look.warn)

    def render_item(self, item: SkillRow, index: int, width: int) -> Sequence[Strip]:
        style = self.list_style()
        if index == self.cursor:
            style = style + self.component("cursor" if self.has_focus else "cursor-blurred")
        return [self.text_strip(text, width, style) for text in self.lines(item, width)]


def board_lines(row: SkillRow, width: int, today: date, warn: Style) -> tuple[Text, Text]:
    """A card: the title, then the kind with the target (or when it was finished)."""
    inner = max(4, width - 2 * _PAD)
    meta = row.kind.label
    style: Style | str = "dim"
    if row.status is SkillStatus.DONE and row.finished_at:
        meta = _shortest(meta, "done", row.finished_at.date(), today, inner)
    elif row.status is SkillStatus.DONE and row.finished_unreadable:  # written over elsewhere
        meta, style = f"{meta} · done {UNREADABLE_DAY}", warn
    elif row.target_unreadable:  # written over elsewhere: said, as the lists say it
        meta, style = f"{meta} · target {UNREADABLE_DAY}", warn
    elif row.target_date is not None:
        if is_overdue(row.target_date, row.status, today):
            # How late, as Today says it ("3 days late"; "3d late" where that is too long).
            # How late, as Today says it ("3 days late"; "3d late" where that is too long,
            # the kind cut before it as "done 12 Mar" cuts it: never the days).
            late = f"{meta} · {late_words(row.target_date, row.status, today)}"
            if len(late) > inner:
                tail = f" · {late_words(row.target_date, row.status, today, tiny=True)}"
                late = clip(meta, max(1, inner - len(tail))) + tail
            meta, style = late, warn
        else:
            meta = _shortest(meta, "due", row.target_date, today, inner)
    pad = " " * _PAD
    title = Text(pad + clip(row.title, inner), end="")
    return title, Text(pad + clip(meta, inner), style=style, end="")


def _shortest(kind: str, word: str, day: date, today: date, inner: int) -> str:
    """The kind, ``word`` ("due", "done") and the day in the longest form that fits
    ``inner`` cells: "17 Jan 2027", then "17 Jan"; then the kind cut with "…" before the
    day ("Techni… · due 29 Dec"), then the day alone, cut only when even that does not fit.
    The day and the month stay together: at 80x24 the cards read "Soft skill · due 17 J…",
    then "Technical · due Dec", a month with no day to act on."""
    forms = [_short(day, today), f"{day.day} {day:%b}"]
    for form in forms:
        line = f"{kind} · {word} {form}"
        if cell_len(line) <= inner:
            return line
    when = f"{word} {min(forms, key=cell_len)}"
    room = inner - cell_len(f" · {when}")
    return f"{clip(kind, room)} · {when}" if room >= KIND_MIN_CELLS else when


def _short(day: date, today: date) -> str:
    """ "today", "tomorrow", "12 Mar", or "12 Mar 2025" (``day_month``): board-sized."""
    if abs((day - today).days) <= 1:
        return describe_relative(day, today)
    return day_month(day, today)


class SkillColumn(SkillLines):
    """One board column. Left/right (h/l) ask the board to move to the next column."""

    ITEM_HEIGHT: ClassVar[int] = 2
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "step_column(-1)", "Column left", show=False, id="skills.column_left"),
        Binding("right,l", "step_column(1)", "Column right", show=False, id="skills.column_right"),
    ]

    class Step(Message):
        def __init__(self, column: SkillColumn, delta: int) -> None:
            super().__init__()
            self.column = column
            self.delta = delta

    def __init__(self, status: SkillStatus, look: _Look) -> None:
        self.status = status
        super().__init__(
            look,
            placeholder=_EMPTY[status],
            id=f"skills-column-{status.value}",
            classes="skills-column-lane",
        )

    def lines(self, row: SkillRow, width: int) -> Sequence[Text]:
        return board_lines(row, width, self.look.today, self.look.warn)

    def marks_cursor(self, index: int) -> bool:
        # Every column draws its cursor, the focused one's in the cursor's own colour.
        # Without colour only the focused column's is marked: all three were, and which
        # column `j`, `e` or `d` acted on could not be read.
        return self.has_focus and self.on_cursor(index)

    def action_step_column(self, delta: int) -> None:
        self.post_message(self.Step(self, delta))


def fitted_title(title: str, room: int) -> str:
    """A column's title in ``room`` cells: "Doing · 0 of 3", else "Doing · 0/3", else
    "Doing 0/3", else cut at a word's end (at 60 columns it read "Doing · 0 of…")."""
    forms = (title, title.replace(" of ", "/"), title.replace(" of ", "/").replace(" · ", " "))
    return next((form for form in forms if cell_len(form) <= room), clip_at_word(forms[-1], room))


class SkillBoard(Horizontal):
    """Three columns, one per status, each titled with its count."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._look = _Look()
        self._titles: dict[SkillStatus, str] = {}

    def _show_titles(self) -> None:
        for status, title in self._titles.items():
            lane = self.query_one(f"#skills-lane-{status.value}", Vertical)
            # The border's corners and the title's space either side.
            room = lane.size.width - 4
            lane.border_title = fitted_title(title, room) if room > 0 else title

    def on_resize(self, _event: events.Resize) -> None:
        self.call_after_refresh(self._show_titles)  # once the lanes have their widths

    def compose(self) -> ComposeResult:
        for status in STATUS_ORDER:
            with Vertical(classes="skills-column", id=f"skills-lane-{status.value}"):
                yield SkillColumn(status, self._look)

    def column(self, status: SkillStatus) -> SkillColumn:
        return self.query_one(f"#skills-column-{status.value}", SkillColumn)

    def show(
        self,
        rows: Sequence[SkillRow],
        today: date,
        titles: dict[SkillStatus, str],
        warn: Style,
        *,
        filtered: bool = False,
    ) -> None:
        """Fill the columns: todo and doing in priority order, done newest first. Under a
        filter an empty column says no match is there, not that nothing is (a newcomer read
        "Nothing finished yet." beside a finished item the filter hid)."""
        self._look.today, self._look.warn = today, warn
        for status, in_column in board_columns(rows).items():
            column = self.column(status)
            column.placeholder = "No match here." if filtered else _EMPTY[status]
            column.set_items(in_column)
        self._titles = dict(titles)
        self._show_titles()


# (label, width); the title takes the room that is left.
LIST_COLUMNS: tuple[tuple[str, int], ...] = (
    ("#", 4),
    ("Skill", 0),
    ("Kind", 12),
    ("Status", 6),
    ("Target", 19),  # "2026-03-13 27d late"
)


def _fixed_width() -> int:
    return sum(width + 2 * _PAD for _label, width in LIST_COLUMNS if width)


def _title_width(width: int) -> int:
    return max(8, width - _fixed_width() - 2 * _PAD)


def _line(cells: Sequence[tuple[str, Style | str]], width: int) -> Text:
    """Cells padded to the list's column widths, one space either side."""
    line = Text(end="", no_wrap=True)
    title_width = _title_width(width)
    for (text, style), (_label, column_width) in zip(cells, LIST_COLUMNS, strict=True):
        size = column_width or title_width
        line.append(" " * _PAD)
        line.append(set_cell_size(clip(text, size), size), style=style)  # pad by cells
        line.append(" " * _PAD)
    return line


def list_header(width: int) -> Text:
    return _line([(label, "") for label, _width in LIST_COLUMNS], width)


def list_line(row: SkillRow, rank: int | None, width: int, today: date, warn: Style) -> tuple[Text]:
    """Rank, title, kind, status, target; done items dimmed, overdue targets flagged."""
    style = "dim" if row.status is SkillStatus.DONE else ""
    target = ""
    target_style: Style | str = ""
    if row.target_unreadable:  # written over elsewhere: said, as the lists say it
        target, target_style = UNREADABLE_DAY, warn
    if row.target_date is not None:
        target = row.target_date.isoformat()
        if is_overdue(row.target_date, row.status, today):
            late = late_words(row.target_date, row.status, today, tiny=True)
            target, target_style = f"{target} {late}", warn
    cells: list[tuple[str, Style | str]] = [
        (str(rank) if rank else "", "dim"),
        (row.title, style),
        (row.kind.label, style),
        (row.status.label, style),
        (target, target_style or style),
    ]
    return (_line(cells, width),)


class SkillList(SkillLines):
    """The ordered list: rank, title, kind, status and target, under a fixed header."""

    HEADER_HEIGHT: ClassVar[int] = 1

    def __init__(self) -> None:
        self._ranks: dict[int, int] = {}
        self._ranked = 0  # bumped with every new numbering: lines drawn before are stale
        super().__init__(_Look(), placeholder="Nothing to show.", id="skills-list")

    def lines(self, row: SkillRow, width: int) -> Sequence[Text]:
        return list_line(row, self._ranks.get(row.id), width, self.look.today, self.look.warn)

    def line_key_extra(self) -> tuple[object, ...]:
        return (*super().line_key_extra(), self._ranked)

    def render_header(self, y: int, width: int) -> Strip:
        return self.text_strip(
            list_header(width), width, self.list_style() + self.component("header")
        )

    def show(
        self, rows: Sequence[SkillRow], today: date, warn: Style, *, ranked: Sequence[SkillRow]
    ) -> None:
        """Show ``rows`` (maybe filtered), numbered by their place among all open ``ranked``."""
        self.look.today, self.look.warn = today, warn
        self._ranks = open_ranks(ranked)
        self._ranked += 1
        self.set_items(list_order(rows))
