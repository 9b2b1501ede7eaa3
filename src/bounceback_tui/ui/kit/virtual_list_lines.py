"""How a ``VirtualList`` draws (ui/kit/virtual_list.py is the list: its items, cursor,
keys and messages).

What a subclass draws (``render_item``, ``render_header``, ``render_empty``,
``line_key_extra``), the list's component styles and the helpers that lay a line out with
them, and ``render_line``: an item's lines are built once, kept by everything they depend on
(``_line_key``) and cut to the part in view.

A mixin: ``VirtualList`` puts it before ``ScrollView``, whose attributes it reads (the type
checker sees it as a ``ScrollView``; at run time it is a plain class, so the widget's CSS
type names and default CSS are the list's alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.strip import Strip

from bounceback_tui import clock
from bounceback_tui.ui.kit.cells import clip_at_word
from bounceback_tui.ui.kit.cursor_mark import mark_if_colourless

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _ScrollView
else:
    _ScrollView = object

T = TypeVar("T")


def words_on_lines(text: str, width: int) -> list[str]:
    """``text`` on lines of ``width`` cells, broken between words; a word longer than a
    line is cut with an ellipsis at a word's end (``clip_at_word``)."""
    if width <= 0:
        return []
    lines: list[str] = []
    for word in text.split():
        if lines and cell_len(lines[-1]) + 1 + cell_len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(clip_at_word(word, width))
    return lines


