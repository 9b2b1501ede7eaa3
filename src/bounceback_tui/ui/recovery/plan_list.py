"""The list of rejections: two lines a plan (the company and its date; the role and its
progress), drawn by the kit's VirtualList, so loading, filtering and repainting one row cost
the same for ten plans or the 3,700 of the 10,000-application demo store.

Keys are every list's (``list.*``); Enter opens the plan.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.strip import Strip

from bounceback_tui.domain.dates import day_month, names_year
from bounceback_tui.domain.due import active_since
from bounceback_tui.domain.recovery import progress_bar
from bounceback_tui.domain.unreadable import UNREADABLE_DAY
from bounceback_tui.domain.wording import number
from bounceback_tui.services.recovery_plans import PlanRow
from bounceback_tui.ui.kit.text import display_text
from bounceback_tui.ui.kit.virtual_list import LIST_BINDINGS, VirtualList

DATE_WIDTH = 8
BAR_WIDTH = 6
COUNT_WIDTH = len("✓ done")  # or "12/15", or "rests" for a plan resting


def short_date(day: date, today: date) -> str:
    """ "13 Mar", or "Nov 2025" when ``names_year`` (a column ``DATE_WIDTH`` wide)."""
    return f"{day:%b %Y}" if names_year(day, today) else day_month(day, today)


def date_cell(day: date | None, today: date) -> str:
    """The list's date column: ``short_date``, or "unreadable" (a little wider) where
    another program wrote over the no's day."""
    return UNREADABLE_DAY if day is None else short_date(day, today).rjust(DATE_WIDTH)


class RejectionList(VirtualList[PlanRow]):
    """Rejections with a progress bar each; keyed by the rejection's id."""

    ITEM_HEIGHT: ClassVar[int] = 2
    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_BINDINGS[:-1],
        Binding("enter", "select", "Open plan", id="list.select"),
    ]
    DEFAULT_CSS = """
    RejectionList {
        background: $surface;
        overflow-x: hidden;
        & > .virtual-list--zebra { background: $surface-lighten-1 30%; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.today = date.min
        self._rests_before = date.min

    def key_of(self, item: PlanRow) -> Hashable:
        return item.rejection_id

    @property
    def selected_id(self) -> int | None:
        """The rejection under the cursor, or None."""
        item = self.selected
        return None if item is None else item.rejection_id

    def show(self, rows: Sequence[PlanRow], today: date, keep: int | None = None) -> None:
        """Show these plans, the cursor on ``keep`` if it is among them, else the first."""
        self.today = today
        self._rests_before = active_since(today)  # an open plan's no before it: it rests
        self.set_items(rows, keep=keep, or_first=True)  # keep None: the first

    def line_key_extra(self) -> tuple[object, ...]:
        return (self.today,)

    def render_item(self, item: PlanRow, index: int, width: int) -> Sequence[Strip]:
        base = self.list_style()
        if index == self.cursor:
            # The cursor's colours, not its weight: the company's own bold marks the row.
            cursor = self.component("cursor" if self.has_focus else "cursor-blurred")
            background = base + Style(color=cursor.color, bgcolor=cursor.bgcolor)
        elif index % 2:
            background = base + self.component("zebra")
        else:
            background = base
        # On the focused cursor the cursor's text colour wins: muted grey on its blue is
        # unreadable in light themes. Weight and the progress bar's shape stay.
        on_cursor = index == self.cursor and self.has_focus
        return [
            Strip(
                [
                    Segment(seg.text, _over(background, seg.style, keep_colour=not on_cursor))
                    for seg in self._line_text(item, part, width).render(self.app.console)
                    if seg.text != "\n"
                ]
            ).adjust_cell_length(width, background)
            for part in range(self.ITEM_HEIGHT)
        ]

    def _line_text(self, row: PlanRow, part: int, width: int) -> Text:
        """The company and the date; under them the role, the progress bar and the count.
        The company has its whole line but the date (at 80 columns it was cut to 9 cells
        when the bar shared it); the role shares its line with the bar and the count."""
        # Full styles (not partial): "auto" colours like $text-muted are worked out against
        # the list's own background, then only the colour is laid over each row.
        muted = Style(color=self.component("muted").color)
        done_style = Style(color=self.component("done").color)
        day = "" if part else date_cell(row.rejected_on, self.today)
        if part == 0:
            name = Text(display_text(row.company), no_wrap=True, style=Style(bold=True))
            room = width - len(day) - 3  # a space before, between and after
        else:
            name = Text(display_text(row.role), no_wrap=True, style=muted)
            room = width - BAR_WIDTH - COUNT_WIDTH - 4
        name.truncate(max(4, room), overflow="ellipsis", pad=True)
        line = Text(" ", no_wrap=True)
        line.append_text(name)
        line.append(" ")
        if part == 0:
            line.append(day, muted)
            return line
        bar = progress_bar(row.done, row.total, BAR_WIDTH)
        filled = len(bar.rstrip("░"))
        line.append(bar[:filled], done_style)
        line.append(bar[filled:], muted)
        line.append(" ")
        if row.completed:
            line.append("✓ done".rjust(COUNT_WIDTH), done_style)
        elif row.rejected_on is not None and row.rejected_on < self._rests_before:
            # Resting (recovery/header.py): the header counted them, no row said which.
            line.append("rests".rjust(COUNT_WIDTH), muted + Style(italic=True))
        else:
            line.append(f"{number(row.done)}/{number(row.total)}".rjust(COUNT_WIDTH), muted)
        return line


def _over(background: Style, style: Style | None, *, keep_colour: bool) -> Style:
    """A text segment's style laid over its row's background."""
    if style is None:
        return background
    if not keep_colour:
        style = Style(bold=style.bold, italic=style.italic)
    return background + style
