"""Today's widgets: the top line, the due list, and the body under the top line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static

from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.today.due_list import DueList
from bounceback_tui.ui.today.text import mood_text
from bounceback_tui.ui.today.trends import TrendsPanel

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


class TodayBody(Vertical):
    """Today below the top line, once the store holds something: the next step, the
    care and people strips, the due list beside the figures, and the trends."""

    def compose(self) -> ComposeResult:
        yield Static(id="today-next")
        # The care and people strips (a coping card on a hard day, What's working's
        # suggestions; interviews ahead) are read after the first paint and mounted then,
        # only if they have something to say (mount_strip()): two widgets fewer to style and lay
        # out before the first frame.
        with Horizontal(id="today-cards"):
            yield DueList(id="today-due-list", classes="card")
            yield Static(id="today-figures", classes="card")
        yield TrendsPanel(id="today-trends", classes="card")

    def on_mount(self) -> None:
        self.query_one("#today-due-list").border_title = "Due now"
        self.query_one("#today-figures").border_title = "Bouncing back"
        self.query_one("#today-trends").border_title = "Trends"

    STRIPS = ("today-care", "today-people")  # in the order they stand, above the cards

    def mount_strip(self, strip_id: str) -> Static:
        """The care or the people strip, mounted above the cards the first time it is
        needed."""
        found = self.shown_strip(strip_id)
        if found is not None:
            return found
        strip = Static(id=strip_id)
        later = self.STRIPS[self.STRIPS.index(strip_id) + 1 :]
        before = next((f"#{s}" for s in later if self.shown_strip(s)), "#today-cards")
        self.mount(strip, before=before)
        return strip

    def shown_strip(self, strip_id: str) -> Static | None:
        """The strip if it has been mounted."""
        found = self.query_children(f"#{strip_id}")
        return found.first(Static) if found else None


class TopLine(Static):
    """The date on the left and today's check-in on the right, on one line."""

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
