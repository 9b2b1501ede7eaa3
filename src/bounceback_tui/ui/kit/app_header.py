"""The header: Textual's ``Header``, drawn by one widget instead of four.

Textual's Header is a container of three widgets (the icon, the title, the clock's
space), and every widget costs the first frame about 7 million instructions (mounted,
styled, laid out, composited) whatever it draws. ``AppHeader`` is a ``Header`` (the
stylesheet's ``Header`` rules and its own apply to it, the demo store's warning colour
among them) that draws the same line itself: the icon in its eight cells on the left
(lit under the mouse pointer, "Open the command palette" as its tooltip, a click opens
the palette), the title and sub-title centred in the cells between it and the clock's
ten, cut with an ellipsis; a click elsewhere makes it three lines tall, as Textual's does.
``tests/test_app_header.py`` checks it cell by cell against Textual's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.content import Content
from textual.strip import Strip
from textual.visual import RenderOptions
from textual.widgets import Header

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.css.styles import RulesMap

ICON_WIDTH = 8  # Textual's HeaderIcon: docked left, eight cells, one of padding each side
CLOCK_WIDTH = 10  # HeaderClockSpace: docked right, ten cells
PALETTE_TOOLTIP = "Open the command palette"


class AppHeader(Header):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"app-header--icon-hover"}
    # HeaderIcon:hover's background, for the icon's cells under the pointer.
    DEFAULT_CSS = """
    AppHeader > .app-header--icon-hover { background: $foreground 10%; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._icon_hover = False
        self._title: Content | None = None

    def compose(self) -> ComposeResult:
        return iter(())  # no children: render_line draws the icon and the title

    def _on_mount(self, event: events.Mount) -> None:
        # Header's own would look for its HeaderTitle; Widget's has nothing to do for a
        # widget that never scrolls.
        event.prevent_default()
        self.watch(self.app, "title", self._title_changed, init=False)
        self.watch(self.app, "sub_title", self._title_changed, init=False)
        self.watch(self.screen, "title", self._title_changed, init=False)
        self.watch(self.screen, "sub_title", self._title_changed, init=False)
        if not self.app.ENABLE_COMMAND_PALETTE:
            self._icon_enabled = False

    _icon_enabled = True

    def _title_changed(self) -> None:
        self._title = None
        self.refresh()

    def title_content(self) -> Content:
        """What the title cells show: ``App.format_title`` of the screen's (or app's)
        title and sub-title, as Textual's Header has it."""
        if self._title is None:
            self._title = self.format_title()
        return self._title

    # -- drawing ---------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        # Cell for cell what Textual's three widgets leave, down to the styles of blank
        # cells (which do not show, but are written to the terminal and to screenshots):
        # their padding has only the background, their content the colours too.
        width = self.size.width
        base = self.rich_style
        pad = Style(bgcolor=base.bgcolor)
        title_width = max(0, width - ICON_WIDTH - CLOCK_WIDTH)
        if y == 0:
            title = self._title_strip(title_width, base)
            # HeaderClockSpace's: its padding, its empty line, its padding.
            clock = [Segment(" ", pad), Segment("", base), Segment(" " * (CLOCK_WIDTH - 2), pad)]
            clock.append(Segment(" ", pad))
        else:  # a tall header's rows below the title (HeaderTitle is one line tall)
            title = Strip([Segment(" " * title_width, pad)])
            clock = [Segment(" ", pad), Segment(" " * (CLOCK_WIDTH - 2), base), Segment(" ", pad)]
        return Strip.join([self._icon_strip(y), title, Strip(clock)]).crop_extend(0, width, pad)

    def _icon_strip(self, y: int) -> Strip:
        """The icon's eight cells: one of padding each side, the icon on the middle row."""
        style = self.rich_style
        if self._icon_hover and self._icon_enabled:
            style = self.get_component_rich_style("app-header--icon-hover")
        pad = Segment(" ", Style(bgcolor=style.bgcolor))
        filler = style + _NOT_REVERSED
        inside = ICON_WIDTH - 2
        if y != self.size.height // 2:
            return Strip([pad, Segment(" " * inside, filler), pad])
        icon = Segment(self.icon, style)
        return Strip([pad, icon, Segment(" " * (inside - icon.cell_length), filler), pad])

    def _title_strip(self, width: int, base: Style) -> Strip:
        """The title centred in ``width`` cells, cut with an ellipsis if it is too long."""
        if width <= 0:
            return Strip([])
        drawn = self.title_content().render_strips(
            width, 1, self.get_visual_style(), RenderOptions(self._get_style, _ONE_LINE)
        )
        line = drawn[0] if drawn else Strip([])
        filler = base + _NOT_REVERSED
        left = max(0, (width - line.cell_length) // 2)
        right = max(0, width - left - line.cell_length)
        segments = [Segment(" " * left, filler)] if left else []
        segments += line
        if right:
            segments.append(Segment(" " * right, filler))
        return Strip(segments)

    # -- the mouse -------------------------------------------------------------------

    def _over_icon(self, x: int) -> bool:
        return 0 <= x < ICON_WIDTH

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover_icon(self._over_icon(event.x))

    def on_leave(self, _event: events.Leave) -> None:
        self._hover_icon(False)

    def _hover_icon(self, over: bool) -> None:
        if over != self._icon_hover:
            self._icon_hover = over
            self.refresh()
        tooltip = PALETTE_TOOLTIP if over and self._icon_enabled else None
        if tooltip != self.tooltip:
            self.tooltip = tooltip

    async def _on_click(self, event: events.Click) -> None:  # type: ignore[override]  # Header's takes no event
        # The icon's click opens the palette and goes no further, as HeaderIcon's; any
        # other goes on to Header's, which makes the header tall or short again.
        if self._over_icon(event.x):
            event.stop()
            event.prevent_default()
            if self._icon_enabled:
                await self.run_action("app.command_palette")


_NOT_REVERSED = Style(reverse=False)  # what Textual's alignment pads a line with
_ONE_LINE = cast("RulesMap", {"text_wrap": "nowrap", "text_overflow": "ellipsis"})
