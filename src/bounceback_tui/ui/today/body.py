"""Today below the top line, once the store holds something (an empty store's first screen
shows the welcome instead, and does not import this module or the widgets it holds)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from bounceback_tui.ui.today.due_list import DueList
from bounceback_tui.ui.today.trends import TrendsPanel


class TodayBody(Vertical):
    """Today below the top line, once the store holds something: the next step, the
    care and people strips, the due list beside the figures, and the trends."""

    # Nothing of its own to draw (no border, no text): Textual paints its background as
    # blank lines instead of rendering it through the styles cache.
    BLANK = True

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

    @property
    def due_list(self) -> DueList:
        return self.query_one("#today-due-list", DueList)

    @property
    def trends(self) -> TrendsPanel:
        return self.query_one("#today-trends", TrendsPanel)
