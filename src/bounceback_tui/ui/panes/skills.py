"""Skills: an improvement backlog fed by feedback and reflection."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from bounceback_tui.services import skills as skill_service
from bounceback_tui.ui.panes.base import Pane
from bounceback_tui.ui.widgets.empty_state import EmptyState


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
        table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True, id="skills-table")
        table.add_columns("Skill", "Kind", "Status")
        yield table

    def reload(self) -> None:
        skills = skill_service.list_skills(self.bb_app.db)
        table = self.query_one("#skills-table", DataTable)
        table.clear()
        for skill in skills:
            table.add_row(skill.title, skill.kind, skill.status, key=str(skill.id))
        self.query_one("#skills-empty").display = not skills
        table.display = bool(skills)
        self.query_one("#skills-header", Static).update(f"[b]{len(skills)}[/b] skills")
