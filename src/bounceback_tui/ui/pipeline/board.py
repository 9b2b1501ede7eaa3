"""The Pipeline's board view: one column per stage, cards moved with `[` and `]`.

Each column is the kit's virtual list (``ui/kit/virtual_list``), so a column of 3,000
rejections costs one widget and draws only the cards on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalScroll
from textual.events import Resize
from textual.strip import Strip
from textual.widget import Widget

from bounceback_tui import clock
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.domain.stages import ALL_STAGES, Stage
from bounceback_tui.ui.kit.cells import fit
from bounceback_tui.ui.kit.focus import ScrollTakesFocus
from bounceback_tui.ui.kit.virtual_list import SAME
from bounceback_tui.ui.kit.wheel_sideways import WheelSideways
from bounceback_tui.ui.pipeline.board_hint import BoardHint
from bounceback_tui.ui.pipeline.lines import PipelineLines, follow_up_style


def _when(day: date, today: date) -> str:
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    return f"in {delta}d" if delta > 0 else f"{-delta}d late"


def card_meta(row: PipelineRow, today: date) -> tuple[str, str]:
    """The small third line of a card, and its style name."""
    days = row.days_in_stage(today)
    since = "" if days is None else f"{days}d"
    if row.quiet:
        return f"{since} here · quiet?", "warn"
    if row.next_follow_up is not None and not row.stage.is_exit:
        when = _when(row.next_follow_up, today)
        style = follow_up_style(row, today) or "muted"
        return (f"{since} · follow up {when}" if since else f"follow up {when}"), style
    return (f"{since} here" if since else ""), "muted"


class BoardColumn(PipelineLines):
    """The cards of one stage: company, role, and how long it has been there."""

    ITEM_HEIGHT: ClassVar[int] = 4
    HEADER_HEIGHT: ClassVar[int] = 2
    DEFAULT_WIDTH: ClassVar[int] = 26  # as in styles/pipeline.tcss

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "neighbour(-1)", "Column left", show=False, id="board.left"),
        Binding("right,l", "neighbour(1)", "Column right", show=False, id="board.right"),
    ]

    def __init__(self, stage: Stage, *, id: str | None = None) -> None:
        super().__init__(placeholder="Nothing here", id=id, classes="board-column")
        self.stage = stage
        # The board's current column keeps showing its cursor while focus is elsewhere.
        self.is_active = False

    @property
    def shows_cursor(self) -> bool:
        return self.has_focus or self.is_active

    def action_neighbour(self, step: int) -> None:
        board = self.parent
        if isinstance(board, PipelineBoard):
            board.focus_neighbour(self, step)

    def render_header(self, y: int, width: int) -> Strip:
        if y == 1:
            return self.whole_line(fit("─" * width, width, self.foreground("muted")))
        title = self.component("header")
        if self.has_focus:
            title += self.foreground("sorted")
        count = f"{len(self.items):,}"
        name = fit(f" {self.stage.label}", max(0, width - len(count) - 1), title)
        line = Text(no_wrap=True, end="")
        line.append_text(name)
        line.append_text(fit(f"{count} ", len(count) + 1, title + self.foreground("muted")))
        return self.whole_line(line)

    def render_item(self, item: PipelineRow, index: int, width: int) -> list[Strip]:
        base = self.component("card") + self.line_background(index)
        lines: list[Strip] = []
        for value, name in (
            (item.company, "strong"),
            (item.role, ""),
            card_meta(item, clock.today()),
        ):
            style = base + self.item_foreground(name, index) if name else base
            line = Text(" ", style=base, no_wrap=True, end="")
            line.append_text(fit(value, max(0, width - 2), style))
            line.append(" ", base)
            lines.append(self.whole_line(line))
        lines.append(self.whole_line(fit("", width)))  # the gap between cards
        return lines


class PipelineBoard(WheelSideways, HorizontalScroll, ScrollTakesFocus, can_focus=False):
    """Nine columns side by side; left and right (or h and l) move between them. A line
    above them names the stages scrolled out of view, with their counts; a click there goes
    to a stage (``board_hint``). ctrl+Page Up and Down scroll a page of columns and take
    focus along (``ScrollTakesFocus``); the wheel sideways scrolls a column at a time."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = {
            stage: BoardColumn(stage, id=f"board-{stage.value}") for stage in ALL_STAGES
        }
        self._active: Stage = Stage.APPLIED
        self._narrowed = 0  # the columns' width in a view narrower than one (``_fit_columns``)

    def compose(self) -> ComposeResult:
        yield BoardHint(id="board-hint")  # docked (pipeline.tcss): it does not scroll away
        yield from self.columns.values()

    def _show_hint(self) -> None:
        """Name the stages out of view (after a scroll, a resize or new rows)."""
        if not self.scrollable_content_region.width:
            return
        step = self._pitch()
        shown = max(1, self.scrollable_content_region.width // step)
        first = round(self.scroll_x / step)
        counts = [(stage.label, len(column.items)) for stage, column in self.columns.items()]
        width = self.scrollable_content_region.width - 2  # the hint's padding
        self.query_one("#board-hint", BoardHint).show(counts, first, shown, width)

    def on_board_hint_go(self, message: BoardHint.Go) -> None:
        """A click on the hint: to the column it names (or the nearest beyond the view)."""
        message.stop()
        column = list(self.columns.values())[message.index]
        self.go_to(column)

    def go_to(self, column: BoardColumn) -> None:
        """Focus ``column`` and bring it into view, as Left and Right do."""
        column.focus(scroll_visible=False)
        self.show_column(column)

    def step_sideways(self, step: int) -> None:
        """The wheel sideways: the view a whole column on (``WheelSideways``), and the
        focus along if its column leaves the view."""
        pitch = self._pitch()
        fits = max(1, self.scrollable_content_region.width // pitch)
        first = min(round(self.scroll_x / pitch) + step, len(self.columns) - fits)
        self.scroll_to(x=max(0, first) * pitch, animate=False, immediate=True)
        self._then_focus_in_sight()

    def on_show(self) -> None:
        # Shown by the view switch: the width is known once this frame is laid out.
        self.call_after_refresh(self._show_hint)

    def watch_scroll_x(self, old: float, new: float) -> None:
        super().watch_scroll_x(old, new)
        self.call_after_refresh(self._show_hint)

    @property
    def active_column(self) -> BoardColumn:
        return self.columns[self._active]

    def _set_active(self, stage: Stage) -> None:
        if stage is not self._active:
            self.columns[self._active].is_active = False
            self.columns[self._active].refresh()
        self._active = stage
        self.columns[stage].is_active = True
        self.columns[stage].refresh()

    @property
    def selected(self) -> PipelineRow | None:
        return self.active_column.selected

    def set_rows(self, rows: Sequence[PipelineRow], *, keep: int | None = None) -> None:
        """Group the (already sorted and filtered) rows by stage, keeping their order."""
        groups: dict[Stage, list[PipelineRow]] = {stage: [] for stage in ALL_STAGES}
        for row in rows:
            groups[row.stage].append(row)
        for stage, column in self.columns.items():
            column.set_items(groups[stage], keep=SAME if keep is None else keep)
        if keep is not None:
            for stage, group in groups.items():
                if any(row.id == keep for row in group):
                    self._set_active(stage)
                    break
        self._set_active(self._active)
        self._show_hint()

    def select_id(self, application_id: int, stage: Stage) -> bool:
        column = self.columns[stage]
        if not column.select_key(application_id):
            return False
        self._set_active(stage)
        if self.app.focused is not None and self in self.app.focused.ancestors:
            column.focus(scroll_visible=False)
        self.show_column(column)
        return True

    def focus_active(self) -> None:
        column = self.active_column
        if not column.items:
            column = next((c for c in self.columns.values() if c.items), column)
            self._set_active(column.stage)
        column.focus(scroll_visible=False)
        self.show_column(column)

    def focus_neighbour(self, column: BoardColumn, step: int) -> None:
        order = list(self.columns)
        index = order.index(column.stage) + step
        if 0 <= index < len(order):
            self.go_to(self.columns[order[index]])

    def _pitch(self) -> int:
        """Width of one column with its gap (before the first layout, the stylesheet's; in a
        view narrower than that, the view's: ``_fit_columns``)."""
        column = self.active_column
        width = self._narrowed or column.outer_size.width or BoardColumn.DEFAULT_WIDTH
        return width + column.styles.margin.right

    def _fit_columns(self, width: int) -> None:
        """In a view narrower than one column (``width`` cells: 60 columns with the details
        open), every column as wide as the view, so each card is cut where it is seen, with
        "…" (kit/cells.fit): the column went on under the details, and its cards read "Site
        Reliability Eng" with no sign of a cut. The stylesheet's width once there is room."""
        margin = self.active_column.styles.margin.right
        narrowed = width - margin if 0 < width - margin < BoardColumn.DEFAULT_WIDTH else 0
        if narrowed == self._narrowed:
            return
        self._narrowed = narrowed
        for column in self.columns.values():
            column.styles.width = narrowed or None
        # Whole columns again once they are laid out at their new width.
        self.call_after_refresh(self._lay_out)

    def on_resize(self, _event: Resize) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        # The view holds whole columns only: what is left over, less than a column, is
        # padding, so no slice of the next column shows at the edge.
        width = self.scrollable_content_region.width + self.styles.padding.right
        self._fit_columns(width)
        step = self._pitch()
        spare = width % step if width >= step else 0
        self.styles.padding = (0, spare, 0, 0)
        self.show_column(self.active_column)
        self._show_hint()

    def show_column(self, column: BoardColumn) -> None:
        """Scroll sideways by whole columns so ``column`` is in view and none is cut in half."""
        if not self.scrollable_content_region.width:
            return  # not laid out yet; on_resize comes back here
        step = self._pitch()
        index = list(self.columns).index(column.stage)
        fits = max(1, self.scrollable_content_region.width // step)
        first = round(self.scroll_x / step)
        if index < first:
            first = index
        elif index >= first + fits:
            first = index - fits + 1
        self.scroll_to(x=first * step, animate=False)

    def on_descendant_focus(self, event: Widget) -> None:
        focused = self.app.focused
        if isinstance(focused, BoardColumn):
            self._set_active(focused.stage)
            self.post_message(focused.Highlighted(focused, focused.selected, focused.selected_key))


async def mount_board(views: Widget) -> PipelineBoard:
    """The board in ``views`` (the table's switcher), mounted the first time it is shown:
    nine columns and their lines that a person who never presses `v` never needs (about
    0.4 MiB; docs/performance.md, "Memory, mem5's round")."""
    boards = views.query_children(PipelineBoard)
    if boards:
        return boards.first()
    board = PipelineBoard(id="pipeline-board")
    board.display = False  # until the switcher shows it: never beside the table
    await views.mount(board)
    return board
