"""Reframe: a guided thought record for the thoughts that do the most damage."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.ui.panes.base import Pane
from bounceback_tui.ui.widgets.empty_state import EmptyState
from bounceback_tui.ui.widgets.list_table import ListTable


class ReframePane(Pane):
    PANE_ID = "reframe"

    def compose(self) -> ComposeResult:
        yield Static(id="reframe-header", classes="pane-header")
        yield EmptyState(
            "No thought records yet",
            'After a rejection, thoughts like "I\'ll never get hired" can do more harm than the '
            "no itself. A thought record walks you through one such thought, step by step, to a "
            "more balanced view.",
            "The guided exercise arrives in a coming version; records you make will be "
            "listed here.",
            id="reframe-empty",
        )
        table = ListTable(id="reframe-table")
        table.add_columns("Date", "Thought", "Status")
        yield table

    def reload(self) -> None:
        records = reframe_service.list_records(self.bb_app.db)
        table = self.query_one("#reframe-table", ListTable)
        table.clear()
        for record in records:
            table.add_row(
                record.created_at.date().isoformat(),
                record.thought,
                record.status,
                key=str(record.id),
            )
        self.query_one("#reframe-empty").display = not records
        table.display = bool(records)
        self.query_one("#reframe-header", Static).update(f"[b]{len(records)}[/b] thought records")

    def start_exercise(self, rejection_id: int | None = None) -> None:
        """Begin a new thought record (linked to a rejection if given). Filled in by the
        Reframe pane's guided exercise."""
        self.notify("The guided exercise is not built yet.", severity="warning")
