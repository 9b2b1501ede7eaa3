"""The Skills backlog and each item's learning resources."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field

from bounceback_tui.store.models.base import NEVER_REUSED, StoredTable, default_now, new_uid


class Skill(StoredTable, table=True):
    __tablename__ = "skill"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    title: str
    kind: str = "technical"
    why: str = ""
    source_kind: str = "manual"  # manual | rejection | feedback | reflection
    rejection_id: int | None = Field(
        default=None, foreign_key="rejection.id", ondelete="SET NULL", index=True
    )
    recovery_step_id: int | None = Field(
        default=None, foreign_key="recovery_step.id", ondelete="SET NULL"
    )
    priority: int = 0  # lower comes first
    status: str = Field(default="todo", index=True)
    target_date: date | None = None
    notes: str = ""
    created_at: NaiveDatetime = Field(default_factory=default_now)
    started_at: NaiveDatetime | None = None
    finished_at: NaiveDatetime | None = None
    version: int = 1
    uid: str = Field(default_factory=new_uid)


class SkillResource(StoredTable, table=True):
    __tablename__ = "skill_resource"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    skill_id: int = Field(foreign_key="skill.id", ondelete="CASCADE")
    url: str = ""
    note: str = ""
    position: int = 0
