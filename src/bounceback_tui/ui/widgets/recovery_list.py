"""The list of rejections: two lines a row, drawn only where it is visible.

A DataTable measures and stores every row it is given, which takes about a
second for the 3,700 rejections of the 10,000-application demo store, and again
for every filter keystroke. This list keeps plain PlanRow objects and renders
only the lines on screen (Textual's line API), so loading, filtering and
repainting one row cost the same for ten rows or ten thousand.

Keys match ListTable: up/down or j/k, page up/down, home/end or g/G, Enter.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from bounceback_tui.domain.recovery import progress_bar
from bounceback_tui.services.recovery import PlanRow
from bounceback_tui.ui.kit.text import display_text

ROW_HEIGHT = 2
DATE_WIDTH = 8
BAR_WIDTH = 6


def short_date(day: date, today: date) -> str:
    """ "13 Mar" this year, "Nov 2025" before."""
    return f"{day:%-d %b}" if day.year == today.year else f"{day:%b %Y}"


class RejectionList(ScrollView, can_focus=True):
    """Rejections with a progress bar each; ``selected_key`` is the rejection id as text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False, id="recovery.list_up"),
        Binding("down,j", "cursor_down", "Down", show=False, id="recovery.list_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="recovery.list_page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="recovery.list_page_down"),
        Binding("home,g", "first", "First", show=False, id="recovery.list_first"),
        Binding("end,G", "last", "Last", show=False, id="recovery.list_last"),
        Binding("enter", "select", "Open plan", id="recovery.list_open"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "rejection-list--cursor",
        "rejection-list--even",
        "rejection-list--muted",
        "rejection-list--done",
    }
    DEFAULT_CSS = """
    RejectionList {
        background: $surface;
        overflow-x: hidden;
        & > .rejection-list--even { background: $surface-lighten-1 30%; }
        & > .rejection-list--cursor { background: $block-cursor-blurred-background; }
        &:focus > .rejection-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
        }
        & > .rejection-list--muted { color: $text-muted; }
        & > .rejection-list--done { color: $text-success; }
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True)

    class Highlighted(Message):
        def __init__(self, key: str | None) -> None:
            super().__init__()
            self.key = key

    class Selected(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[PlanRow] = []
        self._positions: dict[int, int] = {}
        self.today = date.min
        self._last_posted: str | None = "-"

    # --- Data -----------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def set_rows(self, rows: list[PlanRow], today: date, keep: str | None = None) -> None:
        """Show these rows, keeping the cursor on ``keep`` if it is among them."""
        self.rows = rows
        self.today = today
        self._positions = {row.rejection_id: index for index, row in enumerate(rows)}
        self.virtual_size = Size(0, len(rows) * ROW_HEIGHT)
        index = self._positions.get(int(keep), 0) if keep and keep.isdigit() else 0
        self.cursor = min(index, max(0, len(rows) - 1))
        self.refresh()

    def update_row(self, row: PlanRow) -> None:
        """Replace one row (after a tick) and repaint only its two lines."""
        index = self._positions.get(row.rejection_id)
        if index is None:
            return
        self.rows[index] = row
        self.refresh_lines(index * ROW_HEIGHT, ROW_HEIGHT)

    @property
    def selected_key(self) -> str | None:
        if not self.rows:
            return None
        return str(self.rows[self.cursor].rejection_id)

    def select_key(self, key: str) -> bool:
        index = self._positions.get(int(key)) if key.isdigit() else None
        if index is None:
            return False
        self.cursor = index
        return True

    # --- Cursor -----------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1)) if self.rows else 0

    def watch_cursor(self, old: int, new: int) -> None:
        if self.rows:
            self.refresh_lines(old * ROW_HEIGHT, ROW_HEIGHT)
            self.refresh_lines(new * ROW_HEIGHT, ROW_HEIGHT)
            self._scroll_to_cursor()
        key = self.selected_key
        if key != self._last_posted:
            self._last_posted = key
            self.post_message(self.Highlighted(key))

    def _scroll_to_cursor(self) -> None:
        if not self.is_mounted:
            return
        self.scroll_to_region(
            Region(0, self.cursor * ROW_HEIGHT, max(1, self.size.width), ROW_HEIGHT),
            animate=False,
            force=True,
        )

    def on_resize(self) -> None:
        self.virtual_size = Size(0, len(self.rows) * ROW_HEIGHT)
        self._scroll_to_cursor()

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_page_up(self) -> None:
        self.cursor -= self._page()

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.rows) - 1

    def action_select(self) -> None:
        key = self.selected_key
        if key is not None:
            self.post_message(self.Selected(key))

    def on_click(self, event: events.Click) -> None:
        index = (event.y + self.scroll_offset.y) // ROW_HEIGHT
        if 0 <= index < len(self.rows):
            self.cursor = index
            if event.chain >= 2:
                self.action_select()

    def on_focus(self) -> None:
        self.refresh_lines(self.cursor * ROW_HEIGHT, ROW_HEIGHT)

    def on_blur(self) -> None:
        self.refresh_lines(self.cursor * ROW_HEIGHT, ROW_HEIGHT)

    # --- Drawing ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = y + self.scroll_offset.y
        index, part = divmod(line, ROW_HEIGHT)
        base = self.rich_style
        if index >= len(self.rows):
            return Strip.blank(width, base)
        if index == self.cursor:
            background = base + self.get_component_rich_style("rejection-list--cursor")
        elif index % 2:
            background = base + self.get_component_rich_style("rejection-list--even")
        else:
            background = base
        text = self._line_text(self.rows[index], part, width)
        # On the focused cursor the cursor's text colour wins: muted grey on its blue is
        # unreadable in light themes. Weight and the progress bar's shape stay.
        on_cursor = index == self.cursor and self.has_focus
        segments = [
            Segment(seg.text, _over(background, seg.style, keep_colour=not on_cursor))
            for seg in text.render(self.app.console)
            if seg.text != "\n"
        ]
        return Strip(segments).adjust_cell_length(width, background)

    def _line_text(self, row: PlanRow, part: int, width: int) -> Text:
        name_width = max(4, width - DATE_WIDTH - BAR_WIDTH - 4)
        # Full styles (not partial): "auto" colours like $text-muted are worked out against
        # the list's own background, then only the colour is laid over each row.
        muted = Style(color=self.get_component_rich_style("rejection-list--muted").color)
        done_style = Style(color=self.get_component_rich_style("rejection-list--done").color)
        name = Text(display_text(row.company if part == 0 else row.role), no_wrap=True)
        name.stylize(Style(bold=True) if part == 0 else muted)
        name.truncate(name_width, overflow="ellipsis", pad=True)
        line = Text(" ", no_wrap=True)
        line.append_text(name)
        line.append(" ")
        if part == 0:
            line.append(short_date(row.rejected_on, self.today).rjust(DATE_WIDTH), muted)
            bar = progress_bar(row.done, row.total, BAR_WIDTH)
            filled = len(bar.rstrip("░"))
            line.append(" ")
            line.append(bar[:filled], done_style)
            line.append(bar[filled:], muted)
        else:
            line.append(" " * DATE_WIDTH)
            line.append(" ")
            if row.completed:
                line.append("✓ done".rjust(BAR_WIDTH), done_style)
            else:
                line.append(f"{row.done}/{row.total}".rjust(BAR_WIDTH), muted)
        return line


def _over(background: Style, style: Style | None, *, keep_colour: bool) -> Style:
    """A text segment's style laid over its row's background."""
    if style is None:
        return background
    if not keep_colour:
        style = Style(bold=style.bold, italic=style.italic)
    return background + style
