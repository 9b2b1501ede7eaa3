"""The SQL conditions the reads of what is due share (store/fastread_due.py) and that a
service's own read of old follow-ups asks for (services/long_past.py): when a recovery step's
day has come, the day an application entered its stage, which applications have gone
quiet (the "ghosted?" rule, domain/stages.is_quiet, as SQL), and an application's follow-up
as it counts: none for a closed one (``open_follow_up``, which the exports read too)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

# Whether a recovery step's suggested day has come (julianday arithmetic is much
# cheaper than building a date string for every step).
STEP_IS_DUE = "s.offset_days <= julianday(:today) - julianday(r.rejected_on)"


def day_reads(column: str) -> str:
    """SQL true when ``column`` holds a day ``stored_dates.stored_day`` reads: the ISO day
    the app writes (asked cheaply first), else what the reader itself says of it (``bb_day``,
    which ``ReadConnection`` registers): a day with its time ('2024-01-05 00:00:00') reads,
    '01/05/2024', a number or "[b]garbage[/]" does not. Another program can write anything
    over a day; one that does not read is neither due nor counted (it reads as no day)."""
    return f"({column} = date({column}) OR bb_day({column}) IS NOT NULL)"


def through(day: date) -> str:
    """The text a stored day on or before ``day`` sorts below (compare ``column < ?``): the
    next day. A day stored with its time ('2026-03-16 09:00', '2026-03-16T09:00', as another
    program or an old import writes one) sorts after '2026-03-16' and before '2026-03-17':
    compared ``<= ?`` with the day itself, a follow-up for today came up a day late."""
    try:
        return (day + timedelta(days=1)).isoformat()
    except OverflowError:  # date.max: every day is on or before it (letters sort after digits)
        return "z"


# A no whose day reads as one: a no with no day is neither fresh nor early.
NO_DAY_READS = day_reads("r.rejected_on")
# Steps are joined to plans with CROSS JOIN, which in SQLite fixes the join order: the plans
# first (from the summary's index), then their steps (by rejection). Left to itself the
# planner scanned every recovery step (50,000 with 10,000 applications).

# The day an application entered its stage: its latest timeline entry (services/pipeline_rows).
ENTERED = (
    "(SELECT s.changed_on FROM stage_change s WHERE s.application_id = a.id "
    "ORDER BY s.id DESC LIMIT 1)"
)


# Whether an interview is booked for the application (ahead or held): the company replied.
INTERVIEWED = "EXISTS (SELECT 1 FROM interview i WHERE i.application_id = a.id)"


# The day an application in Applied last had news (``domain/stages.quiet_since``): the later
# of the day it was sent and the day it last moved into Applied, as 'YYYY-MM-DD'.
QUIET_SINCE = f"max(coalesce(a.date_applied, ''), coalesce(substr({ENTERED}, 1, 10), ''))"


# An application with no word for a long time (``ghosted_candidates``, domain/stages.is_quiet):
# in Applied, its last news (sent, or moved back into Applied) before :before, not said
# "not yet" of on that day or later, no follow-up set (a follow-up the person set is
# theirs, ahead or late, until they act on it), and no interview booked (the company's
# reply). Rows sent before the day (or with no date) are chosen within ix_application_stage;
# only they look up their latest timeline entry, and their interviews (ix_interview_application).
GHOST_CANDIDATE = (
    "a.stage = 'applied' "
    "AND (a.date_applied < :before OR a.date_applied IS NULL) "
    "AND (a.ghost_dismissed_on IS NULL OR a.ghost_dismissed_on < :before) "
    "AND a.next_follow_up IS NULL "
    f"AND coalesce({ENTERED}, a.date_applied) < :before "
    f"AND NOT {INTERVIEWED}"
)


def not_quiet(quiet_before: date | None, today: date) -> tuple[str, tuple[str, ...]]:
    """The condition (" AND NOT …", ``?`` marks) that leaves out of a read of applications
    (named ``a``) those ``ghosted_candidates`` lists for ``quiet_before`` on ``today``, and
    its parameters; nothing without a day. An application asked about as "ghosted?" is one
    line on Today: not that and a follow-up, recent or from a while back."""
    if quiet_before is None:
        return "", ()
    days = {"before": quiet_before.isoformat(), "today": today.isoformat()}
    names = re.findall(r":(before|today)\b", GHOST_CANDIDATE)
    condition = re.sub(r":(before|today)\b", "?", GHOST_CANDIDATE)
    return f" AND NOT ({condition})", tuple(days[name] for name in names)


def open_follow_up(closed_stages: Sequence[str], table: str = "a") -> str:
    """An application's (named ``table``) follow-up day as SQL, NULL in ``closed_stages``.

    Closing an application clears its follow-up in the move's own transaction, but a store
    made before that still holds days on closed applications. Every read of a follow-up goes
    through this (or asks for the stages outside ``closed_stages``, as the due lists do), so
    such a day is never due, shown or exported. The stages are the caller's (the store
    knows no rules) and are fixed words, written here as SQL literals."""
    if any(not stage.isidentifier() for stage in closed_stages):
        raise ValueError(f"not a stage: {closed_stages!r}")
    if not closed_stages:
        return f"{table}.next_follow_up"
    stages = ", ".join(f"'{stage}'" for stage in closed_stages)
    return f"(CASE WHEN {table}.stage IN ({stages}) THEN NULL ELSE {table}.next_follow_up END)"


def step_rests(groups: Sequence[str], after_days: int) -> str:
    """The condition (" AND NOT (…)") that leaves out a recovery step (named ``s``, its no
    ``r``) in ``groups`` ``after_days`` days or more past the later of its suggested day and
    the day its no was recorded (the caller's rule: the first days' comfort steps rest then,
    domain/step_timing.step_rests); nothing without groups. The groups are fixed words,
    written here as SQL literals."""
    if not groups:
        return ""
    if any(not group.isidentifier() for group in groups):
        raise ValueError(f"not a group: {groups!r}")
    names = ", ".join(f"'{group}'" for group in groups)
    return (
        f" AND NOT (s.group_key IN ({names}) AND julianday(:today) - "
        "max(julianday(r.rejected_on) + max(s.offset_days, 0), julianday(date(r.created_at))) "
        f">= {int(after_days)})"
    )


def ask_rests(after_days: int | None) -> str:
    """The condition (" AND NOT (…)") that leaves out a feedback request not yet sent (a
    step named ``s``) more than ``after_days`` days past the later of its suggested day and
    the day its no was recorded (the caller's rule: it rests then, domain/step_timing.
    feedback_rests); nothing without a number."""
    if after_days is None:
        return ""
    return (
        " AND NOT (s.kind = 'feedback' AND s.asked_on IS NULL AND julianday(:today) - "
        "(SELECT max(julianday(x.rejected_on) + max(s.offset_days, 0), "
        "julianday(date(x.created_at))) FROM rejection x WHERE x.id = s.rejection_id) "
        f"> {int(after_days)})"
    )


def ask_suggested(days: tuple[int, int, int] | None) -> str:
    """The condition (" AND (…)") that keeps only a feedback request not yet sent (a step
    named ``s``) that is the next step today: ``days`` (flag after, nudge days, again after)
    is the caller's rule (domain/step_timing.is_feedback_suggested): its first flagged day
    is some days after the later of its suggested day and the day its no was recorded; it is
    suggested for some days from then, and once more some days later. Nothing without days."""
    if days is None:
        return ""
    flag_after, nudge, again = (int(day) for day in days)
    since = (
        "(julianday(:today) - (SELECT max(julianday(x.rejected_on) + max(s.offset_days, 0), "
        "coalesce(julianday(date(x.created_at)), 0)) FROM rejection x "
        f"WHERE x.id = s.rejection_id) - {flag_after})"
    )
    return (
        f" AND s.kind = 'feedback' AND s.asked_on IS NULL "
        f"AND ({since} BETWEEN 0 AND {nudge - 1} OR {since} = {again})"
    )


def ask_flagged(days: tuple[int, int] | None) -> str:
    """SQL 1 for a feedback request not yet sent (a step named ``s``) that is flagged on
    :today, else 0 ("0" without days). ``days`` (flag after, flag until) is the caller's rule
    (domain/step_timing.is_feedback_flagged): flagged from some days after the later of its
    suggested day and the day its no was recorded, until some days after the no."""
    if days is None:
        return "0"
    flag_after, flag_until = (int(day) for day in days)
    return (
        "(SELECT julianday(:today) >= max(julianday(x.rejected_on) + max(s.offset_days, 0), "
        f"coalesce(julianday(date(x.created_at)), 0)) + {flag_after} "
        f"AND julianday(:today) <= julianday(x.rejected_on) + {flag_until} "
        "FROM rejection x WHERE x.id = s.rejection_id)"
    )


def reply_waits(ask_key: str | None) -> str:
    """The condition (" AND NOT (…)") that leaves out a reply step (a step named ``s``)
    while its plan's feedback request (the step of template ``ask_key``) is neither ticked
    nor asked, skipped or not (the caller's rule: nothing was asked, so nothing can come
    back yet, domain/step_timing.waits_for_ask); nothing without a key. The key is a fixed
    word, written here as an SQL literal."""
    if ask_key is None:
        return ""
    if not ask_key.replace(".", "_").isidentifier():
        raise ValueError(f"not a step key: {ask_key!r}")
    return (
        " AND NOT (s.kind = 'reply' AND EXISTS (SELECT 1 FROM recovery_step k "
        f"WHERE k.rejection_id = s.rejection_id AND k.template_key = '{ask_key}' "
        "AND k.done_at IS NULL AND k.asked_on IS NULL))"
    )
