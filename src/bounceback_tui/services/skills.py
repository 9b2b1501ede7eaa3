"""The Skills backlog: items born from feedback and reflection, in priority order."""

from __future__ import annotations

from sqlmodel import col, select

from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Skill


def list_skills(db: Database) -> list[Skill]:
    """Every skill item, highest priority first."""
    with db.read() as session:
        return list(session.exec(select(Skill).order_by(col(Skill.priority), col(Skill.id))))
