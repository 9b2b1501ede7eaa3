"""The bounce-back figures as pure functions of plain data (defined in docs/metrics.md).

The store layer fetches small aggregates (store/fastread.py, from the summary the store
keeps: counts by day, values with how often each occurs); everything here is arithmetic
on them, relative to today, so each figure can be checked by hand on a tiny fixture.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

# The 97.5th percentile of the standard normal distribution: a two-sided 95% interval.
Z_95 = 1.959963984540054


def whole_number(value: object, default: int) -> int:
    """A stored number (a setting: the weekly goal, the days before "ghosted?"), or
    ``default`` for anything else (a settings row edited by hand: "true", "lots")."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(value)


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float] | None:
    """The Wilson score interval for ``successes`` out of ``trials`` (None when trials is 0).

    centre = (p + z²/2n) / (1 + z²/n), half width = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n).
    Unlike the plain p ± z·sqrt(p(1-p)/n) it stays inside 0..1 and is honest at 0 and n.
    """
    if trials <= 0:
        return None
    if not 0 <= successes <= trials:
        raise ValueError("successes must be between 0 and trials")
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def median(values: Iterable[float]) -> float | None:
    """``statistics.median``'s answer (the middle value, or the mean of the middle two),
    without importing ``statistics`` on the first screen's path."""
    data = sorted(values)
    if not data:
        return None
    middle = len(data) // 2
    return data[middle] if len(data) % 2 else (data[middle - 1] + data[middle]) / 2


# A typical bounce-back ("typ." on Today) is taken from this many rejections at the least:
# from one, it was only the latest again, shown as if it were a pattern.
TYPICAL_FROM = 3


def median_of_counts(counts: Iterable[tuple[float, int]]) -> float | None:
    """The median of values given with how many times each occurs: the same number as
    ``median`` of the list that repeats each value that many times."""
    pairs = sorted((value, n) for value, n in counts if n > 0)
    total = sum(n for _, n in pairs)
    if not total:
        return None

    def value_at(index: int) -> float:
        seen = 0
        for value, n in pairs:
            seen += n
            if index < seen:
                return value
        raise IndexError(index)

    middle = total // 2
    if total % 2:
        return value_at(middle)
    return (value_at(middle - 1) + value_at(middle)) / 2


def per_week(daily: Iterable[tuple[date, int]], since: date) -> dict[date, int]:
    """Counts by day (from ``since`` on) summed by the week that holds each day."""
    weekly: dict[date, int] = {}
    for day, n in daily:
        if n and day >= since:
            week = week_start(day)
            weekly[week] = weekly.get(week, 0) + n
    return weekly


def latest_day(daily: Iterable[tuple[date, int]]) -> date | None:
    """The last day with anything counted."""
    return max((day for day, n in daily if n), default=None)


def week_start(day: date) -> date:
    """Monday of the week that holds ``day``."""
    return day - timedelta(days=day.weekday())


def bounce_back_days(rejected_on: date, next_sent: date | None) -> int | None:
    """Days from a rejection to the next application sent (None: not yet)."""
    return None if next_sent is None else (next_sent - rejected_on).days


def typical_bounce_back(counts: Iterable[tuple[date, date | None, int]]) -> float | None:
    """The median bounce-back of these rejections (their day, the next application's day,
    how many) that have one, taken from ``TYPICAL_FROM`` of them at the least; else None."""
    days = [(taken, n) for on, nxt, n in counts if (taken := bounce_back_days(on, nxt)) is not None]
    return median_of_counts(days) if sum(n for _, n in days) >= TYPICAL_FROM else None


# Rest days in any seven that do not break the active run: a person who rests on Sundays, or
# on weekends, or any two days of a week, read "starts again today" every Monday and never
# passed six days (a tester's month). The days rested are not counted in the run.
REST_DAYS_IN_SEVEN = 2


def active_day_streak(active_days: Iterable[date], today: date) -> int:
    """Days with at least one action in the active run ending today (``active_run``)."""
    return active_run(active_days, today).days


@dataclass(frozen=True)
class ActiveRun:
    """The active run as Today and `today` say it: ``days`` with an action in it, ``over``
    the days from its first through today, and whether it is ``in_a_row`` (no rest day in
    it, up to today or, today still empty, yesterday). "10 days in a row" was said of a run
    holding four rest days (``REST_DAYS_IN_SEVEN``); such a run is "10 of last 14 days"
    (``domain/wording.active_run_said``)."""

    days: int = 0
    over: int = 0
    in_a_row: bool = True


def active_run(active_days: Iterable[date], today: date) -> ActiveRun:
    """Days with at least one action in the run ending today, where a day without one is a
    rest day so long as no seven days in a row of the run hold more than
    ``REST_DAYS_IN_SEVEN`` of them (a weekend off keeps it; three days without action end it).

    A day the app was only opened (nothing saved: ``services/days_opened``) is a day without
    action like any other, a rest day: it was held whatever the rest, and a person who only
    opened the app for three weeks read "Active 5 days in a row", a run that ended weeks ago.
    A day without action yet does not break the streak until it is over: if
    today is still empty, the streak is counted up to yesterday.
    """
    days = set(active_days)
    end = today if today in days else today - timedelta(days=1)
    cursor = end
    streak = 0
    first: date | None = None
    rested: list[date] = []
    while True:
        if cursor in days:
            streak += 1
            first = cursor
        elif sum((day - cursor).days < 7 for day in rested) >= REST_DAYS_IN_SEVEN:
            break
        else:
            rested.append(cursor)
        cursor -= timedelta(days=1)
    if first is None:
        return ActiveRun()
    return ActiveRun(streak, (today - first).days + 1, (end - first).days + 1 == streak)


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
