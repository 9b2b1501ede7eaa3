"""Today below the top line, drawn by one widget a line at a time (Textual's line API).

It was a container of seven widgets (the next step, the care and people strips, a row
holding the due list and the figures, the trends), four of them bordered boxes: each
styled, laid out and composited line by line before the first frame, and Today is the
first screen the app paints. The board draws the same screen itself, its boxes
included, and plans its rows with ui/today/layout.py (ui/today/board_rows.py). It is
the due list too: it takes focus, and keeps what that list offered (``today.open``,
``today.down``, ``today.up``; the arrows, Home, End and the page keys; a cursor that skips
the count line and wraps round; Enter or a double-click to open; the line under the pointer
lit; the box's border brighter while focused).

A person's words (a company, a note, a card) come as ``Content`` built by ui/kit/text.py
and are drawn as they are: nothing here reads markup.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, cast

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.containers import ScrollableContainer
from textual.content import Content
from textual.message import Message
from textual.scrollbar import ScrollBarRender
from textual.strip import Strip
from textual.visual import RenderOptions

from bounceback_tui.ui.kit.cursor_mark import CURSOR_MARK, colourless
from bounceback_tui.ui.kit.kept_lines import FocusKeepsLines
from bounceback_tui.ui.today.board_draw import BoardDraw
from bounceback_tui.ui.today.board_rows import DueLine, next_enabled, page_target
from bounceback_tui.ui.today.due_fit import DuePrompt, said_bare, said_short
from bounceback_tui.ui.today.line_strip import one_line

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.style import Style as VisualStyle


class TodayBoard(FocusKeepsLines, BoardDraw, ScrollableContainer, can_focus=True):
    """The next step, the card and the people strip, the due list beside the figures, and
    the trends; the due list's cursor is the board's."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # On the bar while a due line can be opened (``bar_leaves_out``), as `?` lists it:
        # after the pane's keys (``BAR_LATER``), which Today's words name.
        Binding("enter", "select", "Open", id="today.open"),
        Binding("j", "cursor_down", "Down", show=False, id="today.down"),
        Binding("k", "cursor_up", "Up", show=False, id="today.up"),
    ]
    BAR_LATER: ClassVar[frozenset[str]] = frozenset({"select"})
    # Its colours are worked out from the theme (ui/today/board_look.py), not from
    # component classes: those would all be styled again at every focus change. Its one
    # rule (the pane's height) is set in __init__: no stylesheet of its own to parse.

    class Selected(Message):
        """Enter or a double-click on a due item that is not disabled."""

        def __init__(self, board: TodayBoard, option: DueLine, index: int) -> None:
            super().__init__()
            self.board = board
            self.option = option
            self.index = index

        @property
        def control(self) -> TodayBoard:
            return self.board

    class NextStepClicked(Message):
        """A click on the next step (the pane follows it, as `n` does)."""

    class PeopleClicked(Message):
        """A click on line ``line`` of the people strip (the pane does what its key does)."""

        def __init__(self, line: int) -> None:
            super().__init__()
            self.line = line

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.styles.height = "1fr"
        self._options: list[DueLine] = []
        self._highlighted: int | None = None
        self.hover_line: int | None = None  # the due line under the mouse pointer
        self.due_top = 0  # the due line at the top of its box
        self.due_beyond = 0  # due items the list leaves out (set_due)

    # -- the due list (what the pane and its tests used of an OptionList) ----------------

    @property
    def option_count(self) -> int:
        return len(self._options)

    def get_option_at_index(self, index: int) -> DueLine:
        return self._options[index]

    def set_due(
        self, options: Iterable[DueLine], title: Content, beyond: int = 0, at: int | None = None
    ) -> None:
        """The due list's lines and its box's title; the cursor on line ``at``, or where it
        was (on the last item if the list got shorter). ``beyond``: the items the list leaves
        out (its last line says "and N more")."""
        self._options = list(options)
        self.due_title = title
        self.due_beyond = beyond
        highlighted = (self._highlighted or 0) if at is None else at
        enabled = [i for i, option in enumerate(self._options) if not option.disabled]
        self._highlighted = min(highlighted, enabled[-1]) if enabled else None
        self.changed()
        self._scroll_to_highlighted()
        self.refresh_bindings()  # Enter's Open comes and goes with what can be opened

    def bar_leaves_out(self, action: str) -> bool:
        """Enter's Open stays off the bar while no due line can be opened (it says so)."""
        return action == "select" and not any(not o.disabled for o in self._options)

    @property
    def highlighted(self) -> int | None:
        """The due line under the cursor (None: no line can take it)."""
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None and self._options:
            index = max(0, min(index, len(self._options) - 1))
        elif not self._options:
            index = None
        old, self._highlighted = self._highlighted, index
        if not self._scroll_to_highlighted() and old != index:
            self.redraw_due(old, index)

    def due_below(self) -> int:
        """The due items under the lines the box shows (its bottom edge says "+N more"):
        those listed, and those the list leaves out if its "and N more" line is down there."""
        shown_to = self.due_top + self.rows_plan().due_rows
        below = sum(1 for option in self._options[shown_to:] if not option.disabled)
        if len(self._options) > shown_to and self._options[-1].disabled:
            below += self.due_beyond
        return below

    @property
    def due_rows(self) -> int:
        """How many due lines the box shows (a page)."""
        return self.rows_plan().due_rows

    def _scroll_to_highlighted(self) -> bool:
        """Bring the cursor's line into the box; True if the box scrolled (redrawn)."""
        if self._highlighted is None:
            return False
        rows = self.rows_plan().due_rows
        if rows <= 0:
            return False
        # On the last item the lines under it ("and 1 more: …") come into sight with it:
        # no key reaches them, and the box's edge promised them ("+1 more").
        bottom = self._highlighted
        if all(option.disabled for option in self._options[bottom + 1 :]):
            bottom = len(self._options) - 1
        top = min(self.due_top, self._highlighted)
        top = max(top, bottom - rows + 1, 0)
        top = min(top, self._highlighted)
        top = max(0, min(top, max(0, len(self._options) - rows)))
        if top == self.due_top:
            return False
        self.due_top = top
        self.redraw_due()
        return True

    # -- keys and mouse ------------------------------------------------------------------
    # The arrows, Home, End and the page keys are ScrollableContainer's bindings (no ids,
    # as an OptionList's were): the actions they name move the cursor here. The board
    # itself never scrolls (nothing is outside it); only the due list's lines do.

    def action_cursor_down(self) -> None:
        self.highlighted = next_enabled(self._options, self._highlighted, 1)

    def action_cursor_up(self) -> None:
        self.highlighted = next_enabled(self._options, self._highlighted, -1)

    def action_first(self) -> None:
        self.highlighted = next_enabled(self._options, None, 1)

    def action_last(self) -> None:
        self.highlighted = next_enabled(self._options, None, -1)

    action_scroll_down = action_cursor_down
    action_scroll_up = action_cursor_up
    action_scroll_home = action_first
    action_scroll_end = action_last

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        if self._highlighted is None:
            self.action_first() if direction < 0 else self.action_last()
            return
        page = max(1, self.due_rows)
        found = page_target(self._options, self._highlighted, direction, page)
        if found is not None:
            self.highlighted = found

    def action_select(self) -> None:
        index = self._highlighted
        if index is not None and not self._options[index].disabled:
            self.post_message(self.Selected(self, self._options[index], index))
        elif not any(not option.disabled for option in self._options):
            from bounceback_tui.ui.kit.refused_keys import NOTE_SECONDS
            from bounceback_tui.ui.today.pane import NOTHING_DUE

            self.notify(NOTHING_DUE, timeout=NOTE_SECONDS)  # as the pane's keys say it

    def due_index_at(self, x: int, y: int) -> int | None:
        """The due line at (x, y) on the board, if there is one there."""
        plan = self.rows_plan()
        line = y - plan.cards_top - 1
        if not 0 <= line < plan.due_rows or not 0 < x < self.due_box_width() - 1:
            return None
        index = self.due_top + line
        return index if index < len(self._options) else None

    def due_offset(self, index: int) -> tuple[int, int]:
        """Where due line ``index`` is on the board (x, y), if scrolled into view."""
        return 3, self.rows_plan().cards_top + 1 + index - self.due_top

    def on_click(self, event: events.Click) -> None:
        """A click on a due line selects it and a double-click opens it (once: not again on
        a third click), as in the other panes' lists; a click opened it, unlike them (a
        stranger's walk with the mouse). A click on the next step follows it, as `n` does,
        and on a line of the people strip does what its key does (`h`, `N`)."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        rows = self.rows_plan().rows
        part, line = rows[offset.y] if 0 <= offset.y < len(rows) else ("", 0)
        if part in ("next", "people") and event.chain == 1:  # a line with its key: as the key
            if part == "next":
                self.post_message(self.NextStepClicked())
            else:
                from bounceback_tui.ui.today.board_rows import people_rows

                which = people_rows(self.people_order, self.rows_plan().count("people"))
                self.post_message(self.PeopleClicked(which[line]))
            return
        index = self.due_index_at(offset.x, offset.y)
        if index is not None and not self._options[index].disabled:
            self.highlighted = index
            if event.chain == 2:
                self.action_select()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        offset = event.get_content_offset(self)
        self._hover(None if offset is None else self.due_index_at(offset.x, offset.y))

    def on_leave(self, _event: events.Leave) -> None:
        self._hover(None)

    def _hover(self, line: int | None) -> None:
        old, self.hover_line = self.hover_line, line
        if old != line:
            self.redraw_due(old, line)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._scroll_by(event, 3)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._scroll_by(event, -3)

    def _scroll_by(self, event: events.MouseEvent, lines: int) -> None:
        """The wheel scrolls the due lines, and the cursor comes along onto the nearest line
        in view: it stayed on a line scrolled away, nothing in view was lit, and Enter then
        opened what could not be seen (a stranger's walk with the mouse)."""
        rows = self.due_rows
        top = max(0, min(self.due_top + lines, len(self._options) - rows))
        event.stop()
        if top != self.due_top:
            self.due_top = top
            self._cursor_into_view(rows)
            self.redraw_due()

    def _cursor_into_view(self, rows: int) -> None:
        cursor, top = self._highlighted, self.due_top
        if cursor is None or top <= cursor < top + rows:
            return
        shown = [i for i in range(top, top + rows) if i < len(self._options)]
        enabled = [i for i in shown if not self._options[i].disabled]
        if enabled:
            self._highlighted = enabled[0] if cursor < top else enabled[-1]

    # -- drawing a due line (the boxes are board_draw.py's) ---------------------------------

    def look_key(self) -> Hashable:
        """The look its rows are kept for (board_draw.py): Textual's styled lines are kept
        with it (kit/kept_lines.FocusKeepsLines), so a pane switch draws none of them again."""
        return self._look_now()

    def due_line(self, index: int, width: int) -> Strip:
        """Due line ``index`` at ``width`` cells, in the look its state calls for."""
        option = self._options[index]
        get_style = self._get_style
        if option.disabled:
            style = self.look_style("disabled")
        elif index == self._highlighted:
            focused = self.focused_now()
            style = self.look_style("cursor-focused" if focused else "cursor")
            if focused:  # the cursor's own colour wins (the warning orange on its blue: 2.3:1)
                get_style = self._style_on_cursor
        elif index == self.hover_line:
            style = self.look_style("hover")
        else:
            style = self.visual_style_now()
        prompt = option.prompt
        if isinstance(prompt, DuePrompt):  # when it is due said one way in the box's view
            view = self._options[self.due_top : self.due_top + self.due_rows]
            prompts = [line.prompt for line in view]
            short = said_short(prompts, width)
            prompt = prompt.fitted(width, short, said_bare(prompts, width, short))
        # Plain text is never read as markup here (a person's words are in these lines).
        visual = prompt if isinstance(prompt, Content) else Content(str(prompt))
        strip = one_line(visual, width, style, get_style)
        if strip is None:
            # Content's own rendering with the board's variables: what Visual.to_strips
            # does, without its per-call link-style and selection look-ups.
            options = RenderOptions(get_style, _NOWRAP)
            drawn = visual.render_strips(width, 1, style, options)
            strip = drawn[0] if drawn else Strip.blank(width)
        return strip.extend_cell_length(width, style.rich_style)

    def _style_on_cursor(self, style: VisualStyle | str) -> VisualStyle:
        """A span's style on the focused cursor: its weight and slant, not its colour (as
        kit/virtual_list_lines.item_foreground does for the other lists)."""
        return replace(self._get_style(style), foreground=None)

    def due_gutter(self, line: int) -> str:
        """The cell before the due box's row ``line``: the cursor's mark where colour is not
        shown (kit/cursor_mark.py), else blank."""
        if self.due_top + line == self._highlighted and colourless(self.app):
            return CURSOR_MARK
        return " "

    def due_segments(self, line: int, width: int) -> list[Segment]:
        """The inside of the due box's row ``line`` (``width`` cells, scroll bar included)."""
        index = self.due_top + line
        text_width = max(0, width - 2)
        if index < len(self._options):
            segments = list(self.due_line(index, text_width))
        else:
            segments = [Segment(" " * text_width, self.base_style)]
        return [*segments, self.scroll_bar_cell(line)]

    def scroll_bar_cell(self, line: int) -> Segment:
        """Row ``line`` of the due box's scroll bar (two cells; blank while all fits)."""
        rows = self.rows_plan().due_rows
        count = self.option_count
        if count <= rows:
            return Segment("  ", self.base_style)
        look = self._look_now()
        key = (rows, count, self.due_top)
        if look.bar is None or look.bar[0] != key:
            styles = self.styles
            back = styles.scrollbar_background
            if back.a < 1:
                back = self.background_colors[0] + back
            color = back + styles.scrollbar_color
            drawn = ScrollBarRender.render_bar(
                size=rows,
                virtual_size=count,
                window_size=rows,
                position=self.due_top,
                thickness=2,
                vertical=True,
                back_color=back.rich_color,
                bar_color=color.rich_color,
            )
            cells = [s for s in drawn.segments if s.text != "\n"]
            base = look.base  # the board's background under the bar's reversed cells
            look.bar = (
                key,
                [
                    Segment(s.text, base + s.style.clear_meta_and_links() if s.style else base)
                    for s in cells
                ],
            )
        cells = look.bar[1]
        return cells[line] if line < len(cells) else Segment("  ")


_NOWRAP = cast("RulesMap", {"text_wrap": "nowrap", "text_overflow": "ellipsis"})
