"""Rejections and their recovery plans: the plan template and each plan's steps."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field

from bounceback_tui.store.models.base import NEVER_REUSED, StoredTable, default_now, new_uid
from bounceback_tui.store.models.stored_types import StoredDay, StoredMoment


class Rejection(StoredTable, table=True):
    """A no, with or without an application in the Pipeline behind it."""

    __tablename__ = "rejection"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    application_id: int | None = Field(
        default=None, foreign_key="application.id", ondelete="SET NULL", index=True
    )
    company: str
    role: str
    # Its days and times read leniently (stored_types): None where another program wrote
    # over one with no day, so the plan still opens.
    rejected_on: date = Field(index=True, sa_type=StoredDay)
    stage_reached: str = ""
    reason: str = ""
    plan_completed_at: NaiveDatetime | None = Field(default=None, sa_type=StoredMoment)
    created_at: NaiveDatetime = Field(default_factory=default_now, sa_type=StoredMoment)
    version: int = 1


class RecoveryTemplateStep(StoredTable, table=True):
    """The person's edited plan template; empty means "use the built-in one"."""

    __tablename__ = "recovery_template_step"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    key: str
    group_key: str
    title: str
    detail: str = ""
    kind: str = "check"
    link: str | None = None
    offset_days: int = 0
    position: int = 0
    optional: bool = False
    retired: bool = False
    version: int = 1


class RecoveryStep(StoredTable, table=True):
    """One step of one rejection's plan; a copy, so editing the template never rewrites it."""

    __tablename__ = "recovery_step"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    rejection_id: int = Field(foreign_key="rejection.id", ondelete="CASCADE")
    template_key: str | None = None  # None for a custom step
    group_key: str
    title: str
    detail: str = ""
    kind: str = "check"
    link: str | None = None
    offset_days: int = 0
    position: int = 0
    # Its days and times read leniently too (stored_types), as the rejection's.
    done_at: NaiveDatetime | None = Field(default=None, sa_type=StoredMoment)
    answer: str = ""
    answer_draft: str | None = None
    asked_on: date | None = Field(default=None, sa_type=StoredDay)
    asked_via: str = ""
    nothing_came_back: bool = False
    # When the person chose not to do it (schema 9): neither done nor due, never with done_at.
    skipped_at: NaiveDatetime | None = Field(default=None, sa_type=StoredMoment)
    updated_at: NaiveDatetime = Field(default_factory=default_now, sa_type=StoredMoment)
    version: int = 1
    uid: str = Field(default_factory=new_uid)
