"""People, who is linked to which application, the log, and scheduled interviews."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field

from bounceback_tui.store.models.base import NEVER_REUSED, StoredTable, default_now, new_uid


class Contact(StoredTable, table=True):
    """A person the search involves: a recruiter, a hiring manager, a friend."""

    __tablename__ = "contact"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = ""
    kind: str = "other"
    company: str = ""
    email: str = ""
    phone: str = ""
    link: str = ""
    notes: str = ""
    next_follow_up: date | None = Field(default=None, index=True)
    created_at: NaiveDatetime = Field(default_factory=default_now)
    updated_at: NaiveDatetime = Field(default_factory=default_now)
    version: int = 1
    uid: str = Field(default_factory=new_uid)


class ApplicationContact(StoredTable, table=True):
    """A person linked to an application (an agency recruiter is linked to many)."""

    __tablename__ = "application_contact"

    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", primary_key=True)
    contact_id: int = Field(
        foreign_key="contact.id", ondelete="CASCADE", primary_key=True, index=True
    )
    created_at: NaiveDatetime = Field(default_factory=default_now)


class Interaction(StoredTable, table=True):
    """One line of the log: sent, replied, called, met, feedback asked, ..."""

    __tablename__ = "interaction"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    application_id: int | None = Field(
        default=None, foreign_key="application.id", ondelete="CASCADE", index=True
    )
    contact_id: int | None = Field(
        default=None, foreign_key="contact.id", ondelete="SET NULL", index=True
    )
    # Who it was, kept when the contact is deleted (the application keeps its history).
    contact_name: str = ""
    kind: str
    happened_on: date
    note: str = ""
    created_at: NaiveDatetime = Field(default_factory=default_now)
    version: int = 1


class Interview(StoredTable, table=True):
    """A scheduled event: the UTC instant it starts and the zone it was typed in."""

    __tablename__ = "interview"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", index=True)
    kind: str
    starts_at: NaiveDatetime = Field(index=True)  # UTC
    zone: str
    length_minutes: int = 60
    place: str = ""
    link: str = ""
    prep_notes: str = ""
    outcome_note: str = ""
    rating: int | None = None
    outcome_at: NaiveDatetime | None = None
    created_at: NaiveDatetime = Field(default_factory=default_now)
    updated_at: NaiveDatetime = Field(default_factory=default_now)
    version: int = 1
    uid: str = Field(default_factory=new_uid)


class InterviewContact(StoredTable, table=True):
    __tablename__ = "interview_contact"

    interview_id: int = Field(foreign_key="interview.id", ondelete="CASCADE", primary_key=True)
    contact_id: int = Field(
        foreign_key="contact.id", ondelete="CASCADE", primary_key=True, index=True
    )
