"""Skills: an improvement backlog fed by feedback and reflection."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from bounceback_tui.services import skills as skill_service
from bounceback_tui.ui.panes.base import Pane
from bounceback_tui.ui.widgets.empty_state import EmptyState
from bounceback_tui.ui.widgets.list_table import ListTable


class SkillsPane(Pane):
    PANE_ID = "skills"

    def compose(self) -> ComposeResult:
        yield Static(id="skills-header", classes="pane-header")
        yield EmptyState(
            "Your skills backlog is empty",
            "A rejection is information. Turn what you learn from feedback and reflection into a "
            "short list of skills to grow, and work through it one at a time.",
            "Items you create from a recovery plan will be listed here.",
            id="skills-empty",
        )
        table = ListTable(id="skills-table")
        table.add_columns("Skill", "Kind", "Status")
        yield table

    def reload(self) -> None:
        skills = skill_service.list_skills(self.bb_app.db)
        table = self.query_one("#skills-table", ListTable)
        table.clear()
        for skill in skills:
            table.add_row(skill.title, skill.kind, skill.status, key=str(skill.id))
        self.query_one("#skills-empty").display = not skills
        table.display = bool(skills)
        self.query_one("#skills-header", Static).update(f"[b]{len(skills)}[/b] skills")

    def add_from_source(
        self,
        *,
        text: str,
        source_kind: str,
        rejection_id: int | None = None,
        recovery_step_id: int | None = None,
    ) -> None:
        """Open the add form prefilled from another pane's text. Filled in by the Skills pane."""
        self.notify("Adding skills is not built yet.", severity="warning")
