"""One virtual list for every list of records: draws only the lines on screen.

A DataTable measures and stores every row it is given, which takes seconds at 10,000
applications, and again on every filter keystroke. A ``VirtualList`` keeps plain items
(frozen dataclasses, named tuples) in a Python list and draws only the visible lines
with Textual's line API, so loading, filtering and repainting cost the same for ten items
or ten thousand. The Pipeline's table and board columns, Recovery's plans and the Skills
board and list are all one of these.

A subclass says what an item looks like and nothing else:

- ``key_of(item)``: the item's identity (its id), which keeps the cursor on it across
  reloads and filters;
- ``render_item(item, index, width)``: its ``ITEM_HEIGHT`` lines as ``Strip`` objects (a
  line wider than the list scrolls sideways). Built lines are cached by the item, its place
  (cursor, zebra), focus, size, the day, the theme and the list's look (its styles), plus
  ``line_key_extra()``;
- optionally ``render_header(y, width)`` for ``HEADER_HEIGHT`` fixed lines above the items,
  and ``render_empty(line, width)`` for what an empty list says.

The cursor is a reactive (``cursor``), always within the items. The list posts
``Highlighted`` when the item under the cursor changes and ``Selected`` on Enter or a double
click. Its keys are one family for every list (``list.*``), and its look is the component
classes below, styled here (a subclass may restyle them in its own ``DEFAULT_CSS``).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import ClassVar, Generic, TypeVar, cast

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from bounceback_tui import clock
from bounceback_tui.ui.kit.list_keys import LIST_BINDINGS, SAME
from bounceback_tui.ui.kit.one_pass import resize_virtual

T = TypeVar("T")
# The item type of a message from a VirtualList (a nested class cannot reuse T).
M = TypeVar("M")

_NOT_POSTED = object()


class VirtualList(ScrollView, Generic[T], can_focus=True):
    """Items of ``ITEM_HEIGHT`` lines under ``HEADER_HEIGHT`` fixed lines, with a cursor."""

    ITEM_HEIGHT: ClassVar[int] = 1
    HEADER_HEIGHT: ClassVar[int] = 0
    # Built lines kept (by item and look), this many screens' worth: a filter keystroke
    # mostly re-shows items already drawn, and building a styled line is the expensive part
    # of a repaint. Not more: each is a styled line with caches of its own, and a list that
    # kept 1,024 whatever its height held about 3 MB once paged through (docs/performance.md).
    CACHE_SCREENS: ClassVar[int] = 6
    # Lines wider than the list (a table's columns) scroll sideways: every line, the fixed
    # ones included, is cut to the part in view. Otherwise lines are drawn as rendered.
    SCROLLS_SIDEWAYS: ClassVar[bool] = False

    BINDINGS: ClassVar[list[BindingType]] = LIST_BINDINGS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-list--cursor",
        "virtual-list--cursor-blurred",
        "virtual-list--header",
        "virtual-list--sorted",
        "virtual-list--zebra",
        "virtual-list--card",
        "virtual-list--muted",
        "virtual-list--warn",
        "virtual-list--strong",
        "virtual-list--done",
        "virtual-list--empty",
    }
    DEFAULT_CSS = """
    VirtualList {
        & > .virtual-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .virtual-list--cursor-blurred {
            background: $block-cursor-blurred-background;
        }
        & > .virtual-list--header {
            text-style: bold;
            color: $text-muted;
        }
        & > .virtual-list--sorted { color: $text-accent; }
        & > .virtual-list--zebra { background: $boost; }
        & > .virtual-list--card { background: $boost; }
        & > .virtual-list--muted { color: $text-muted; }
        & > .virtual-list--warn { color: $text-warning; }
        & > .virtual-list--strong { text-style: bold; }
        & > .virtual-list--done { color: $text-success; }
        & > .virtual-list--empty { color: $text-muted; }
    }
    """

    cursor: reactive[int] = reactive(0, init=False, always_update=True)

    class Highlighted(Message, Generic[M]):
        """The cursor is on another item, or on none (``item`` and ``key`` None)."""

        def __init__(self, virtual_list: VirtualList[M], item: M | None, key: Hashable) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.item = item
            self.key = key

        @property
        def control(self) -> VirtualList[M]:
            return self.virtual_list

    class Selected(Message, Generic[M]):
        """Enter, or a double click, on an item."""

        def __init__(self, virtual_list: VirtualList[M], item: M, key: Hashable) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.item = item
            self.key = key

        @property
        def control(self) -> VirtualList[M]:
            return self.virtual_list

    def __init__(
        self,
        *,
        placeholder: str = "",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.placeholder = placeholder
        self.items: Sequence[T] = []
        self._positions: dict[Hashable, int] | None = None  # key -> index, made when asked
        self._lines: LRUCache[tuple[object, ...], Sequence[Strip]] = LRUCache(64)
        self._posted: object = _NOT_POSTED  # (key, item) last told in Highlighted

    # --- what a subclass says --------------------------------------------------------------

    def key_of(self, item: T) -> Hashable:
        """The item's identity: its ``id`` unless a subclass says otherwise."""
        return item.id  # type: ignore[attr-defined]  # items without an id override this

    def render_item(self, item: T, index: int, width: int) -> Sequence[Strip]:
        """The item's ``ITEM_HEIGHT`` lines (missing ones are drawn blank)."""
        raise NotImplementedError

    def render_header(self, y: int, width: int) -> Strip:
        """Fixed line ``y`` above the items."""
        return Strip.blank(width, self.rich_style)

    def render_empty(self, line: int, width: int) -> Strip:
        """Line ``line`` of an empty list: the placeholder on the first line."""
        base = self.rich_style
        if line != 0 or not self.placeholder:
            return Strip.blank(width, base)
        return self.text_strip(Text(f" {self.placeholder}"), width, base + self.component("empty"))

    def line_key_extra(self) -> tuple[object, ...]:
        """Anything else an item's lines depend on (column widths, a rank)."""
        return ()

    def content_width(self) -> int:
        """Width of one whole line: wider than the list means it scrolls sideways."""
        return self.scrollable_content_region.width

    def header_clicked(self, x: int, y: int) -> None:
        """A click on a fixed line (x in the whole line, y the line)."""

    # --- the items -------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.items)

    @property
    def selected(self) -> T | None:
        """The item under the cursor (None when the list is empty)."""
        return self.items[self.cursor] if 0 <= self.cursor < len(self.items) else None

    @property
    def selected_key(self) -> Hashable:
        """The key of the item under the cursor, or None."""
        item = self.selected
        return None if item is None else self.key_of(item)

    def index_of(self, key: Hashable) -> int | None:
        """Where the item with ``key`` is in ``items`` (None: not there)."""
        finder = getattr(self.items, "index_of_key", None)
        if finder is not None:
            return cast("int | None", finder(key))
        if self._positions is None:
            key_of = self.key_of
            self._positions = {key_of(item): index for index, item in enumerate(self.items)}
        return self._positions.get(key)

    def set_items(
        self, items: Sequence[T], *, keep: Hashable = SAME, or_first: bool = False
    ) -> None:
        """Show ``items``. The cursor goes to item ``keep`` (by default the one it is on;
        None: no item in particular) if it is there; else it stays on the same line, or goes
        to the first with ``or_first``. ``Highlighted`` follows if the item under the cursor
        changed.

        A list model's view (``domain/list_view.Shown``: it has ``index_of_key``) is kept as
        it is and read only for the lines drawn; any other sequence is copied."""
        before = self.selected_key
        self.items = items if hasattr(items, "index_of_key") else list(items)
        self._positions = None
        wanted = before if keep is SAME else keep
        index = self.index_of(wanted) if wanted is not None else None
        if index is None:
            index = 0 if or_first else self.cursor
        self._update_virtual_size()
        self.set_reactive(VirtualList.cursor, self.validate_cursor(index))
        self._scroll_to_cursor()
        self.refresh()
        self._tell_highlighted(compare_item=True)

    def update_item(self, item: T) -> bool:
        """Replace the item with the same key and repaint only its lines (no message). A
        list model's view shows the item the model holds: ``put`` it there first."""
        index = self.index_of(self.key_of(item))
        if index is None:
            return False
        if isinstance(self.items, list):
            self.items[index] = item
        if index == self.cursor and self._posted is not _NOT_POSTED:
            self._posted = (self.key_of(item), item)
        self._refresh_item(index)
        return True

    def select_key(self, key: Hashable) -> bool:
        """Move the cursor to the item with ``key``; False if there is none."""
        index = self.index_of(key)
        if index is None:
            return False
        self.cursor = index
        return True

    # --- the cursor ------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.items) - 1)) if self.items else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_item(old)
        self._refresh_item(new)
        self._scroll_to_cursor()
        self._tell_highlighted(compare_item=False)

    def _tell_highlighted(self, *, compare_item: bool) -> None:
        item = self.selected
        key = None if item is None else self.key_of(item)
        posted = self._posted
        if posted is not _NOT_POSTED:
            posted_key, posted_item = cast("tuple[Hashable, T | None]", posted)
            if posted_key == key and (not compare_item or posted_item == item):
                return
        self._posted = (key, item)
        self.post_message(self.Highlighted(self, item, key))

    @property
    def page_items(self) -> int:
        """How many items one page holds."""
        visible = self.scrollable_content_region.height - self.HEADER_HEIGHT
        return max(1, visible // self.ITEM_HEIGHT)

    def action_cursor(self, delta: int) -> None:
        if self.items:
            self.cursor += delta

    def action_page(self, direction: int) -> None:
        if self.items:
            self.cursor += direction * self.page_items

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.items) - 1

    def action_select(self) -> None:
        item = self.selected
        if item is not None:
            self.post_message(self.Selected(self, item, self.key_of(item)))

    # --- geometry --------------------------------------------------------------------------

    def _update_virtual_size(self) -> None:
        height = self.HEADER_HEIGHT + max(1, len(self.items)) * self.ITEM_HEIGHT
        resize_virtual(self, self.content_width(), height)  # no layout pass unless needed

    def on_resize(self, _event: events.Resize) -> None:
        kept = max(64, self.CACHE_SCREENS * self.scrollable_content_region.height)
        if kept != self._lines.maxsize:  # new sizes draw new lines: nothing to keep
            self._lines = LRUCache(kept)
        self._update_virtual_size()
        self._scroll_to_cursor()

    def watch_show_vertical_scrollbar(self) -> None:
        # The vertical scrollbar came or went because the items did (a filter typed or
        # cleared), which sends no Resize: the lines (and a table's columns) take the width
        # beside it now, or they would keep the old one and scroll sideways by a cell.
        self._update_virtual_size()

    def _scroll_to_cursor(self) -> None:
        """Keep the cursor's item inside the lines below the fixed header."""
        visible = self.scrollable_content_region.height - self.HEADER_HEIGHT
        if visible <= 0 or not self.items:
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
        # refresh_lines takes the line in the whole list and allows for the scroll itself.
        self.refresh_lines(self.HEADER_HEIGHT + index * self.ITEM_HEIGHT, self.ITEM_HEIGHT)

    # --- focus and mouse -------------------------------------------------------------------

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
        if 0 <= index < len(self.items):
            self.focus()
            self.cursor = index
            if event.chain >= 2:
                self.action_select()

    # --- drawing ---------------------------------------------------------------------------

    def component(self, name: str) -> Style:
        """A component style in full (its background blended over the list's)."""
        return self.get_component_rich_style(f"virtual-list--{name}")

    def foreground(self, name: str) -> Style:
        """Only the text part of a component style (colour if it sets one, weight), to lay
        over a line's background: "strong" is bold in the line's own colour."""
        full = self.component(name)
        sets_colour = self.get_component_styles(f"virtual-list--{name}").has_rule("color")
        return Style(
            color=full.color if sets_colour else None,
            bold=full.bold,
            italic=full.italic,
            dim=full.dim,
        )

    @property
    def shows_cursor(self) -> bool:
        """Whether the cursor is drawn (a board column not in use hides it)."""
        return True

    def on_cursor(self, index: int) -> bool:
        """True if item ``index`` is drawn as the cursor."""
        return index == self.cursor and self.shows_cursor

    def item_foreground(self, name: str, index: int) -> Style:
        """``foreground(name)`` for item ``index``; on the focused cursor the cursor's own
        colour wins (muted grey on the cursor's blue is unreadable in light themes)."""
        style = self.foreground(name)
        if self.on_cursor(index) and self.has_focus:
            return Style(bold=style.bold, italic=style.italic)
        return style

    def line_background(self, index: int) -> Style:
        """The background of item ``index``: the cursor, a zebra stripe (one-line items),
        or none."""
        if self.on_cursor(index):
            return self.component("cursor" if self.has_focus else "cursor-blurred")
        if self.ITEM_HEIGHT == 1 and index % 2:
            return self.component("zebra")
        return Style()

    def text_strip(self, text: Text, width: int, style: Style) -> Strip:
        """Rich ``text`` as one line ``width`` cells wide, ``style`` laid under it."""
        segments = list(text.render(self.app.console, end=""))
        return Strip(segments).crop_extend(0, width, None).apply_style(style)

    def whole_line(self, line: Text | list[Segment], base: Style | None = None) -> Strip:
        """``line`` on the list's background, padded to the whole (scrollable) width."""
        base = self.rich_style if base is None else base
        segments = line if isinstance(line, list) else list(line.render(self.app.console))
        strip = Strip(segments).apply_style(base)
        full = max(self.scrollable_content_region.width, self.virtual_size.width)
        return strip.extend_cell_length(full, base)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y < self.HEADER_HEIGHT:
            return self._in_view(self.render_header(y, width), width)
        line = int(self.scroll_y) + y - self.HEADER_HEIGHT
        if not self.items:
            return self._in_view(self.render_empty(line, width), width)
        index, part = divmod(line, self.ITEM_HEIGHT)
        if index >= len(self.items):
            return Strip.blank(width, self.rich_style)
        item = self.items[index]
        key = self._line_key(item, index, width)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = [
                self._in_view(strip, width) for strip in self.render_item(item, index, width)
            ]
        return lines[part] if part < len(lines) else Strip.blank(width, self.rich_style)

    def _in_view(self, strip: Strip, width: int) -> Strip:
        """The part of a whole line the list shows (when it scrolls sideways)."""
        if not self.SCROLLS_SIDEWAYS:
            return strip
        scroll_x = int(self.scroll_x)
        return strip.crop(scroll_x, scroll_x + width).simplify()

    def _line_key(self, item: T, index: int, width: int) -> tuple[object, ...]:
        """What an item's lines depend on: the item, its place (zebra, cursor), focus,
        size, sideways scroll, the day (relative dates) and the theme (colours)."""
        return (
            item,
            index % 2,
            self.on_cursor(index),
            self.has_focus,
            width,
            self.virtual_size.width,
            int(self.scroll_x),
            clock.today(),
            self.app.theme,
            self._current_look(),
            *self.line_key_extra(),
        )

    # What the list's styles look like (see below); None: to be worked out again.
    _look: tuple[Style, ...] | None = None

    def notify_style_update(self) -> None:
        """Styles were re-applied. Focus does it every time the list gains or loses it,
        although the only change is the cursor's colour (already in the line key); built
        lines are kept unless the look itself changed (a theme, a class), so showing a
        pane again does not rebuild every visible row. Lines built for the other look stay
        in the cache and come back with it (focus, then blur, then focus)."""
        super().notify_style_update()
        self._look = None  # the component styles are not applied yet: read when drawn

    def _current_look(self) -> tuple[Style, ...]:
        if self._look is None:
            names = sorted(type(self)._get_component_classes())
            self._look = (self.rich_style, *(self.get_component_rich_style(n) for n in names))
        return self._look
