"""Today's first line (the date and today's check-in) and an empty store's welcome.

Today is one widget whatever the store holds: the board (ui/today/board.py) once there is
something to show, and before that ``TodayWelcome``, which draws the top line and the
welcome in its box, a line at a time. Each widget on the first screen is styled, laid out
and composited before the first frame; these two lines and a box were two widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.visual import RenderOptions
from textual.widget import Widget

from bounceback_tui.ui.kit.key_text import with_keys
from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.today.top_line import TopLineParts, top_line_content

if TYPE_CHECKING:
    from rich.style import Style
    from textual.css.styles import RulesMap

    from bounceback_tui.services.today import TodaySummary

# The welcome's box, as the app's .empty-state has it: a margin of 1 line and 2 columns, a
# round border, a padding of 1 line and 2 columns.
_MARGIN_X, _PAD_X, _PAD_Y = 2, 2, 1


class TodayWelcome(TopLineParts, Widget):
    """An empty store's Today: the top line, then what the app is for and the first key."""

    _NOWRAP: ClassVar[RulesMap] = cast(
        "RulesMap", {"text_wrap": "nowrap", "text_overflow": "ellipsis"}
    )
    _WRAP: ClassVar[RulesMap] = cast("RulesMap", {"text_wrap": "wrap", "text_overflow": "fold"})

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Its one rule set here, not in CSS: a stylesheet of its own would be one more
        # to parse before the first frame.
        self.styles.height = "auto"
        self._text: Content | None = None
        self._lines: dict[tuple[int, int], Strip] = {}
        # The welcome wrapped to a width, the board's own style and the border's: worked
        # out once for the lines of a frame, not for each.
        self._wrapped: tuple[int, list[Strip]] | None = None
        self._looks: tuple[Style, Style] | None = None

    def _welcome(self) -> Content:
        if self._text is None:
            # The hint names keys as the person's keymap has them.
            self._text = Content("\n\n").join(
                [
                    plain("Welcome to bounceback", "bold $text-accent"),
                    Content(
                        "This is your daily home. Once you track applications, what is due "
                        "today and how you are bouncing back will show here."
                    ),
                    with_keys(
                        "Press [b]{today.next_step|n}[/b] to add your first application (or "
                        "[b]{pane.pipeline|2}[/b] for the Pipeline). [b]{app.help|?}[/b] "
                        "lists every key.",
                        self.app,
                    ).stylize("$text-muted"),
                ]
            )
        return self._text

    def _wrapped_text(self, width: int) -> list[Strip]:
        """The welcome wrapped inside its box, for the widget ``width`` cells wide."""
        inner = max(1, width - 2 * _MARGIN_X - 2 - 2 * _PAD_X)
        if self._wrapped is None or self._wrapped[0] != inner:
            self._wrapped = (inner, self._render_text(self._welcome(), inner, self._WRAP))
        return self._wrapped[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As tall as what it draws: the rows below it are the pane's blank background
        (BLANK), not lines of this widget."""
        return 1 + 1 + 2 + 2 * _PAD_Y + len(self._wrapped_text(width)) + 1

    def show_top(self, summary: TodaySummary, check_in_key: str = "c") -> None:
        super().show_top(summary, check_in_key)
        # Its keys asked again too: the first paint asked before the keymap check, which
        # may refuse an entry ("Press c to add…" with `c` still the check-in).
        self._text = self._wrapped = None
        self._lines.clear()
        self.refresh(layout=True)

    def on_resize(self) -> None:
        self._lines.clear()  # drawn at the old width

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()
        self._wrapped = None
        self._looks = None

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        key = (y, width)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._lines[key] = self._draw(y, width)
        return strip

    def _render_text(self, content: Content, width: int, rules: RulesMap) -> list[Strip]:
        style = self.get_visual_style()
        options = RenderOptions(self._get_style, rules)
        return [
            strip.crop_extend(0, width, style.rich_style)
            for strip in content.render_strips(width, None, style, options)
        ]

    def _draw(self, y: int, width: int) -> Strip:
        from rich.segment import Segment

        base, border = self._base_and_border()
        if y == 0:
            both = top_line_content(self.top_left, self.top_right, width)
            return self._render_text(both, width, self._NOWRAP)[0]
        inner = width - 2 * _MARGIN_X - 2 - 2 * _PAD_X
        if inner <= 0:
            return Strip.blank(width, base)
        text = self._wrapped_text(width)
        box_top, box_bottom = 2, 2 + 2 * _PAD_Y + len(text) + 1  # the border's two lines
        if not box_top <= y <= box_bottom:
            return Strip.blank(width, base)
        margin = Segment(" " * _MARGIN_X, base)
        if y in (box_top, box_bottom):
            left, right = ("╭", "╮") if y == box_top else ("╰", "╯")
            edge = [Segment(left + "─" * (width - 2 * _MARGIN_X - 2) + right, border)]
            return Strip([margin, *edge, margin]).crop_extend(0, width, base)
        line = y - box_top - 1 - _PAD_Y
        shown = list(text[line]) if 0 <= line < len(text) else [Segment(" " * inner, base)]
        pad = Segment(" " * _PAD_X, base)
        segments = [margin, Segment("│", border), pad, *shown, pad, Segment("│", border), margin]
        return Strip(segments).crop_extend(0, width, base)

    def _base_and_border(self) -> tuple[Style, Style]:
        if self._looks is None:
            from bounceback_tui.ui.today.board_look import board_styles

            base = self.get_visual_style()
            border = board_styles(base, self.app.theme_variables)["welcome-box"]
            self._looks = (base.rich_style, border.rich_style)
        return self._looks
