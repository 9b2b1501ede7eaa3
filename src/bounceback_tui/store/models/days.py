"""The person's settings, daily check-ins and the days with an action (the streak)."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field

from bounceback_tui.store.models.base import StoredTable, default_now


class Setting(StoredTable, table=True):
    """Store-level settings as JSON values (weekly goal, ghosting days, theme, ...)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
    version: int = 1


class CheckIn(StoredTable, table=True):
    """The optional daily check-in: one per day, editable."""

    __tablename__ = "check_in"

    day: date = Field(primary_key=True)
    mood: int
    note: str = ""
    updated_at: NaiveDatetime = Field(default_factory=default_now)
    version: int = 1


class ActivityDay(StoredTable, table=True):
    """Days with at least one action in the app, for the active-day streak."""

    __tablename__ = "activity_day"

    day: date = Field(primary_key=True)
    actions: int = 0
