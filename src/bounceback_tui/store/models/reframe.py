"""Thought records (their feelings and thinking traps) and the coping cards kept from them."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlmodel import Field

from bounceback_tui.store.models.base import NEVER_REUSED, StoredTable, default_now


class ThoughtRecord(StoredTable, table=True):
    """A CBT thought record; a draft until the person reaches the summary."""

    __tablename__ = "thought_record"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    rejection_id: int | None = Field(
        default=None, foreign_key="rejection.id", ondelete="SET NULL", index=True
    )
    situation: str = ""
    thought: str = ""
    evidence_for: str = ""
    evidence_against: str = ""
    balanced_thought: str = ""
    status: str = "draft"  # draft | complete
    current_step: int = 0
    created_at: NaiveDatetime = Field(default_factory=default_now, index=True)
    updated_at: NaiveDatetime = Field(default_factory=default_now)
    completed_at: NaiveDatetime | None = None
    version: int = 1
    # How much the person believed the thought (0-100), at the start and at the end (v3).
    belief_before: int | None = None
    belief_after: int | None = None


class ThoughtFeeling(StoredTable, table=True):
    __tablename__ = "thought_feeling"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = Field(foreign_key="thought_record.id", ondelete="CASCADE")
    name: str
    intensity_before: int
    intensity_after: int | None = None
    position: int = 0


class ThoughtTrap(StoredTable, table=True):
    """A thinking trap the person chose for a record (keys from reframe.catalogue)."""

    __tablename__ = "thought_trap"

    record_id: int = Field(foreign_key="thought_record.id", ondelete="CASCADE", primary_key=True)
    trap_key: str = Field(primary_key=True)


class CopingCard(StoredTable, table=True):
    """A balanced thought kept as a card, shown on a hard day."""

    __tablename__ = "coping_card"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    text: str
    record_id: int | None = Field(
        default=None, foreign_key="thought_record.id", ondelete="SET NULL", index=True
    )
    created_at: NaiveDatetime = Field(default_factory=default_now)
    version: int = 1
