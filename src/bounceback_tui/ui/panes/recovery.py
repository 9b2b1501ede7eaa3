"""Recovery: one plan per rejection, ticked from the keyboard."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.ui.panes.base import Pane
from bounceback_tui.ui.widgets.empty_state import EmptyState
from bounceback_tui.ui.widgets.list_table import ListTable


class RecoveryPane(Pane):
    PANE_ID = "recovery"

    def compose(self) -> ComposeResult:
        yield Static(id="recovery-header", classes="pane-header")
        yield EmptyState(
            "No rejections, no plans",
            "When a no arrives, this pane gives you a plan for the days after it: time for the "
            "feelings, an honest review, asking for feedback, and the next step forward.",
            "Mark an application rejected with [b]x[/b] in the Pipeline ([b]2[/b]), and its plan "
            "appears here.",
            id="recovery-empty",
        )
        table = ListTable(id="recovery-table")
        table.add_columns("Company", "Role", "Rejected", "Plan")
        yield table

    def reload(self) -> None:
        plans = recovery_service.plan_overviews(self.bb_app.db)
        table = self.query_one("#recovery-table", ListTable)
        table.clear()
        for plan in plans:
            r = plan.rejection
            table.add_row(
                r.company,
                r.role,
                r.rejected_on.isoformat(),
                f"{plan.done}/{plan.total}",
                key=str(r.id),
            )
        self.query_one("#recovery-empty").display = not plans
        table.display = bool(plans)
        self.query_one("#recovery-header", Static).update(f"[b]{len(plans)}[/b] recovery plans")
