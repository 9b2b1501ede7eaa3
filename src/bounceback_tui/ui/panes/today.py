"""Today: the daily home. Reads aggregates only (no ORM), so it paints first and fast."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.services.today import TodaySummary, load_today
from bounceback_tui.ui.panes.base import Pane
from bounceback_tui.ui.widgets.empty_state import EmptyState


class TodayPane(Pane):
    PANE_ID = "today"

    def compose(self) -> ComposeResult:
        yield Static(id="today-greeting")
        yield EmptyState(
            "Welcome to bounceback",
            "This is your daily home. Once you track applications, what is due today and how "
            "you are bouncing back will show here.",
            "Press [b]2[/b] for the Pipeline, then [b]a[/b] to add your first application. "
            "[b]?[/b] lists every key.",
            id="today-empty",
        )
        with Horizontal(id="today-body"):
            with Vertical(id="today-due", classes="card"):
                yield Static("Due now", classes="card-title")
                yield Static(id="today-due-list")
            with Vertical(id="today-figures", classes="card"):
                yield Static("Bouncing back", classes="card-title")
                yield Static(id="today-figures-body")

    def reload(self) -> None:
        summary = load_today(self.bb_app.paths.database, clock.today())
        self.show_summary(summary)

    def show_summary(self, summary: TodaySummary) -> None:
        self.query_one("#today-greeting", Static).update(
            f"[b]{summary.today.strftime('%A %-d %B %Y')}[/b]"
        )
        empty = summary.is_empty_store
        self.query_one("#today-empty").display = empty
        self.query_one("#today-body").display = not empty
        if empty:
            return
        self.query_one("#today-due-list", Static).update(_due_text(summary))
        self.query_one("#today-figures-body", Static).update(_figures_text(summary))


def _due_text(summary: TodaySummary) -> str:
    lines = [
        f"• Follow up with [b]{escape(f.company)}[/b] ({escape(f.role)}), "
        f"{describe_relative(f.due_on, summary.today)}"
        for f in summary.follow_ups
    ]
    lines += [
        f"• {escape(s.title)} [dim]({escape(s.company)})[/dim]" for s in summary.recovery_steps
    ]
    return (
        "\n".join(lines) if lines else "Nothing is due today. A good day to send one application."
    )


def _figures_text(summary: TodaySummary) -> str:
    lines = [
        f"This week: [b]{summary.applications_this_week}[/b] of {summary.weekly_goal} applications"
    ]
    if summary.days_since_last_rejection is None:
        lines.append("No rejections recorded.")
    else:
        days = summary.days_since_last_rejection
        lines.append(f"Days since the last rejection: [b]{days}[/b]")
        lines.append(
            f"Applications sent since then: [b]{summary.applications_since_last_rejection}[/b]"
        )
    return "\n".join(lines)
