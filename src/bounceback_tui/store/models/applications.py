"""Applications, their stage history and the job boards that bring them in."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field

from bounceback_tui.store.models.base import NEVER_REUSED, StoredTable, default_now, new_uid
from bounceback_tui.store.models.stored_types import StoredDay, StoredMoment


class Application(StoredTable, table=True):
    __tablename__ = "application"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    company: str
    role: str
    stage: str = Field(default="applied", index=True)
    link: str = ""
    location: str = ""
    work_mode: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str = ""
    salary_period: str | None = None
    source: str | None = None
    excitement: int | None = None
    notes: str = ""
    description: str = ""
    employment_type: str = ""
    # Its days and times read leniently (stored_types): None where another program wrote
    # over one with no day, so the application is still moved, booked and written to.
    date_applied: date | None = Field(default=None, index=True, sa_type=StoredDay)
    next_follow_up: date | None = Field(default=None, index=True, sa_type=StoredDay)
    # The day the person said "not ghosted yet"; the suggestion waits before asking again.
    ghost_dismissed_on: date | None = Field(default=None, sa_type=StoredDay)
    created_at: NaiveDatetime = Field(default_factory=default_now, sa_type=StoredMoment)
    updated_at: NaiveDatetime = Field(default_factory=default_now, sa_type=StoredMoment)
    version: int = 1
    # Optional facts the "What's working" view compares (schema v3).
    company_size: str | None = None  # a band of domain.insights.CompanySize
    posted_on: date | None = Field(default=None, sa_type=StoredDay)  # the posting's own date
    cover_letter: bool | None = None  # None: not said
    tailored_resume: bool | None = None
    uid: str = Field(default_factory=new_uid)


class StageChange(StoredTable, table=True):
    """Every move between stages, kept forever: the application's timeline."""

    __tablename__ = "stage_change"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE")
    from_stage: str | None = None
    to_stage: str
    changed_on: date
    created_at: NaiveDatetime = Field(default_factory=default_now)


class FollowedBoard(StoredTable, table=True):
    """A company's public job board (Greenhouse, Lever or Ashby) the person follows."""

    __tablename__ = "followed_board"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    company: str
    provider: str  # greenhouse | lever | ashby
    token: str
    created_at: NaiveDatetime = Field(default_factory=default_now)
    last_checked_at: NaiveDatetime | None = None
    last_error: str = ""
    version: int = 1
