"""How Today's board draws its rows: the parts it holds, its boxes, and the lines it keeps.

The board (ui/today/board.py) is one widget; what Textual did for the widgets it replaced
is done here, a row at a time: the next step's and the people strip's thick left bar,
the padding, the round boxes with their titles (the due list's brighter while the board
has focus), the figures and the trends inside their boxes (the due list's lines and its
scroll bar are board.py's). Colours come from the theme's variables (ui/today/board_look.py).

Lines are kept for each look the board has had (focused or not, the theme): a pane
switch moves focus away and back, and the lines drawn for that look come back instead of
being drawn again (as the due list's were: ui/kit/kept_lines.py has the rule).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.visual import RenderOptions
from textual.widget import Widget

from bounceback_tui.domain.next_step import welcome_back
from bounceback_tui.ui.kit.draw_size import SizeOfADraw
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.today.board_look import BoardLook, KeptLooks
from bounceback_tui.ui.today.board_rows import (
    CARDS_GAP,
    FIGURES_WIDTH,
    BoardRows,
    counted_edge,
    next_row,
    people_rows,
    plan_rows,
    reason_lines,
)
from bounceback_tui.ui.today.care_lines import care_fitted
from bounceback_tui.ui.today.top_line import TopLineParts, top_line_content
from bounceback_tui.ui.today.trends import TRENDS_STYLES, Trends

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.style import Style as VisualStyle

    from bounceback_tui.services.today import TodaySummary
    from bounceback_tui.ui.today.people_lines import PeopleLines

_WRAP = cast("RulesMap", {"text_wrap": "wrap", "text_overflow": "ellipsis"})
_NOWRAP = cast("RulesMap", {"text_wrap": "nowrap", "text_overflow": "ellipsis"})
_FOLD = cast("RulesMap", {})  # a Static's defaults: wrap, and fold what does not fit


class BoardDraw(SizeOfADraw, TopLineParts, KeptLooks, Widget):
    """The drawing half of Today's board (the keys and the due list are board.py's)."""

    due_top: int
    due_title: Content = Content("Due now")
    next_step: Content | None = None  # two lines: the title, why it is next
    next_key: Content | None = None  # "(n)": drawn after the title, never cut off
    next_named: tuple[str, str, str] | tuple[()] = ()  # the application the title names
    reason_first: bool = False  # why it is next before the card (a return's welcome)
    figures: Content = Content("")
    figures_roomy: Content | None = None  # the same, a line more: drawn where it fits
    care: Content | None = None  # a coping card and What's working's suggestions
    care_parts: tuple[Content, ...] = ()  # the same, a part each (ui/today/care_lines.py)
    people: PeopleLines | None = None  # interviews ahead, how one went, people to follow up
    # The people lines a short board keeps, longest first (all, in order, if empty), and
    # how many of those it always shows (the next interview, the ask about one over:
    # ui/today/people_lines.py).
    people_order: tuple[int, ...] = ()
    people_kept: int = 0

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.trends = Trends()
        self._looks: dict[tuple[object, ...], BoardLook] = {}
        self._look = BoardLook()
        self._look_known = False
        self._look_focused = False
        self._plan: BoardRows | None = None
        self._plan_key: tuple[int, ...] = ()
        self._version = 0  # what it shows: one more at every changed()

    # -- what it shows ------------------------------------------------------------------

    def changed(self) -> None:
        """Something it shows changed: every row is drawn again."""
        self._version += 1
        self._forget_lines()
        self.refresh()

    def _forget_lines(self) -> None:
        self._looks.clear()
        self._look = BoardLook(self._look.styles, self._look.base)
        self._look_known = False

    def due_segments(self, line: int, width: int) -> list[Segment]:
        """The inside of the due box's row ``line``: board.py draws it."""
        raise NotImplementedError

    def due_gutter(self, line: int) -> str:
        """The cell before the due box's row ``line``: board.py says what it shows."""
        return " "

    def due_below(self) -> int:
        """How many due items are below the lines the box shows: board.py counts them."""
        return 0

    def show_next_step(self, summary: TodaySummary) -> None:
        """The next step and its key, each key as the keymap in force has it: asked again
        once the keymap check refused an entry the first paint showed ("Next step: … (c)"
        with `c` still the check-in: a tester's walk)."""
        # The check-in's key as bound, where the step's reason names it (a welcome back).
        step = summary.next_step.keyed(key_of(self.app, "today.check_in", "c"))
        self.next_step = Content.assemble(
            ("Next step: ", "bold"),
            plain(step.title, "bold"),
            "\n",
            plain(step.reason, "$text-muted"),
            *(("\n", plain(step.short_reason, "$text-muted")) if step.short_reason else ()),
        )
        self.next_named = step.named  # cut part by part on a narrow board
        # A return's welcome says how long it has been before the card's gentle line.
        self.reason_first = summary.next_step == welcome_back(summary.days_away)
        self.next_key = plain(f"  ({key_of(self.app, 'today.next_step', 'n')})", "$text-muted")

    def show_top(self, summary: TodaySummary, check_in_key: str = "c") -> None:
        super().show_top(summary, check_in_key)
        for look in (*self._looks.values(), self._look):
            look.rows.pop(0, None)
        self.refresh(Region(0, 0, self.size.width, 1))

    def redraw_due(self, *indexes: int | None) -> None:
        """Draw again the due list's rows of ``indexes`` (every row if none is given)."""
        plan = self.rows_plan()
        top = plan.cards_top + 1
        wanted = [i for i in indexes if i is not None]
        rows = (
            [top + i - self.due_top for i in wanted]
            if indexes
            else list(range(top, top + plan.due_rows + 1))  # the bottom edge's count too
        )
        rows = [y for y in rows if top <= y <= top + plan.due_rows]
        for look in self._looks.values():
            for y in rows:
                look.rows.pop(y, None)
        for y in rows:
            self._look.rows.pop(y, None)
        if rows:
            self.refresh(*(Region(0, y, self.size.width, 1) for y in rows))

    # -- the plan of rows -----------------------------------------------------------------

    def rows_plan(self) -> BoardRows:
        """Where each part stands, for the size and what is shown now (kept until either
        changes: ``changed()``)."""
        width, height = self.size_now()
        key = (width, height, self._version)
        if self._plan is None or key != self._plan_key:
            self._plan_key = key
            self._plan = self._plan_for(getattr(self, "option_count", 0))  # board.py's lines
            if self._looks or self._look.rows:
                self._forget_lines()  # drawn at another size
        return self._plan

    def due_room(self, listed: int) -> int:
        """The lines the due list's box has with ``listed`` lines in it (the items always
        listed and their "and N more"): the rows it has to spare past those are what quiet
        applications may fill (ui/today/due_room.py). Asked with more lines, the box took
        the care strip's rows (the card cut, its "+2 more in What's working" gone)."""
        return self._plan_for(listed).due_rows if all(self.size_now()) else 0

    def _plan_for(self, due: int) -> BoardRows:
        width, height = self.size_now()
        return plan_rows(
            height,
            care=len(self.care.wrap(max(1, width - 2))) if self.care else 0,
            people=len(self.people.lines) if self.people else 0,
            figures=len(self.figures.plain.splitlines()),
            kept=self.people_kept,
            width=width,
            trends=bool(self.trends.fitting(max(0, width - 4))),
            due=due,
            reason=len(reason_lines(self.next_step, max(1, width - 3))),
            reason_first=self.reason_first,
        )

    def due_box_width(self) -> int:
        width = self.size_now().width
        if self.rows_plan().stacked:
            return width
        return max(0, width - FIGURES_WIDTH - CARDS_GAP)

    def on_resize(self, _event: events.Resize) -> None:
        self.rows_plan()
        scroll = getattr(self, "_scroll_to_highlighted", None)
        if scroll is not None:
            scroll()

    # -- looks (ui/today/board_look.KeptLooks keeps them) ------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        self.rows_plan()  # first: a new size forgets the lines kept, and the look with them
        self._drawing = (self._look_now(), self.get_visual_style(), self.has_focus)
        try:
            return super().render_lines(crop)
        finally:
            self._drawing = None

    def render_line(self, y: int) -> Strip:
        plan = self.rows_plan()
        look = self._look_now()
        strip = look.rows.get(y)
        if strip is None:
            strip = look.rows[y] = self._draw_row(y, plan)
        return strip

    # -- drawing ------------------------------------------------------------------------

    def _text(
        self, part: str, content: Content, width: int, style: VisualStyle, rules: RulesMap
    ) -> list[Strip]:
        """``content`` drawn at ``width`` in ``style``, a strip per line (kept per look)."""
        texts = self._look_now().texts
        key = (part, width)
        lines = texts.get(key)
        if lines is None:
            options = RenderOptions(self._get_style, rules)
            rich = style.rich_style
            lines = texts[key] = [
                strip.crop_extend(0, width, rich)
                for strip in content.render_strips(width, None, style, options)
            ]
        return lines

    def _draw_row(self, y: int, plan: BoardRows) -> Strip:
        width = self.size_now().width
        base = self.base_style
        if y >= len(plan.rows) or width <= 0:
            return Strip.blank(width, base)
        part, line = plan.rows[y]
        segments: list[Segment]
        if part == "top":
            both = top_line_content(self.top_left, self.top_right, width)
            top = self._text(f"top:{both.plain}", both, width, self.visual_style_now(), _NOWRAP)
            return top[0] if top else Strip.blank(width, base)
        if part == "next" and self.next_step is not None:
            style = self.look_style("next")
            # The title a line, cut with an ellipsis; the reason on the lines the plan gives
            # it, its last cut with one (wrapped freely, its second half had no row and the
            # sentence stopped mid-way unmarked).
            inner, reason_rows = max(1, width - 3), plan.count("next") - 1
            words = next_row(
                self.next_step, self.next_key, line, inner, reason_rows, self.next_named
            )
            text = [] if words is None else self._text(f"next:{line}", words, inner, style, _NOWRAP)
            segments = self._barred(0, text, "next-bar", style.rich_style)
        elif part == "people" and self.people is not None:
            style = self.visual_style_now()
            inner = max(1, width - 3)  # each line's key kept whole ("(h)")
            which = people_rows(self.people_order, plan.count("people"))
            on, more = self.people.unshown(which)  # "+8 more" on a short board
            fitted = self.people.fitted(inner, on, more)
            nowrap = self._text(f"people:{on}:{more}", fitted, inner, style, _NOWRAP)
            segments = self._barred(which[line], nowrap, "people-bar", base)
        elif part == "care" and self.care is not None:
            inner, given = max(1, width - 2), plan.count("care")  # whole parts, or a "+1 more"
            insights = key_of(self.app, "today.insights", "w")
            fitted, cut = care_fitted(self.care_parts or (self.care,), inner, given, insights)
            rules = _NOWRAP if cut else _WRAP
            text = self._text(f"care:{given}", fitted, inner, self.visual_style_now(), rules)
            shown = list(text[line]) if line < len(text) else [Segment(" " * (width - 2), base)]
            segments = [Segment(" ", base), *shown, Segment(" ", base)]
        elif part == "cards":
            # Both boxes come cut to their widths: the row is their sum, not measured again.
            known = self.due_box_width() + (0 if plan.stacked else CARDS_GAP + FIGURES_WIDTH)
            row = Strip(self._cards_row(line, plan), known)
            return row if known == width else row.crop_extend(0, width, base)
        elif part == "figures":  # under the due list (a narrow board)
            segments = self._figures_row(width, line, plan.count("figures") - 1)
        elif part == "trends":
            segments = self._trends_row(line, width)
        else:
            return Strip.blank(width, base)
        return Strip(segments).crop_extend(0, width, base)

    def _barred(self, line: int, text: list[Strip], bar: str, pad: Style) -> list[Segment]:
        """A line of a part with a thick bar on its left and a cell of padding each side."""
        width = self.size_now().width
        shown = list(text[line]) if line < len(text) else [Segment(" " * (width - 3), pad)]
        return [
            Segment("█", self.look_style(bar).rich_style),
            Segment(" ", pad),
            *shown,
            Segment(" ", pad),
        ]

    def _box_style(self, name: str) -> Style:
        if name == "due-box":
            name = "box-focused" if self.focused_now() else "box"
        return self.look_style(name).rich_style

    def _edge(
        self, width: int, line: int, last: int, title: Content | None, box: Style
    ) -> list[Segment] | None:
        """A box's top (with its title) or bottom edge; None for the lines between."""
        if line not in (0, last) or width < 2:
            return None
        left, right = ("╭", "╮") if line == 0 else ("╰", "╯")
        inner = width - 2
        if line == 0 and title is not None and inner >= 4:
            style = self.look_style("title")
            label = self._text(f"title:{title.plain}", title, inner - 3, style, _NOWRAP)[0]
            label = label.crop(0, min(title.cell_length, max(0, inner - 4)))
            middle = [
                Segment("─", box),
                Segment(" ", style.rich_style),
                *label,
                Segment(" ", style.rich_style),
            ]
            rest = inner - 3 - label.cell_length
            return [Segment(left, box), *middle, Segment("─" * rest, box), Segment(right, box)]
        return [Segment(left, box), Segment("─" * inner, box), Segment(right, box)]

    def _cards_row(self, line: int, plan: BoardRows) -> list[Segment]:
        base = self.base_style
        due_width = self.due_box_width()
        last = plan.cards_height - 1
        due_box = self._box_style("due-box")
        below = self.due_below() if line == last else 0
        due = (
            counted_edge(
                due_width, f"+{below:,} more", due_box, self.look_style("title").rich_style
            )
            if below
            else self._edge(due_width, line, last, self.due_title, due_box)
        )
        if due is None:
            inside = self.due_segments(line - 1, max(0, due_width - 4))
            due = [
                Segment("│", due_box),
                Segment(self.due_gutter(line - 1), base),
                *inside,
                Segment(" ", base),
                Segment("│", due_box),
            ]
        if plan.stacked:
            return list(Strip(due).crop_extend(0, due_width, base))
        return [
            *Strip(due).crop_extend(0, due_width, base),
            Segment(" " * CARDS_GAP, base),
            *self._figures_row(FIGURES_WIDTH, line, last),
        ]

    def _figures_row(self, box_width: int, line: int, last: int) -> list[Segment]:
        """Row ``line`` of the figures' box, ``box_width`` wide, ``last`` its bottom edge."""
        box = self._box_style("box")
        edge = self._edge(box_width, line, last, Content("Bouncing back"), box)
        if edge is not None:
            return edge
        base = self.base_style
        width = max(0, box_width - 4)
        figures, part = self.figures, "figures"
        roomy = self.figures_roomy
        if roomy is not None and last - 1 >= len(roomy.plain.splitlines()):
            figures, part = roomy, "figures_roomy"
        text = self._text(part, figures, width, self.visual_style_now(), _FOLD)
        shown = list(text[line - 1]) if line - 1 < len(text) else [Segment(" " * width, base)]
        return [
            Segment("│", box),
            Segment(" ", base),
            *shown,
            Segment(" ", base),
            Segment("│", box),
        ]

    def _trends_row(self, line: int, width: int) -> list[Segment]:
        box = self._box_style("box")
        edge = self._edge(width, line, 5, Content("Trends"), box)
        if edge is not None:
            return edge
        base = self.base_style
        styles = {name: self.look_style(name).rich_style for name in TRENDS_STYLES}
        styles[""] = base
        inside = self.trends.line(line - 1, max(0, width - 4), styles)
        return [
            Segment("│", box),
            Segment(" ", base),
            *inside,
            Segment(" ", base),
            Segment("│", box),
        ]
