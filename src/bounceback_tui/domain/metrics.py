"""The bounce-back figures as pure functions of plain data (defined in docs/metrics.md).

The store layer fetches small aggregates (store/fastread.py); everything here is
arithmetic on them, so each figure can be checked by hand on a tiny fixture.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta


def median(values: Iterable[float]) -> float | None:
    data = list(values)
    return statistics.median(data) if data else None


def week_start(day: date) -> date:
    """Monday of the week that holds ``day``."""
    return day - timedelta(days=day.weekday())


def bounce_back_days(rejected_on: date, next_sent: date | None) -> int | None:
    """Days from a rejection to the next application sent (None: not yet)."""
    return None if next_sent is None else (next_sent - rejected_on).days


def active_day_streak(active_days: Iterable[date], today: date) -> int:
    """Days in a row with at least one action, ending today.

    A day without action yet does not break the streak until it is over: if
    today is still empty, the streak is counted up to yesterday.
    """
    days = set(active_days)
    cursor = today if today in days else today - timedelta(days=1)
    streak = 0
    while cursor in days:
        streak += 1
        cursor -= timedelta(days=1)
    return streak


def weeks_goal_met_in_a_row(weekly: Mapping[date, int], goal: int, today: date) -> int:
    """Consecutive weeks (Monday to Sunday) with at least ``goal`` applications.

    The current week counts once it has met the goal; until then the run is
    counted from last week, because this week is not over.
    """
    if goal <= 0:
        return 0
    cursor = week_start(today)
    if weekly.get(cursor, 0) < goal:
        cursor -= timedelta(weeks=1)
    run = 0
    while weekly.get(cursor, 0) >= goal:
        run += 1
        cursor -= timedelta(weeks=1)
    return run


def weekly_series(weekly: Mapping[date, int], today: date, weeks: int = 12) -> list[int]:
    """Counts for the last ``weeks`` weeks, oldest first, the current week last."""
    current = week_start(today)
    return [weekly.get(current - timedelta(weeks=back), 0) for back in range(weeks - 1, -1, -1)]


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None
