"""The last day here before the latest time away: what a return's groups of follow-ups are
divided by (``domain/due.long_past_groups``), on the return day and the days after it.

On a return Today groups the follow-ups due before the time away gently ("2 follow-ups due
before you were away: let them go or move them on"). They were grouped only on the return
day: the next day, after anything done on it, the day last here was the return day itself,
and they were "Follow up with Soylent 17d late" again, one by one (a tester's month). They
stay grouped until the person acts on them (moving one on, letting it go or following up
gives it a day after the time away), or until the return is ``LONG_PAST_DAYS`` back, when
each of them is more than that many days past and "from a while back" anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from bounceback_tui.domain.care import is_back_after_gap

# The groups last this long after a return (``domain/due.LONG_PAST_DAYS``; not imported:
# this module is read before the due rules).
RETURN_KEPT_DAYS = 30


def kept_since(today: date) -> date:
    """The earliest return day whose time away still divides the follow-ups today."""
    return today - timedelta(days=RETURN_KEPT_DAYS)


def here_before_away(days_here: Sequence[date], today: date) -> date | None:
    """The last day here before the latest time away (a gap of ``care.GAP_DAYS`` or more)
    that ended on ``kept_since(today)`` or later; with none, the last day here before today
    (no return: one group, "from a while back"). ``days_here``: the days with an action
    before today, newest first, from ``kept_since(today)`` on and the one before those."""
    newer = today
    for day in days_here:
        if newer >= kept_since(today) and is_back_after_gap((newer - day).days):
            return day
        newer = day
    return days_here[0] if days_here else None
