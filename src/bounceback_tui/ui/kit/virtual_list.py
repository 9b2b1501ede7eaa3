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

How the lines are drawn and cached (the hooks above, the component styles, ``render_line``)
is in ``ui/kit/virtual_list_lines.py``; this module is the list itself.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import groupby
from typing import ClassVar, Generic, TypeVar, cast

from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from bounceback_tui.ui.kit.focus_styles import FocusStyledScrollView
from bounceback_tui.ui.kit.kept_lines import FocusKeepsLines
from bounceback_tui.ui.kit.list_keys import FILTER_TYPED, LIST_BINDINGS, SAME
from bounceback_tui.ui.kit.one_pass import resize_virtual
from bounceback_tui.ui.kit.virtual_list_lines import ListLines

T = TypeVar("T")
# The item type of a message from a VirtualList (a nested class cannot reuse T).
M = TypeVar("M")

_NOT_POSTED = object()


class VirtualList(ListLines[T], FocusKeepsLines, FocusStyledScrollView, can_focus=True):
    """Items of ``ITEM_HEIGHT`` lines under ``HEADER_HEIGHT`` fixed lines, with a cursor."""

    ITEM_HEIGHT: ClassVar[int] = 1
    HEADER_HEIGHT: ClassVar[int] = 0
    # Built lines kept (by item and look), this many screens' worth: a filter keystroke
    # mostly re-shows items already drawn, and building a styled line is the expensive part
    # of a repaint. Not more: each is a styled line with caches of its own, and a list that
    # kept 1,024 whatever its height held about 3 MB once paged through (docs/performance.md).
    CACHE_SCREENS: ClassVar[int] = 6
    # The fixed lines show something of the items (a board column's count), so new items
    # repaint them. A list whose fixed lines show no more than their titles says so, and
    # a filter keystroke leaves them as they are (the Pipeline's table).
    HEADER_SHOWS_ITEMS: ClassVar[bool] = True

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
        to the first with ``or_first`` or under a filter keystroke (``FILTER_TYPED``).
        ``Highlighted`` follows if the item under the cursor changed.

        A list model's view (``domain/list_view.Shown``: it has ``index_of_key``) is kept as
        it is and read only for the lines drawn; any other sequence is copied.

        Only the lines in view that show something else are repainted: a filter keystroke
        that keeps the rows on screen (a letter more of a word that still matches the
        same applications) repaints none of them, where repainting the whole list was
        most of the keystroke's frame (docs/performance.md, "flt3's round")."""
        before = self.selected_key
        shown = self._lines_in_view()
        self.items = items if hasattr(items, "index_of_key") else list(items)
        self._positions = None
        wanted = before if keep is SAME else keep
        index = self.index_of(wanted) if wanted is not None else None
        if index is None:
            index = 0 if or_first or FILTER_TYPED.get() else self.cursor
        self._update_virtual_size(repaint=False)
        self.set_reactive(VirtualList.cursor, self.validate_cursor(index))
        self._scroll_to_cursor()
        self._repaint_changed(shown)
        self._tell_highlighted(compare_item=True)

    def _repaint_changed(self, before: tuple[tuple[object, ...], list[object]]) -> None:
        """Repaint the lines in view that show something else than ``before`` (from
        ``_lines_in_view``), and the fixed lines if they show the items."""
        look, lines = self._lines_in_view()
        if look != before[0] or len(lines) != len(before[1]):
            self.refresh()
            return
        width, top = max(self.virtual_size.width, self.size.width), self.HEADER_HEIGHT
        regions = [Region(0, 0, width, top)] if self.HEADER_SHOWS_ITEMS and top else []
        pairs = enumerate(zip(before[1], lines, strict=True))
        changed = [y for y, (old, new) in pairs if old != new]
        # One region for each run of changed lines.
        for _, run in groupby(enumerate(changed), lambda pair: pair[1] - pair[0]):
            ys = [y for _, y in run]
            regions.append(Region(0, top + ys[0], width, len(ys)))
        if regions:
            self.refresh(*regions)

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
        if self.SCROLLS_SIDEWAYS:  # the start is the first column too (the Pipeline's table)
            self.scroll_to(x=0, animate=False)

    def action_last(self) -> None:
        self.cursor = len(self.items) - 1

    def action_select(self) -> None:
        item = self.selected
        if item is not None:
            self.post_message(self.Selected(self, item, self.key_of(item)))

    # --- geometry --------------------------------------------------------------------------

    def _update_virtual_size(self, *, repaint: bool = True) -> None:
        """The virtual size for the items; ``repaint=False``: the caller repaints what
        changed (the scroll bar follows either way)."""
        height = self.HEADER_HEIGHT + max(1, len(self.items)) * self.ITEM_HEIGHT
        # No layout pass unless needed.
        resize_virtual(self, self.content_width(), height, repaint=repaint)

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """A list whose lines scroll sideways (the Pipeline's table: its columns) takes the
        width the layout pass gives it in that pass, for the frame drawn right after it. The
        Resize (``on_resize``) comes after that frame: the table laid out for no width drew
        its first frame with the narrowest columns and two more of them, then again."""
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if resized and self.SCROLLS_SIDEWAYS:
            self._update_virtual_size(repaint=False)
        return resized

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
        # Textual moves the bar only while it shows: one back after the list scrolled
        # meanwhile (a layout tall enough to hide it took the scroll to the top) would
        # show the old place (tests/test_virtual_list.py).
        self.vertical_scrollbar.position = self.scroll_y

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

    def focus_restyles(self) -> bool:
        return self._focus_restyles()

    def focus_regions(self) -> list[Region]:
        """The fixed lines (a board column's title) and the cursor's item: all that focus
        changes in a list's look (``kit/kept_lines.py``)."""
        width = max(self.virtual_size.width, self.size.width)
        regions = [Region(0, 0, width, self.HEADER_HEIGHT)] if self.HEADER_HEIGHT else []
        if self.items:
            top = self.HEADER_HEIGHT + self.cursor * self.ITEM_HEIGHT - int(self.scroll_y)
            regions.append(Region(0, top, width, self.ITEM_HEIGHT))
        return regions

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
            if event.chain == 2:  # a triple-click opens nothing more
                self.action_select()
