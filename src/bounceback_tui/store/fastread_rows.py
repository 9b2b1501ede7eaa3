"""The rows ``FastReader``'s reads return (plain named tuples, dates already parsed).

The store hands these to the services, which word them (``domain/due.py``); nothing here
knows a rule.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from datetime import date
from typing import NamedTuple

from bounceback_tui.stored_dates import stored_day


def day_or_none(value: str | None) -> date | None:
    """A stored day (or timestamp) as a date; None stays None, and so does a value another
    program wrote over (``stored_dates``)."""
    return stored_day(value)


class SummaryDayRow(NamedTuple):
    """One day of the store's summary (``summary_day``)."""

    day: date
    sent: int
    rejections: int
    plans_open: int
    plans_finished: int


class FollowUpRow(NamedTuple):
    application_id: int
    company: str
    role: str
    follow_up_on: date


class StepDueRow(NamedTuple):
    """An open plan with steps whose day has come, and the earliest of them."""

    rejection_id: int
    company: str
    rejected_on: date
    steps_due: int
    offset_days: int
    step_id: int
    title: str
    role: str = ""
    # The step named is a comfort step (the resting groups asked for): the plan has no other
    # step due, as comfort steps come after the others.
    care: bool = False


class FeedbackDueRow(NamedTuple):
    step_id: int
    rejection_id: int
    company: str
    rejected_on: date
    offset_days: int
    recorded_on: date | None  # the day the no was written down (its created_at)
    role: str = ""  # the no's role: the request names its application, "Company (Role)"


class AppliedRow(NamedTuple):
    application_id: int
    company: str
    role: str
    applied_on: date
    entered_on: date | None = None  # the day it last moved into Applied


class DraftRow(NamedTuple):
    record_id: int
    thought: str
    updated_on: date | None
    situation: str = ""  # its start, while the record has no thought (domain/record_name)


class SkillTitleRow(NamedTuple):
    skill_id: int
    title: str


class SkillTargetRow(NamedTuple):
    skill_id: int
    title: str
    target_on: date


class UntouchedRejectionRow(NamedTuple):
    rejection_id: int
    company: str
    rejected_on: date
    role: str = ""


class EarlyPlanRow(NamedTuple):
    """A rejection's open plan and its first undone step, with that step's offset in days."""

    rejection_id: int
    company: str
    rejected_on: date
    step_id: int
    step_title: str
    offset_days: int
    role: str = ""


class QuietPlanRow(NamedTuple):
    """An open plan, the day it last moved, and its next undone step (if any)."""

    rejection_id: int
    company: str
    last_moved_on: date
    next_step_id: int | None
    next_step_title: str | None
    role: str = ""
