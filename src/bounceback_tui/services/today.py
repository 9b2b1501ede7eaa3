"""The Today summary: what is due and how the person is bouncing back.

Computed from FastReader aggregates only, so it costs the same with ten
applications or ten thousand, and needs neither Textual nor SQLModel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bounceback_tui.store.fastread import DueFollowUp, DueStep, FastReader


@dataclass(frozen=True)
class TodaySummary:
    today: date
    application_count: int
    weekly_goal: int
    applications_this_week: int
    days_since_last_rejection: int | None
    applications_since_last_rejection: int | None
    follow_ups: list[DueFollowUp] = field(default_factory=list)
    recovery_steps: list[DueStep] = field(default_factory=list)

    @property
    def is_empty_store(self) -> bool:
        return self.application_count == 0 and self.days_since_last_rejection is None


def week_start(day: date) -> date:
    """Monday of the week that holds ``day``."""
    return day - timedelta(days=day.weekday())


def build_today(reader: FastReader, today: date) -> TodaySummary:
    last_rejection = reader.last_rejection_on()
    since = None
    if last_rejection is not None:
        since = reader.applications_sent_between(last_rejection, today)
    return TodaySummary(
        today=today,
        application_count=reader.application_count(),
        weekly_goal=int(reader.setting("weekly_goal", 5)),
        applications_this_week=reader.applications_sent_between(week_start(today), today),
        days_since_last_rejection=(today - last_rejection).days if last_rejection else None,
        applications_since_last_rejection=since,
        follow_ups=reader.follow_ups_due(today, limit=8),
        recovery_steps=reader.recovery_steps_due(today, limit=8),
    )


def load_today(db_path: Path, today: date) -> TodaySummary:
    with FastReader(db_path) as reader:
        return build_today(reader, today)
