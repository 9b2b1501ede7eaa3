"""A virtual list for the Skills views: it draws only the rows on screen.

Why not ListTable: a DataTable spends about 0.1 ms in every add_row (reactive cursor
updates), so refilling 2,000 items (the 10k demo store) took 150-300 ms per keystroke.
This widget uses Textual's line API instead: setting the items is a list assignment and
each frame renders only the visible lines, so a status move or a filter keystroke costs
the same with 20 items or 20,000. Keys match ListTable (j/k, g/G, Enter).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

T = TypeVar("T")
# Renders one item as ``row_height`` lines of at most ``width`` cells.
ItemRenderer = Callable[[T, int], Sequence[Text]]


class SkillLane(ScrollView, Generic[T], can_focus=True):
    """Items with keys, a row cursor, an optional fixed header line; rows of fixed height."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor(1)", "Down", show=False, id="lane.down"),
        Binding("up,k", "cursor(-1)", "Up", show=False, id="lane.up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="lane.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="lane.page_up"),
        Binding("home,g", "jump(0)", "First", show=False, id="lane.first"),
        Binding("end,G", "jump(-1)", "Last", show=False, id="lane.last"),
        Binding("enter", "select", "Open", show=False, id="lane.select"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "skill-lane--cursor",
        "skill-lane--cursor-blurred",
        "skill-lane--header",
        "skill-lane--placeholder",
    }
    DEFAULT_CSS = """
    SkillLane {
        height: 1fr;
        & > .skill-lane--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .skill-lane--cursor-blurred {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .skill-lane--header {
            background: $panel;
            color: $foreground;
            text-style: bold;
        }
        & > .skill-lane--placeholder {
            color: $text-muted;
            text-style: italic;
        }
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved to another item (key None when the lane is empty)."""

        def __init__(self, lane: SkillLane, key: str | None) -> None:
            super().__init__()
            self.lane = lane
            self.key = key

        @property
        def control(self) -> SkillLane:
            return self.lane

    class Selected(Message):
        """Enter (or a double click) on an item."""

        def __init__(self, lane: SkillLane, key: str) -> None:
            super().__init__()
            self.lane = lane
            self.key = key

        @property
        def control(self) -> SkillLane:
            return self.lane

    def __init__(
        self,
        render_item: ItemRenderer[T],
        *,
        row_height: int = 1,
        placeholder: str = "Nothing here.",
        header: Callable[[int], Text] | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._render_item = render_item
        self.row_height = row_height
        self.placeholder = placeholder
        self._header = header
        self._items: list[T] = []
        self._keys: list[str] = []
        self._positions: dict[str, int] = {}
        self._cache: dict[tuple[int, int], Sequence[Text]] = {}

    def watch_cursor(self) -> None:
        self.refresh()

    # --- Items ------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._items)

    @property
    def selected_key(self) -> str | None:
        return self._keys[self.cursor] if 0 <= self.cursor < len(self._keys) else None

    def set_items(self, items: Sequence[T], keys: Sequence[str]) -> None:
        """Replace every item, keeping the cursor on the same key when it is still there."""
        previous = self.selected_key
        self._items = list(items)
        self._keys = list(keys)
        self._positions = {key: index for index, key in enumerate(self._keys)}
        self._cache.clear()
        self._update_virtual_size()
        index = self._positions.get(previous, None) if previous is not None else None
        if index is None:
            index = min(self.cursor, len(self._items) - 1)
        self._set_cursor(max(0, index), force_message=True)
        self.refresh()

    def select_key(self, key: str) -> bool:
        """Move the cursor to the item with ``key``; False if there is none."""
        index = self._positions.get(key)
        if index is None:
            return False
        self._set_cursor(index)
        return True

    def _set_cursor(self, index: int, *, force_message: bool = False) -> None:
        before = self.selected_key
        self.cursor = index
        self._scroll_to_cursor()
        if force_message or self.selected_key != before:
            self.post_message(self.Highlighted(self, self.selected_key))

    # --- Geometry ---------------------------------------------------------------------

    @property
    def _header_lines(self) -> int:
        return 1 if self._header is not None else 0

    def _update_virtual_size(self) -> None:
        lines = max(1, len(self._items)) * self.row_height + self._header_lines
        self.virtual_size = Size(self.scrollable_content_region.width, lines)

    def on_resize(self, _event: events.Resize) -> None:
        self._cache.clear()
        self._update_virtual_size()
        self.call_after_refresh(self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        """Keep the cursor's row inside the visible lines (below the fixed header)."""
        height = self.scrollable_content_region.height - self._header_lines
        if height <= 0 or not self._items:
            return
        top = self.cursor * self.row_height
        bottom = top + self.row_height
        scroll_y = int(self.scroll_offset.y)
        if top < scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > scroll_y + height:
            self.scroll_to(y=bottom - height, animate=False, immediate=True)

    def _page_size(self) -> int:
        height = self.scrollable_content_region.height - self._header_lines
        return max(1, height // self.row_height)

    # --- Drawing ----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self._header is not None and y == 0:
            header_style = self.get_component_rich_style("skill-lane--header")
            return self._strip(self._header(width), width, base + header_style)
        line = int(self.scroll_offset.y) + y - self._header_lines
        if not self._items:
            if line == 0:
                style = self.get_component_rich_style("skill-lane--placeholder")
                return self._strip(Text(f" {self.placeholder}"), width, base + style)
            return Strip.blank(width, base)
        index, part = divmod(line, self.row_height)
        if index >= len(self._items):
            return Strip.blank(width, base)
        lines = self._cache.get((index, width))
        if lines is None:
            lines = self._render_item(self._items[index], width)
            self._cache[(index, width)] = lines
        text = lines[part] if part < len(lines) else Text("")
        style = base
        if index == self.cursor:
            name = "skill-lane--cursor" if self.has_focus else "skill-lane--cursor-blurred"
            style = base + self.get_component_rich_style(name)
        return self._strip(text, width, style)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        console: Console = self.app.console
        segments = list(text.render(console, end=""))
        return Strip(segments).crop_extend(0, width, None).apply_style(style)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # --- Keys and mouse ---------------------------------------------------------------

    def action_cursor(self, delta: int) -> None:
        if self._items:
            self._set_cursor(max(0, min(len(self._items) - 1, self.cursor + delta)))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * self._page_size())

    def action_jump(self, where: int) -> None:
        if self._items:
            self._set_cursor(len(self._items) - 1 if where < 0 else 0)

    def action_select(self) -> None:
        key = self.selected_key
        if key is not None:
            self.post_message(self.Selected(self, key))

    def on_click(self, event: events.Click) -> None:
        line = int(self.scroll_offset.y) + event.y - self._header_lines
        if event.y < self._header_lines or line < 0:
            return
        index = line // self.row_height
        if index < len(self._items):
            self.focus()
            self._set_cursor(index)
            if event.chain >= 2:
                self.action_select()
