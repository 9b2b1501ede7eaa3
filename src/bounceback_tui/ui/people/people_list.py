"""The People list: one line per person (name, last in touch, kind, company) under a header.

A kit ``VirtualList``. Its columns fit the list's width, as the Pipeline's table does: the
name always, then each column after it only if it fits at its least (Company goes first,
then Kind, then In touch), the room left growing each to its designed width. At 60x20
every column was squeezed instead, Company to two letters ("Br", "No") and names cut
("Alex Morg…"). The list never scrolls sideways and draws no horizontal scrollbar (a
DataTable's lone thumb used to show as a stray ``▏`` on the bottom row at some widths).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.strip import Strip

from bounceback_tui import clock
from bounceback_tui.domain.people import ContactKind
from bounceback_tui.domain.unreadable import UNREADABLE_DAY
from bounceback_tui.domain.wording import days_ago
from bounceback_tui.services.people import ContactRow
from bounceback_tui.ui.kit.cells import fit_cells
from bounceback_tui.ui.kit.virtual_list import VirtualList

PAD = 1  # cells either side of a column


@dataclass(frozen=True)
class PeopleColumn:
    key: str
    title: str
    width: int  # as designed
    least: int  # the narrowest it is shown at; narrower, it is left out


# Kind is shown whole or not at all: cut, the two recruiters read the same ("Recruit…").
_KIND_WIDTH = max(len(kind.label) for kind in ContactKind)
COLUMNS: tuple[PeopleColumn, ...] = (
    PeopleColumn("name", "Name", 20, 15),
    PeopleColumn("last", "In touch", 8, 8),  # "12mo ago" at most (wording.days_ago, tiny)
    PeopleColumn("kind", "Kind", _KIND_WIDTH, _KIND_WIDTH),
    PeopleColumn("company", "Company", 16, 10),
)
_BY_KEY = {column.key: column for column in COLUMNS}


def column_widths(available: int, *, unreadable: bool = False) -> dict[str, int]:
    """Each column's width in a list ``available`` cells wide; 0 for a column left out.

    The name always, then the others in order while each fits at its least (a later one
    is not let in before an earlier one); the room left grows each shown column to its
    designed width, the name first. ``unreadable``: a line says "unreadable" in its In
    touch column, which is then as wide as the word (cut, it was another word)."""
    name, *others = (
        replace(column, width=len(UNREADABLE_DAY), least=len(UNREADABLE_DAY))
        if unreadable and column.key == "last"
        else column
        for column in COLUMNS
    )
    used = name.least + 2 * PAD
    shown = [name]
    for column in others:
        if used + column.least + 2 * PAD > available:
            break
        shown.append(column)
        used += column.least + 2 * PAD
    widths = dict.fromkeys(_BY_KEY, 0)
    spare = max(0, available - used)
    for column in shown:
        grown = min(spare, column.width - column.least)
        widths[column.key] = column.least + grown
        spare -= grown
    if used > available:  # narrower than the name's least: the name takes what there is
        widths[name.key] = max(1, available - 2 * PAD)
    return widths


def last_in_touch(row: ContactRow, today: date) -> str:
    """ "today", "3d ago", "4mo ago", "2y ago", or "" when never: from 100 days in
    months and from a year in years, as the details say it ("over a year ago"), where it
    said "395d ago" (``wording.days_ago``). "unreadable" where the detail says it: in touch
    only on days another program wrote over (the list left it blank, as if never)."""
    if not row.last_contacted:
        return UNREADABLE_DAY if row.last_unreadable else ""
    return days_ago(max(0, (today - row.last_contacted).days), tiny=True)


def _unreadable(row: ContactRow) -> bool:
    return row.last_contacted is None and row.last_unreadable


def cells(row: ContactRow, today: date) -> tuple[tuple[str, str], ...]:
    """Each column's text and the name of its style ("" for plain)."""
    return (
        (row.name, ""),
        (last_in_touch(row, today), "muted"),
        (row.kind.label, "muted"),
        (row.company, ""),
    )


class PeopleList(VirtualList[ContactRow]):
    """The people, one line each, under a fixed header; Enter opens the person's form."""

    HEADER_HEIGHT: ClassVar[int] = 1
    # Into the person's details beside (ui/people/detail.py), which then scroll: `t`, as
    # the Pipeline's details, or Tab. On the bar, and first there: "+11 more · t shows all"
    # names it, and at 80 columns Tab had no room (`e` makes way: Enter edits too).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t,tab", "details", "Details", id="people.details"),
    ]
    DEFAULT_CSS = """
    PeopleList {
        overflow-x: hidden;
        & > .virtual-list--header {
            background: $panel;
            color: $foreground;
            text-style: bold;
        }
    }
    """

    # Whether a line says "unreadable" in its In touch column (``column_widths``).
    _unreadable = False

    def set_items(self, items: Sequence[ContactRow], **how: Any) -> None:
        unreadable = any(_unreadable(row) for row in items)
        widened, self._unreadable = unreadable != self._unreadable, unreadable
        super().set_items(items, **how)
        if widened:  # every line's columns moved, not only the lines that changed
            self.refresh()

    def line_key_extra(self) -> tuple[object, ...]:
        return (self._unreadable,)  # a line built before the column widened is not kept

    def update_item(self, item: ContactRow) -> bool:
        updated = super().update_item(item)
        if updated and _unreadable(item) and not self._unreadable:
            self._unreadable = True
            self.refresh()
        return updated

    def action_details(self) -> None:
        if self.parent is not None:
            self.parent.query_one("#people-detail").focus()

    def _line(self, values: Sequence[tuple[str, Style]], base: Style, width: int) -> Strip:
        widths = column_widths(width, unreadable=self._unreadable)
        pad = Segment(" " * PAD, base)
        segments: list[Segment] = []
        for (text, style), column in zip(values, COLUMNS, strict=True):
            if widths[column.key]:
                segments += [pad, Segment(fit_cells(text, widths[column.key]), style), pad]
        return Strip(segments).crop_extend(0, width, base)

    def render_header(self, y: int, width: int) -> Strip:
        header = self.list_style() + self.component("header")
        return self._line([(column.title, header) for column in COLUMNS], header, width)

    def render_item(self, item: ContactRow, index: int, width: int) -> list[Strip]:
        base = self.list_style() + self.line_background(index)
        values = [
            (text, base + self.item_foreground(style, index) if style else base)
            for text, style in cells(item, clock.today())
        ]
        return [self._line(values, base, width)]
