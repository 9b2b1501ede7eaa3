"""Today's due list: one line per item, drawn with Textual's line API.

It was an ``OptionList``, whose default CSS was the largest the first screen parsed (ten
rule sets), whose five component classes were styled again at every focus change, and
which measured each option as it was added. Today paints first, and its list holds at
most forty-one short lines, so this one keeps the options (``Option``: a prompt, an id,
disabled or not), draws only the lines in view, and keeps what an ``OptionList`` offered
the pane: the same keys (``today.open``, ``today.down``, ``today.up``, arrows, Home, End,
Page Up/Down), a cursor that skips disabled lines and wraps, Enter or a click to open.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip
from textual.visual import RenderOptions
from textual.widgets.option_list import Option

from bounceback_tui.ui.kit.scroll_bars import QuietScrollBars

if TYPE_CHECKING:
    from textual.css.styles import RulesMap


class DueList(QuietScrollBars, can_focus=True):
    """The due items; Enter (or a click) opens the one under the cursor in its pane."""

    # The arrows, Home, End and the page keys are ScrollableContainer's bindings (no ids,
    # as OptionList's were); the actions they name move the cursor here (below).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", show=False, id="today.open"),
        Binding("j", "cursor_down", "Down", show=False, id="today.down"),
        Binding("k", "cursor_up", "Up", show=False, id="today.up"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "due-list--cursor",
        "due-list--disabled",
        "due-list--hover",
    }
    # The look an OptionList had (its border and padding come from Today's .card).
    DEFAULT_CSS = """
    DueList {
        color: $foreground;
        overflow-x: hidden;
        & > .due-list--cursor {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        & > .due-list--disabled { color: $text-disabled; }
        & > .due-list--hover { background: $block-hover-background; }
        &:focus {
            background-tint: $foreground 5%;
            & > .due-list--cursor {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """

    class Selected(Message):
        """Enter or a click on an item that is not disabled."""

        def __init__(self, due_list: DueList, option: Option, index: int) -> None:
            super().__init__()
            self.due_list = due_list
            self.option = option
            self.index = index

        @property
        def control(self) -> DueList:
            return self.due_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._options: list[Option] = []
        self._highlighted: int | None = None
        self.hover_line: int | None = None  # the line under the mouse pointer
        # Drawn lines by (option, on the cursor, under the pointer, width), for each look
        # the list has had (focused and not: its :focus rules tint every line), the last
        # two kept; emptied when the options change.
        self._looks: dict[tuple[object, ...], dict[tuple[int, bool, bool, int], Strip]] = {}
        self._lines: dict[tuple[int, bool, bool, int], Strip] = {}
        self._look_known = False

    # -- the options (the part of OptionList's interface the pane and its tests use) ----

    @property
    def option_count(self) -> int:
        return len(self._options)

    def get_option_at_index(self, index: int) -> Option:
        return self._options[index]

    def clear_options(self) -> None:
        self._options = []
        self._highlighted = None
        self._changed()

    def add_options(self, options: Iterable[Option]) -> None:
        self._options.extend(options)
        self._changed()

    def add_option(self, option: Option) -> None:
        self.add_options([option])

    @property
    def highlighted(self) -> int | None:
        """The line under the cursor (None: no line can take it)."""
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None and self._options:
            index = max(0, min(index, len(self._options) - 1))
        elif not self._options:
            index = None
        old, self._highlighted = self._highlighted, index
        if old != index:
            for line in (old, index):
                if line is not None:
                    self.refresh_lines(line)
        self._scroll_to_highlighted()

    def _changed(self) -> None:
        self._looks.clear()
        self._lines = {}
        self._look_known = False
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._options))
        self._scroll_to_highlighted()
        self.refresh()

    # -- keys and mouse ---------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.highlighted = _next_enabled(self._options, self._highlighted, 1)

    def action_cursor_up(self) -> None:
        self.highlighted = _next_enabled(self._options, self._highlighted, -1)

    def action_first(self) -> None:
        self.highlighted = _next_enabled(self._options, None, 1)

    def action_last(self) -> None:
        self.highlighted = _next_enabled(self._options, None, -1)

    # The arrow keys, Home and End, bound by ScrollableContainer, move the cursor.
    action_scroll_down = action_cursor_down
    action_scroll_up = action_cursor_up
    action_scroll_home = action_first
    action_scroll_end = action_last

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        """About a page, to the nearest line that can take the cursor that way (or back)."""
        if not self._options:
            return
        if self._highlighted is None:
            self.action_first() if direction < 0 else self.action_last()
            return
        height = max(1, self.scrollable_content_region.height)
        target = max(0, min(self._highlighted + direction * height, len(self._options) - 1))
        for step in (direction, -direction):
            line = target
            while 0 <= line < len(self._options):
                if not self._options[line].disabled:
                    self.highlighted = line
                    return
                line += step

    def action_select(self) -> None:
        index = self._highlighted
        if index is not None and not self._options[index].disabled:
            self.post_message(self.Selected(self, self._options[index], index))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = int(self.scroll_y) + offset.y
        if 0 <= index < len(self._options) and not self._options[index].disabled:
            self.highlighted = index
            self.action_select()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        offset = event.get_content_offset(self)
        line = None if offset is None else int(self.scroll_y) + offset.y
        self._hover(line if line is not None and 0 <= line < len(self._options) else None)

    def on_leave(self, _event: events.Leave) -> None:
        self._hover(None)

    def _hover(self, line: int | None) -> None:
        old, self.hover_line = self.hover_line, line
        if old != line:
            for changed in (old, line):
                if changed is not None:
                    self.refresh_lines(changed)

    # -- geometry and drawing ------------------------------------------------------------

    def on_resize(self, _event: events.Resize) -> None:
        size = Size(self.scrollable_content_region.width, len(self._options))
        if size != self.virtual_size:
            self.virtual_size = size
        self._scroll_to_highlighted()

    def on_show(self) -> None:
        self._scroll_to_highlighted()

    def _scroll_to_highlighted(self) -> None:
        if self._highlighted is None or not self.is_mounted:
            return
        width = self.scrollable_content_region.width
        self.scroll_to_region(
            Region(0, self._highlighted, width, 1), animate=False, force=True, immediate=True
        )

    def notify_style_update(self) -> None:
        """Styles were re-applied (focus does it, for the :focus rules): the lines drawn
        for this look, if it is one the list has had, come back (kit/kept_lines.py)."""
        super().notify_style_update()
        self._look_known = False

    def _lines_for_look(self) -> dict[tuple[int, bool, bool, int], Strip]:
        look = (
            self.app.theme,
            *(self.get_visual_style(*names) for names in _LOOK_COMPONENTS),
        )
        lines = self._looks.pop(look, None)
        if lines is None:
            lines = {}
            while len(self._looks) > 1:
                del self._looks[next(iter(self._looks))]
        self._looks[look] = lines
        return lines

    def render_line(self, y: int) -> Strip:
        if not self._look_known:
            self._lines = self._lines_for_look()
            self._look_known = True
        width = self.scrollable_content_region.width
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self._options):
            return Strip.blank(width, self.rich_style)
        on_cursor = index == self._highlighted
        hovered = index == self.hover_line
        key = (index, on_cursor, hovered, width)
        strip = self._lines.get(key)
        if strip is None:
            option = self._options[index]
            if option.disabled:
                style = self.get_visual_style("due-list--disabled")
            elif on_cursor:
                style = self.get_visual_style("due-list--cursor")
            elif hovered:
                style = self.get_visual_style("due-list--hover")
            else:
                style = self.get_visual_style()
            prompt = option.prompt
            # Plain text is never read as markup here (a person's words are in these lines).
            visual = prompt if isinstance(prompt, Content) else Content(str(prompt))
            # Content's own rendering with the widget's variables and text rules: what
            # Visual.to_strips does, without the per-call link-style and selection look-ups
            # (about half of each line's cost; these lines have neither).
            drawn = visual.render_strips(
                width, 1, style, RenderOptions(self._get_style, cast("RulesMap", self.styles))
            )
            strip = drawn[0] if drawn else Strip.blank(width)
            strip = self._lines[key] = strip.extend_cell_length(width, style.rich_style)
        return strip


# The styles a line is drawn in (see render_line): together, the list's look.
_LOOK_COMPONENTS: tuple[tuple[str, ...], ...] = (
    (),
    ("due-list--disabled",),
    ("due-list--cursor",),
    ("due-list--hover",),
)


def _next_enabled(options: list[Option], anchor: int | None, direction: int) -> int | None:
    """The next line from ``anchor`` that is not disabled, going ``direction`` and wrapping
    round (the first or last such line without an anchor), as an OptionList moves."""
    count = len(options)
    if not count:
        return None
    start = (-1 if direction > 0 else count) if anchor is None else anchor
    for step in range(1, count + 1):
        line = (start + direction * step) % count
        if not options[line].disabled:
            return line
    return anchor
