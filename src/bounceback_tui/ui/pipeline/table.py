"""The Pipeline's table view: one line per application, sortable by any column.

A kit ``VirtualList``: wider than the pane, its lines scroll sideways (left and right),
header included, all but Company (and Role, if the pane has room) which stay at the left
edge, so a row always says which application it is. No horizontal scrollbar (in most
themes it drew as a lone stray glyph on the bottom row): the header marks the columns out
of view with ◂ and ▸ instead."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip

from bounceback_tui import clock
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.ui.kit.cells import fit, fit_cells
from bounceback_tui.ui.kit.cursor_mark import colourless
from bounceback_tui.ui.kit.wheel_sideways import WheelSideways, next_stop
from bounceback_tui.ui.pipeline.lines import PipelineLines
from bounceback_tui.ui.pipeline.table_cells import cell

GAP = 1


@dataclass(frozen=True)
class TableColumn:
    key: str
    title: str
    width: int  # the fixed width, or the least a flexible column gets
    flex: int = 0  # share of the spare width (Company and Role grow with the terminal)
    max_width: int = 0
    # A flexible column's width before the columns after the core are let in: wide enough
    # for most names, so a wide terminal shows more columns rather than wider names.
    comfortable: int = 0
    name: str = ""  # the column's name in words ("Sorted by Excitement"), if not its title


COLUMNS: tuple[TableColumn, ...] = (
    TableColumn("company", "Company", 13, flex=4, max_width=32, comfortable=20),
    TableColumn("role", "Role", 15, flex=5, max_width=40, comfortable=26),
    TableColumn("stage", "Stage", 12),
    TableColumn("in_stage", "In stage", 10),
    TableColumn("applied", "Applied", 10),
    TableColumn("follow_up", "Follow-up", 11),
    TableColumn("excitement", "Excite", 8, name="Excitement"),
    TableColumn("location", "Location", 16),
    TableColumn("work_mode", "Mode", 8),
    TableColumn("source", "Source", 12),
    TableColumn("salary", "Salary", 20),
)
COLUMN_KEYS: tuple[str, ...] = tuple(column.key for column in COLUMNS)
# The columns that share the width first; the rest scroll in from the right.
_CORE = frozenset({"company", "role", "stage", "in_stage", "applied", "follow_up"})
# The columns kept at the left edge while the rest scroll sideways, the most first: each
# only if the columns beside it keep ``_SCROLLED_ROOM`` cells (the widest, Salary, and the
# ◂ and ▸ marks). Sorted by Salary at 80x24 the table once showed stars and a city alone.
_FIXED = ("company", "role")
_SCROLLED_ROOM = 22
# Dates shown whole or not at all: at 60x20 the view's edge left Applied "202" (of 2026-12-02),
# worse than no date. A date column the edge cuts is drawn blank, its title too.
_WHOLE_OR_BLANK = frozenset({"applied", "follow_up"})


def column_widths(available: int) -> dict[str, int]:
    """Widths that fill ``available``: the core columns, then each column after them that
    fits whole beside Company and Role at their comfortable widths, Company and Role taking
    the slack. At 200 columns Company and Role grew to 32 and 40 while Source was cut to
    "Sou▸" ("Othe", "Recr"); now Source comes in whole or not at all."""
    flexible = [c for c in COLUMNS if c.flex]
    shown = [c for c in COLUMNS if c.key in _CORE and not c.flex]
    least = sum(c.width for c in shown) + sum(c.comfortable or c.width for c in flexible)
    least += GAP * (len(shown) + len(flexible) - 1)
    for column in COLUMNS:
        if column.key in _CORE:
            continue
        if least + GAP + column.width > available:
            break  # in order: a later, narrower one is not shown before it
        shown.append(column)
        least += GAP + column.width
    fixed = sum(c.width for c in shown)
    gaps = GAP * (len(shown) + len(flexible) - 1)
    spare = max(0, available - fixed - gaps - sum(c.width for c in flexible))
    total_flex = sum(c.flex for c in flexible)
    widths = {c.key: c.width for c in COLUMNS}
    for column in flexible:
        grown = column.width + spare * column.flex // total_flex
        widths[column.key] = min(column.max_width or grown, grown)
    return widths


class PipelineTable(WheelSideways, PipelineLines):
    """Sorted by ``sort_key``; `s` in the pane cycles it, a click on a title picks it.
    Left and Right, and the wheel sideways, scroll a whole column at a time."""

    HEADER_HEIGHT: ClassVar[int] = 1
    SCROLLS_SIDEWAYS: ClassVar[bool] = True
    HEADER_SHOWS_ITEMS: ClassVar[bool] = False  # the column titles and the sort's arrow

    class SortRequested(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    class SortInView(Message):
        """Whether the column sorted by is in sight whole, sent when that changes."""

        def __init__(self, in_view: bool) -> None:
            super().__init__()
            self.in_view = in_view

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.sort_key = "applied"
        self.sort_descending = True
        self._widths = column_widths(80)
        self._sort_in_view = True
        self._width_seen = 0  # the width the columns were last laid out for
        self._sort_chosen = False  # the person picked a sort (the one it opens with is not)

    def set_sort(self, key: str, descending: bool) -> None:
        """The sort the titles show; the pane says it with every new set of rows, and
        only a change repaints the titles."""
        if (key, descending) == (self.sort_key, self.sort_descending):
            return
        self.sort_key, self.sort_descending = key, descending
        self._sort_chosen = True
        # The titles are the view's first line wherever it has scrolled to (refresh_lines
        # counts from the top of the whole list: scrolled down, it missed them).
        self.refresh(Region(0, 0, max(self.virtual_size.width, self.size.width), 1))
        self._tell_sort_in_view()

    def watch_scroll_x(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_x(old_value, new_value)
        self._tell_sort_in_view()

    def on_resize(self, _event: events.Resize) -> None:  # VirtualList's runs too
        self.call_after_refresh(self._sort_back_in_view)  # once the columns have their widths

    def _sort_back_in_view(self) -> None:
        """After the table's width changes, the column sorted by in sight again: every
        column's width and place change with it, and shrunk (or widened back) the sorted
        column stayed off to the side, named only by the header's note. Its first width
        (the pane shown at 60 columns) keeps the columns from the left, and so does the sort
        the table opens with (Company, Role and Stage say more than the dates)."""
        width = self.scrollable_content_region.width
        moved = width > 0 and self._width_seen not in (0, width)
        if moved and self._sort_chosen and not self.column_in_view(self.sort_key):
            self.show_column(self.sort_key)
        self._width_seen = width or self._width_seen
        self._tell_sort_in_view()

    def _tell_sort_in_view(self) -> None:
        if self.scrollable_content_region.width <= 0:
            return  # not laid out (a hidden pane): nothing is in sight or out of it
        in_view = self.column_in_view(self.sort_key)
        if in_view != self._sort_in_view:
            self._sort_in_view = in_view
            self.post_message(self.SortInView(in_view))

    def fixed_width(self) -> int:
        """The cells at the left edge that never scroll: Company and its gap, Role and its
        gap too if that leaves the other columns room (0 when every column fits)."""
        width = self.scrollable_content_region.width
        if self.virtual_size.width <= width:
            return 0
        fixed = self.mark_gutter()
        for key in _FIXED:
            wider = fixed + self._widths[key] + GAP
            if width - wider < _SCROLLED_ROOM:
                break
            fixed = wider
        return fixed

    def _start(self, key: str) -> int:
        """Where column ``key`` starts in the whole line."""
        start = self.mark_gutter()
        for column in COLUMNS:
            if column.key == key:
                break
            start += self._widths[column.key] + GAP
        return start

    def column_in_view(self, key: str) -> bool:
        """Whether column ``key`` is in sight whole (a fixed one always is)."""
        start, fixed = self._start(key), self.fixed_width()
        left = int(self.scroll_x)
        right = left + self.scrollable_content_region.width
        return start < fixed or (left + fixed <= start and start + self._widths[key] <= right)

    def show_column(self, key: str) -> None:
        """Scroll sideways, if need be, until column ``key`` is in sight whole, its title
        clear of the ◂ and ▸ marks at the edges (the first column: back to the left edge)."""
        start, fixed = self._start(key), self.fixed_width()
        end = start + self._widths[key]
        if key == COLUMN_KEYS[0]:
            self.scroll_to(x=0, animate=False)
            return
        width = self.scrollable_content_region.width
        left = int(self.scroll_x)
        if start < fixed:
            return
        if start < left + fixed + 1:
            self.scroll_to(x=max(0, start - fixed - 1), animate=False)
        elif end + 1 > left + width:
            stops = self._stops()  # whole columns beside ◂: by cells, a sort cut one blank
            x = min((x for x in stops if x > end - width), default=stops[-1])
            self.scroll_to(x=x, animate=False)

    def _stops(self) -> list[int]:  # where the scrolled part may start: a column whole, the end
        fixed, width = self.fixed_width(), self.scrollable_content_region.width
        most = max(0, self.virtual_size.width - width)
        stops = {0, most} | {self._start(key) - fixed - 1 for key in COLUMN_KEYS}
        return sorted(stop for stop in stops if 0 <= stop <= most)

    def step_sideways(self, step: int) -> None:
        """A whole column right (``step`` 1) or left (-1), never by cells (one was cut)."""
        stop = next_stop(self._stops(), int(self.scroll_x), step)
        self.scroll_to(x=stop, animate=False, immediate=True)

    def action_scroll_right(self) -> None:
        if not self.allow_horizontal_scroll:
            raise SkipAction()
        self.step_sideways(1)

    def action_scroll_left(self) -> None:
        if not self.allow_horizontal_scroll:
            raise SkipAction()
        self.step_sideways(-1)

    def mark_gutter(self) -> int:
        """The blank cell before the columns, header included, where colour is not shown:
        the cursor's mark (kit/cursor_mark.py) goes there. Without it the mark pushed the
        cursor's row a cell right of its header, and cut its last cell (a stranger's walk)."""
        return 1 if colourless(self.app) else 0

    def content_width(self) -> int:
        gutter = self.mark_gutter()
        self._widths = column_widths(self.scrollable_content_region.width - gutter)
        return gutter + sum(self._widths.values()) + GAP * (len(COLUMNS) - 1)

    def cell_text(self, index: int, key: str) -> str:
        """The text shown in one cell (tests and the palette read the table through this)."""
        return cell(self.items[index], key, clock.today())[0]

    def line_key_extra(self) -> tuple[object, ...]:
        return (self.mark_gutter(), *self._widths.values())

    def _in_view(self, strip: Strip, width: int) -> Strip:
        """The fixed columns from the line's start, then the part scrolled to beside them."""
        fixed = self.fixed_width()
        scroll_x = int(self.scroll_x)
        if not fixed or not scroll_x:
            return super()._in_view(strip, width)
        parts = [strip.crop(0, fixed), strip.crop(fixed + scroll_x, scroll_x + width)]
        return Strip.join(parts).simplify()

    def _cut_by_the_view(self) -> frozenset[str]:
        """The columns drawn blank: any the view's left edge (where the fixed columns end)
        cuts in two, and the date columns (``_WHOLE_OR_BLANK``) its right edge cuts (a tester
        saw "ral", "ter" under a blank title at 60x20); cut at the right, a text keeps its start."""
        left = int(self.scroll_x) + self.fixed_width()
        right = int(self.scroll_x) + self.scrollable_content_region.width
        cut: set[str] = set()
        start = self.mark_gutter()
        for column in COLUMNS:
            end = start + self._widths[column.key]
            if start < left < end or (column.key in _WHOLE_OR_BLANK and start < right < end):
                cut.add(column.key)
            start = end + GAP
        return frozenset(cut)

    def _right_cut(self) -> tuple[str, int]:
        """The column the view's right edge cuts, and how many of its cells are in sight
        (("", 0) if none): its text is cut there with "…", as a cell too narrow is. Cut by
        the edge alone, Interviewing showed "Interviewin" at 80x24 with the details open."""
        right = int(self.scroll_x) + self.scrollable_content_region.width
        start = self.mark_gutter()
        for column in COLUMNS:
            end = start + self._widths[column.key]
            if start < right < end:
                return column.key, right - start
            start = end + GAP
        return "", 0

    def render_header(self, y: int, width: int) -> Strip:
        header = self.component("header")
        line = Text(" " * self.mark_gutter(), style=header, no_wrap=True, end="")
        cut = self._cut_by_the_view()
        for position, column in enumerate(COLUMNS):
            title = "" if column.key in cut else column.title
            style = header
            if column.key == self.sort_key and title:
                title = f"{title} {'▼' if self.sort_descending else '▲'}"
                style = header + self.foreground("sorted")
            line.append_text(fit(title, self._widths[column.key], style))
            if position < len(COLUMNS) - 1:
                line.append(" " * GAP, header)
        return self.whole_line(line)

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        return self._edge_marks(strip) if y == 0 else strip

    def _edge_marks(self, header: Strip) -> Strip:
        """The header with ◂ over its first cell while columns lie to the left, and ▸ over
        its last while they lie to the right."""
        width = header.cell_length
        scroll_x = int(self.scroll_x)
        left = scroll_x > 0
        right = scroll_x + width < self.virtual_size.width
        if not (left or right) or width < 4:
            return header
        mark = self.component("header") + self.foreground("sorted")
        fixed = self.fixed_width()  # ◂ goes where the scrolled columns start
        segments = list(header.crop(0, fixed))
        if left:
            segments.append(Segment("◂", mark))
        segments.extend(header.crop(fixed + (1 if left else 0), width - 1 if right else width))
        if right:
            segments.append(Segment("▸", mark))
        return Strip(segments, width)

    def render_item(self, item: PipelineRow, index: int, width: int) -> list[Strip]:
        # Segments straight from strings: building and rendering a Rich Text per cell
        # cost about 2 ms a line, which a filter keystroke pays for every new line.
        today = clock.today()
        base = self.line_background(index)
        gap = Segment(" " * GAP, base)
        segments = [Segment(" ", base)] if self.mark_gutter() else []
        cut = self._cut_by_the_view()
        edge, in_sight = self._right_cut()
        for position, column in enumerate(COLUMNS):
            value, style_name = ("", "") if column.key in cut else cell(item, column.key, today)
            style = base + self.item_foreground(style_name, index) if style_name else base
            if column.key == edge:
                value = fit_cells(value, in_sight)
            segments.append(Segment(fit_cells(value, self._widths[column.key]), style))
            if position < len(COLUMNS) - 1:
                segments.append(gap)
        return [self.whole_line(segments)]

    def header_clicked(self, x: int, y: int) -> None:
        in_view = x - int(self.scroll_x)
        if in_view < self.fixed_width():  # a fixed column's title, where it always is
            x = in_view
        start = self.mark_gutter()
        for column in COLUMNS:
            end = start + self._widths[column.key]
            if start <= x < end:
                self.post_message(self.SortRequested(column.key))
                return
            start = end + GAP