class ListLines(Generic[T], _ScrollView):
    """The drawing half of ``VirtualList[T]``."""

    # Set by VirtualList (and its subclasses): the shape of the list and what it shows.
    ITEM_HEIGHT: ClassVar[int]
    HEADER_HEIGHT: ClassVar[int]

    # Lines wider than the list (a table's columns) scroll sideways: every line, the fixed
    # ones included, is cut to the part in view. Otherwise lines are drawn as rendered.
    SCROLLS_SIDEWAYS: ClassVar[bool] = False

    placeholder: str
    cursor: int  # VirtualList's reactive
    items: Sequence[T]
    _lines: LRUCache[tuple[object, ...], Sequence[Strip]]  # built lines (VirtualList sizes it)

    # --- what a subclass draws -------------------------------------------------------------

    def render_item(self, item: T, index: int, width: int) -> Sequence[Strip]:
        """The item's ``ITEM_HEIGHT`` lines (missing ones are drawn blank)."""
        raise NotImplementedError

    def render_header(self, y: int, width: int) -> Strip:
        """Fixed line ``y`` above the items."""
        return Strip.blank(width, self.list_style())

    def render_empty(self, line: int, width: int) -> Strip:
        """Line ``line`` of an empty list: the placeholder from the first line, on as many as
        it needs, broken between words (a narrow Skills column read "Nothing in progr")."""
        base = self.list_style()
        lines = words_on_lines(self.placeholder, width - 2) if self.placeholder else []
        if line >= len(lines):
            return Strip.blank(width, base)
        return self.text_strip(Text(f" {lines[line]}"), width, base + self.component("empty"))

    def line_key_extra(self) -> tuple[object, ...]:
        """Anything else an item's lines depend on (column widths, a rank)."""
        return ()

    # --- drawing ---------------------------------------------------------------------------

    def component(self, name: str) -> Style:
        """A component style in full (its background blended over the list's)."""
        styles = self._styles_now()
        style = styles.get(name)
        if style is None:
            style = styles[name] = self.get_component_rich_style(f"virtual-list--{name}")
        return style

    def foreground(self, name: str) -> Style:
        """Only the text part of a component style (colour if it sets one, weight), to lay
        over a line's background: "strong" is bold in the line's own colour."""
        styles = self._styles_now()
        style = styles.get(f"+{name}")
        if style is None:
            full = self.component(name)
            sets_colour = self.get_component_styles(f"virtual-list--{name}").has_rule("color")
            style = styles[f"+{name}"] = Style(
                color=full.color if sets_colour else None,
                bold=full.bold,
                italic=full.italic,
                dim=full.dim,
            )
        return style

    # The component styles and foregrounds worked out since the styles were last applied:
    # a new line asks for them cell by cell (about a third of building it, before).
    _styles: dict[str, Style] | None = None

    def _styles_now(self) -> dict[str, Style]:
        if self._styles is None:
            self._styles = {}
        return self._styles

    @property
    def shows_cursor(self) -> bool:
        """Whether the cursor is drawn (a board column not in use hides it)."""
        return True

    def on_cursor(self, index: int) -> bool:
        """True if item ``index`` is drawn as the cursor."""
        return index == self.cursor and self.shows_cursor

    def marks_cursor(self, index: int) -> bool:
        """True if item ``index`` carries the cursor's mark where colour is not shown
        (kit/cursor_mark.py): the cursor's item, unless a list says otherwise."""
        return self.on_cursor(index)

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
        base = self._current_look()[0] if base is None else base  # the list's rich_style
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
            return Strip.blank(width, self.list_style())
        item = self.items[index]
        key = self._line_key(item, index, width)
        lines = self._lines.get(key)
        if lines is None:
            lines = [self._in_view(strip, width) for strip in self.render_item(item, index, width)]
            if lines and self.marks_cursor(index):  # told by a mark where colour is not shown
                lines[0] = mark_if_colourless(self.app, lines[0])
            self._lines[key] = lines
        return lines[part] if part < len(lines) else Strip.blank(width, self.list_style())

    def _in_view(self, strip: Strip, width: int) -> Strip:
        """The part of a whole line the list shows (when it scrolls sideways)."""
        if not self.SCROLLS_SIDEWAYS:
            return strip
        scroll_x = int(self.scroll_x)
        return strip.crop(scroll_x, scroll_x + width).simplify()

    def _line_key(self, item: T, index: int, width: int) -> tuple[object, ...]:
        """What an item's lines depend on: the item, its place (zebra, cursor), and what
        every line depends on (``_look_key``)."""
        return (item, index % 2, self.on_cursor(index), *self._look_key(width))

    def _look_key(self, width: int) -> tuple[object, ...]:
        """What every item's lines depend on: focus, size, sideways scroll, the day
        (relative dates) and the theme (colours)."""
        return (
            self.has_focus,
            width,
            self.virtual_size.width,
            int(self.scroll_x),
            clock.today(),
            self.app.theme,
            self._current_look(),
            *self.line_key_extra(),
        )

    def _lines_in_view(self) -> tuple[tuple[object, ...], list[object]]:
        """What the lines in view below the fixed ones show, one entry a line, and what
        they all depend on: two of these, before and after new items, tell which lines
        the new items changed (``VirtualList.set_items``). An empty list's lines never
        compare equal (its placeholder may have changed before its items did)."""
        width = self.scrollable_content_region.width
        height = self.scrollable_content_region.height - self.HEADER_HEIGHT
        items, item_height = self.items, self.ITEM_HEIGHT
        count, top = len(items), int(self.scroll_y)
        entries: list[object] = []
        for line in range(top, top + max(0, height)):
            if not count:
                entries.append(object())
                continue
            index, part = divmod(line, item_height)
            entries.append(
                (items[index], index % 2, self.on_cursor(index), part) if index < count else None
            )
        return self._look_key(width), entries

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
        self._styles = None
        self._list_style = None

    # The list's own rich style; None: to be worked out again.
    _list_style: Style | None = None

    def list_style(self) -> Style:
        """The list's ``rich_style``, kept until its styles are applied again, as Textual
        keeps its component styles (``get_component_rich_style``). Each blank row under the
        items asked for it, and each walked every ancestor's styles again: a third of a
        millisecond a row, on every full repaint of a list shorter than its pane."""
        style = self._list_style
        if style is None:
            style = self._list_style = self.rich_style
        return style

    def _current_look(self) -> tuple[Style, ...]:
        if self._look is None:
            names = sorted(type(self)._get_component_classes())
            self._look = (self.list_style(), *(self.get_component_rich_style(n) for n in names))
        return self._look
