"""Today's widgets on every first screen: the top line, and the welcome of an empty store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.today.text import mood_text

if TYPE_CHECKING:
    from bounceback_tui.services.today import TodaySummary


def welcome() -> EmptyState:
    return EmptyState(
        "Welcome to bounceback",
        "This is your daily home. Once you track applications, what is due today and how "
        "you are bouncing back will show here.",
        "Press [b]{today.next_step|n}[/b] to add your first application (or "
        "[b]{pane.pipeline|2}[/b] for the Pipeline). [b]{app.help|?}[/b] lists every key.",
        id="today-empty",
    )


class TopLine(Static):
    """The date on the left and today's check-in on the right, on one line."""

    # One line, always: set here rather than in a stylesheet, so that Today adds none to
    # the first paint's (app.tcss is the only one parsed before it), and nothing measures it.
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.styles.height = 1

    def show(self, summary: TodaySummary, check_in_key: str = "c") -> None:
        self._left = Content.styled(summary.today.strftime("%A %-d %B %Y"), "bold")
        self._right = mood_text(summary, check_in_key)
        self.refresh()

    def render(self) -> Content:
        left = getattr(self, "_left", Content(""))
        right = getattr(self, "_right", Content(""))
        room = self.size.width - left.cell_length - 2
        if room <= 0:
            return left
        if right.cell_length > room:
            right = right.truncate(room, ellipsis=True)
        gap = self.size.width - left.cell_length - right.cell_length
        return left + Content(" " * gap) + right
