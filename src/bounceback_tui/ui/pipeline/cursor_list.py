"""A virtual list with a cursor, drawn with Textual's line API.

The Pipeline's table and each board column are one of these: whatever the number
of applications, they hold plain rows in a list and draw only the lines on screen,
so 10,000 applications cost no widgets and a filter keystroke costs a redraw.
(DataTable measures every cell of every row it is given, which takes seconds at
10,000 rows.) Subclasses draw the header lines and the lines of each item.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from bounceback_tui import clock
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.ui.kit.text import display_text


def one_line(value: str) -> str:
    """Text for a single cell: line breaks and runs of spaces become one space; control
    characters and bidi overrides are neutralised (``display_text``)."""
    return " ".join(display_text(value).split()) if value else ""


def fit_cells(value: str, width: int) -> str:
    """``value`` on one line, cut to ``width`` cells (with an ellipsis) and padded to it."""
    text = one_line(value)
    if cell_len(text) > width:
        return set_cell_size(text, max(0, width - 1)) + "…" if width > 0 else ""
    return set_cell_size(text, width)


def fit(value: str, width: int, style: Style | str = "") -> Text:
    """``value`` cut to ``width`` cells (with an ellipsis) and padded to exactly that width.

    Works in cells, not characters, so emoji and wide scripts keep the columns aligned.
    """
    text = Text(one_line(value), style=style, no_wrap=True, end="")
    text.truncate(max(0, width), overflow="ellipsis", pad=True)
    return text


class CursorList(ScrollView, can_focus=True):
    """Rows of ``PipelineRow``, each ``ITEM_HEIGHT`` lines, under ``HEADER_HEIGHT`` fixed lines."""

    ITEM_HEIGHT: ClassVar[int] = 1
    HEADER_HEIGHT: ClassVar[int] = 0

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "Up", show=False, id="list.up"),
        Binding("down,j", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "pipeline-list--header",
        "pipeline-list--cursor",
        "pipeline-list--cursor-blurred",
        "pipeline-list--zebra",
        "pipeline-list--muted",
        "pipeline-list--warn",
        "pipeline-list--strong",
        "pipeline-list--empty",
        "pipeline-list--sorted",
        "pipeline-list--card",
    }

    class Moved(Message):
        """The cursor is on a different application (or on none)."""

        def __init__(self, view: CursorList, row: PipelineRow | None) -> None:
            super().__init__()
            self.view = view
            self.row = row

        @property
        def control(self) -> CursorList:
            return self.view

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: list[PipelineRow] = []
        self.cursor = 0
        self.empty_message = ""
        self._positions: dict[int, int] = {}
        # Rendered item lines, keyed by everything that changes how one looks. A filter
        # keystroke mostly re-shows rows already drawn, and building a styled line is the
        # expensive part of a repaint (measured: ~2 ms a line, 35 lines a screen).
        self._lines: LRUCache[tuple[object, ...], Strip] = LRUCache(2048)

    # --- data ---------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def selected(self) -> PipelineRow | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    @property
    def selected_key(self) -> str | None:
        row = self.selected
        return None if row is None else str(row.id)

    def set_rows(self, rows: Sequence[PipelineRow], *, keep: int | None = None) -> None:
        """Show ``rows``; the cursor stays on application ``keep`` if it is still there,
        else on the same line (or the last one)."""
        before = self.selected
        self.rows = list(rows)
        self._positions = {row.id: index for index, row in enumerate(self.rows)}
        wanted = keep if keep is not None else (before.id if before else None)
        if wanted is not None and wanted in self._positions:
            self.cursor = self._positions[wanted]
        else:
            self.cursor = min(self.cursor, max(0, len(self.rows) - 1))
        self._update_virtual_size()
        self._scroll_to_cursor()
        self.refresh()
        after = self.selected
        if (after.id if after else None) != (before.id if before else None) or after != before:
            self.post_message(self.Moved(self, after))

    def index_of(self, application_id: int) -> int | None:
        return self._positions.get(application_id)

    def select_id(self, application_id: int) -> bool:
        index = self._positions.get(application_id)
        if index is None:
            return False
        self.move_to(index)
        return True

    def content_width(self) -> int:
        """Width of one full line (wider than the widget means horizontal scrolling)."""
        return self.scrollable_content_region.width

    def _update_virtual_size(self) -> None:
        height = self.HEADER_HEIGHT + max(1, len(self.rows)) * self.ITEM_HEIGHT
        self.virtual_size = Size(self.content_width(), height)

    def on_resize(self, _event: events.Resize) -> None:
        self._update_virtual_size()
        self._scroll_to_cursor()

    # --- the cursor ---------------------------------------------------------------------

    def move_to(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(len(self.rows) - 1, index))
        changed = index != self.cursor
        old = self.cursor
        self.cursor = index
        self._scroll_to_cursor()
        self._refresh_item(old)
        self._refresh_item(index)
        if changed:
            self.post_message(self.Moved(self, self.selected))

    @property
    def _page_items(self) -> int:
        visible = self.scrollable_content_region.height - self.HEADER_HEIGHT
        return max(1, visible // self.ITEM_HEIGHT)

    def action_cursor(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * self._page_items)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.rows) - 1)

    def _scroll_to_cursor(self) -> None:
        visible = self.scrollable_content_region.height - self.HEADER_HEIGHT
        if visible <= 0:
            return
        top = self.cursor * self.ITEM_HEIGHT
        bottom = top + self.ITEM_HEIGHT
        y = self.scroll_y
        if top < y:
            y = top
        elif bottom > y + visible:
            y = bottom - visible
        if y != self.scroll_y:
            self.scroll_to(y=y, animate=False, force=True)

    def _refresh_item(self, index: int) -> None:
        top = self.HEADER_HEIGHT + index * self.ITEM_HEIGHT
        self.refresh_lines(top, self.ITEM_HEIGHT)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y < self.HEADER_HEIGHT:
            self.header_clicked(offset.x + int(self.scroll_x), offset.y)
            return
        line = int(self.scroll_y) + offset.y - self.HEADER_HEIGHT
        index = line // self.ITEM_HEIGHT
        if 0 <= index < len(self.rows):
            self.focus()
            self.move_to(index)

    def header_clicked(self, x: int, y: int) -> None:
        """A click on a header line (content x, line)."""

    # --- drawing ------------------------------------------------------------------------

    def style(self, name: str) -> Style:
        """The foreground part of a component style (colour, weight), to lay over a row.

        The colour only if the component sets one: "strong" is bold in the row's colour."""
        full = self.get_component_rich_style(f"pipeline-list--{name}")
        sets_colour = self.get_component_styles(f"pipeline-list--{name}").has_rule("color")
        return Style(
            color=full.color if sets_colour else None,
            bold=full.bold,
            italic=full.italic,
            dim=full.dim,
        )

    def item_style(self, name: str, index: int) -> Style:
        """``style(name)`` for item ``index``; on the focused cursor the cursor's own text
        colour wins (muted grey on the cursor's blue is unreadable in light themes)."""
        style = self.style(name)
        if index == self.cursor and self.shows_cursor and self.has_focus:
            return Style(bold=style.bold, italic=style.italic)
        return style

    def background(self, name: str) -> Style:
        """A component style with its background blended over the widget's (for rows)."""
        return self.get_component_rich_style(f"pipeline-list--{name}")

    @property
    def shows_cursor(self) -> bool:
        return True

    def row_style(self, index: int) -> Style:
        """The background of item ``index``: cursor, zebra or plain."""
        if index == self.cursor and self.shows_cursor:
            return self.background("cursor" if self.has_focus else "cursor-blurred")
        if self.ITEM_HEIGHT == 1 and index % 2:
            return self.background("zebra")
        return Style()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y < self.HEADER_HEIGHT:
            text = self.render_header(y)
        else:
            line = int(self.scroll_y) + y - self.HEADER_HEIGHT
            index, part = divmod(line, self.ITEM_HEIGHT)
            if not self.rows:
                message = self.empty_message if line == 1 else ""
                text = fit(f"  {message}" if message else "", width, self.style("empty"))
            elif index >= len(self.rows):
                return Strip.blank(width, base)
            else:
                key = self._line_key(self.rows[index], index, part, width)
                cached = self._lines.get(key)
                if cached is None:
                    text = self.render_item(self.rows[index], index, part)
                    cached = self._finish_line(text, y, width, base)
                    self._lines[key] = cached
                return cached
        return self._finish_line(text, y, width, base)

    def _line_key(self, row: PipelineRow, index: int, part: int, width: int) -> tuple[object, ...]:
        """What an item line depends on: the row, its place (zebra, cursor), focus, size,
        scroll, the day (relative dates) and the theme (colours)."""
        return (
            row,
            part,
            index % 2,
            index == self.cursor and self.shows_cursor,
            self.has_focus,
            width,
            self.virtual_size.width,
            int(self.scroll_x),
            clock.today(),
            self.app.theme,
            *self.line_key_extra(),
        )

    def line_key_extra(self) -> tuple[object, ...]:
        """Subclasses add any other state their item lines depend on."""
        return ()

    def _finish_line(self, text: Text | list[Segment], y: int, width: int, base: Style) -> Strip:
        segments = text if isinstance(text, list) else list(text.render(self.app.console))
        strip = Strip(segments).apply_style(base)
        full = max(width, self.virtual_size.width)
        strip = strip.extend_cell_length(full, base)
        scroll_x = int(self.scroll_x) if y >= 0 else 0
        return strip.crop(scroll_x, scroll_x + width).simplify()

    def render_header(self, y: int) -> Text:
        return Text()

    def render_item(self, row: PipelineRow, index: int, part: int) -> Text:
        raise NotImplementedError
