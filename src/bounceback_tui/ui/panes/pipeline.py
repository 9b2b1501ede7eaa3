"""Pipeline: every application and the stage it is in."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services import applications as application_service
from bounceback_tui.store.models import Application
from bounceback_tui.ui.panes.base import Pane
from bounceback_tui.ui.widgets.empty_state import EmptyState
from bounceback_tui.ui.widgets.list_table import ListTable


class PipelinePane(Pane):
    PANE_ID = "pipeline"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add", id="pipeline.add"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="pipeline-header", classes="pane-header")
        yield EmptyState(
            "No applications yet",
            "The Pipeline follows each application from saved to offer, and every no along "
            "the way.",
            "Press [b]a[/b] to add your first application.",
            id="pipeline-empty",
        )
        table = ListTable(id="pipeline-table")
        table.add_columns("Company", "Role", "Stage", "Applied")
        yield table

    def reload(self) -> None:
        rows = application_service.list_applications(self.bb_app.db)
        table = self.query_one("#pipeline-table", ListTable)
        table.clear()
        for app in rows:
            table.add_row(*_cells(app), key=str(app.id))
        has_rows = bool(rows)
        self.query_one("#pipeline-empty").display = not has_rows
        table.display = has_rows
        noun = "application" if len(rows) == 1 else "applications"
        self.query_one("#pipeline-header", Static).update(f"[b]{len(rows)}[/b] {noun}")

    def action_add(self) -> None:
        from bounceback_tui.ui.screens.application_form import BASIC_FIELDS
        from bounceback_tui.ui.screens.form import FormScreen

        def submit(values: dict[str, str]) -> Application:
            data = validate_application(values, clock.today())
            return application_service.add_application(self.bb_app.db, data)

        def saved(result: Application | None) -> None:
            if result is not None:
                self.reload()
                self.query_one("#pipeline-table", ListTable).focus()
                self.notify(f"Saved {result.company}: {result.role}.", title="Application added")

        self.app.push_screen(FormScreen("New application", BASIC_FIELDS, submit), saved)


def _cells(app: Application) -> tuple[str | Text, ...]:
    stage = Stage(app.stage)
    return (
        Text(app.company),
        Text(app.role),
        Text(stage.label),
        app.date_applied.isoformat() if app.date_applied else "",
    )
