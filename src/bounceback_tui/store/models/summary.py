"""Today's summary (migration v005) and the Pipeline's funnel (v006): derived rows kept by
SQLite's triggers.

Never written by the app: every write to the other tables keeps them right in its own
transaction. They carry no foreign keys, so an undo or a delete never copies them."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from bounceback_tui.store.models.base import StoredTable


class SummaryDay(StoredTable, table=True):
    """Per day: applications sent, rejections, and those rejections' open and finished plans."""

    __tablename__ = "summary_day"

    day: date = Field(primary_key=True)
    sent: int = 0
    rejections: int = 0
    plans_open: int = 0
    plans_finished: int = 0


class SummaryBounceBack(StoredTable, table=True):
    """A rejection's day and the date of the first application sent after it."""

    __tablename__ = "summary_bounce_back"

    rejection_id: int = Field(primary_key=True)
    rejected_on: date
    next_sent_on: date | None = None


class SummaryOpenPlan(StoredTable, table=True):
    """An unfinished plan: its next step's and next feedback request's suggested days, and
    the day it last moved."""

    __tablename__ = "summary_open_plan"

    rejection_id: int = Field(primary_key=True)
    rejected_on: date
    next_step_on: date | None = None
    next_feedback_on: date | None = None
    moved_on: date | None = None


class SummaryPlanLength(StoredTable, table=True):
    """Finished plans counted by the days each took."""

    __tablename__ = "summary_plan_length"

    days: float = Field(primary_key=True)
    plans: int = 0


# The Pipeline's funnel (migration v006), kept the same way.


class SummaryFunnelApplication(StoredTable, table=True):
    """One application's part in the funnel: its stage, whether it ever had a reply, an
    interview, an offer, and the days to its first reply (when it was seen waiting)."""

    __tablename__ = "summary_funnel_application"

    application_id: int = Field(primary_key=True)
    stage: str
    replied: int
    interviewed: int
    offered: int
    reply_days: float | None = None


class SummaryFunnelStage(StoredTable, table=True):
    """The funnel's rows added up by stage."""

    __tablename__ = "summary_funnel_stage"

    stage: str = Field(primary_key=True)
    applications: int = 0
    replied: int = 0
    interviewed: int = 0
    offered: int = 0


class SummaryReplyDays(StoredTable, table=True):
    """Applications by the days they waited for a first reply."""

    __tablename__ = "summary_reply_days"

    days: float = Field(primary_key=True)
    applications: int = 0
