"""Today's first line: the date on the left, today's check-in on the right.

Both Today widgets draw it (the board, ui/today/board_draw.py, and an empty store's
welcome, ui/today/widgets.py); it has its own module so that the board's first screen
does not import the welcome's widget class, nor the welcome the board's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui.ui.today.text import mood_text

if TYPE_CHECKING:
    from bounceback_tui.services.today import TodaySummary


def top_line(summary: TodaySummary, check_in_key: str) -> tuple[Content, Content]:
    """The date (left) and today's check-in (right)."""
    return Content.styled(summary.today.strftime("%A %-d %B %Y"), "bold"), mood_text(
        summary, check_in_key
    )


def top_line_content(left: Content, right: Content, width: int) -> Content:
    """The two ends of the top line across ``width`` cells: the check-in cut to fit."""
    room = width - left.cell_length - 2
    if room <= 0:
        return left
    if right.cell_length > room:
        right = right.truncate(room, ellipsis=True)
    gap = width - left.cell_length - right.cell_length
    return left + Content(" " * gap) + right


class TopLineParts:
    """What a Today widget keeps for its top line, and how it draws it."""

    top_left: Content = Content("")
    top_right: Content = Content("")

    def show_top(self, summary: TodaySummary, check_in_key: str = "c") -> None:
        self.top_left, self.top_right = top_line(summary, check_in_key)

    @property
    def top_text(self) -> str:
        return f"{self.top_left.plain} {self.top_right.plain}"
