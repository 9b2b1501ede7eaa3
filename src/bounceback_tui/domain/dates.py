"""Dates as people type them: ISO dates and a few friendly shorthands.

A weekday's name ("fri", "friday", "next mon", "this fri") is the next such day after today,
never today itself: "fri" typed on a Friday is a week later, and "next fri" the same day as
"fri". No date field took one (the twenty-third round's list); which way it points was a
decision, and "after today" is the way a follow-up, an interview or a target is written. A
field that takes no later day (a date applied, the day of a no: ``past``) reads it the other
way, the latest such day, today included: "wed" typed on a Wednesday in Date applied is today
(it had been read as next Wednesday and refused as "in the future", a stranger's walk, and then
as the Wednesday a week ago, another's: a person who sent it today and types today's weekday
means today). "next fri" says which way it points, and is the next one there too (and so
refused).
"last fri" says it too, the other way: the last Friday before today in every field (it was
refused everywhere, a stranger's walk); a field that takes only later days refuses it, saying
which day it was read as (a skill's target date)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta

import bounceback_tui.domain.day_shapes as shapes
from bounceback_tui.domain.after_colon import after_colon
from bounceback_tui.domain.day_shapes import TwoReadings, UnrealDay, written_day
from bounceback_tui.domain.text import quoted
from bounceback_tui.domain.wording import span
from bounceback_tui.errors import FieldError

ACCEPTED_FORMS = (
    "YYYY-MM-DD, today, yesterday, tomorrow, an offset like -3d or +1w, "
    "or a weekday: fri (the next one after today) or last fri"
)
# For a field that takes no later day (``parse_date``'s ``past``).
PAST_FORMS = (
    "YYYY-MM-DD, today, yesterday, an offset like -3d or -1w, "
    "or a weekday: fri (the latest one, today included) or last fri (the last one before today)"
)
# For a field that takes only today or later (a skill's target date): its refusal listed
# yesterday, -3d and last fri, each refused there (a tester far from UTC).
LATER_FORMS = (
    "YYYY-MM-DD, today, tomorrow, an offset like +3d or +1w, "
    "or a weekday: fri (the next one after today)"
)
# Short enough for a placeholder in an 80-column form; "fri" is the next Friday after today
# (a refusal says so: ACCEPTED_FORMS).
DATE_HINT = "YYYY-MM-DD, today, -3d, +1w, fri"
# For a field that takes only today or later (a skill's target date).
LATER_DATE_HINT = "YYYY-MM-DD, today, tomorrow, +1w, fri"
# For a field that takes no later day (``parse_date``'s ``past``): the date applied, the day
# of a no, when feedback was asked, when something happened with a person. DATE_HINT there
# offered "+1w", which the field then refused.
PAST_DATE_HINT = "YYYY-MM-DD, today, -3d, last fri"

# An application's days that cannot be later than today, and its no's, by their fields' names:
# each reads a weekday backwards (``parse_date``'s ``past``), in the Pipeline's forms
# (``applications.validate_application``, ``validate_rejection``) and in a CSV import alike:
# the import read "fri" in Rejected on as next Friday, where the form reads the last (a
# helper's walk). The other past-only fields (Recovery's own record of a no, when feedback
# was asked, when something happened with a contact) pass ``future=False`` themselves.
NO_LATER_DAY = frozenset({"date_applied", "posted_on", "rejected_on"})

# Compiled by ``re``'s own cache when a date is first typed, not at import (before the
# first paint, which parses none).
_OFFSET = r"^([+-])\s*(\d{1,4})\s*([dw])$"
_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}
# Each weekday's names, Monday first (date.weekday()'s order).
_WEEKDAYS = (
    ("mon", "monday"),
    ("tue", "tues", "tuesday"),
    ("wed", "weds", "wednesday"),
    ("thu", "thur", "thurs", "thursday"),
    ("fri", "friday"),
    ("sat", "saturday"),
    ("sun", "sunday"),
)
_WEEKDAY_OF = {name: number for number, names in enumerate(_WEEKDAYS) for name in names}


class DateParseError(ValueError):
    """The text is not a date in any accepted form."""


def parse_date(text: str, today: date, *, past: bool = False, later: bool = False) -> date:
    """Turn what a person typed into a date, relative to ``today`` where needed.

    Accepts ISO ``YYYY-MM-DD``, a day written out as the CSV import reads it (2027-3-1,
    25/02/2027, 12.3.2027, 1 March 2027: ``day_shapes.written_day``; 03/12/2027, a real day
    both ways round, is refused naming both), the words today / yesterday / tomorrow, offsets
    in days or weeks (``-3d``, ``+1w``), and a weekday's name, short or whole, alone or after
    "next", "this" or "last", with or without a full stop ("fri", "friday.", "next fri"):
    the next such day after ``today``, never ``today`` itself; with ``past`` (a field that
    takes no later day) the latest such day, ``today`` included ("wed" on a Wednesday is
    today), but for "next fri", which says it is ahead. "last fri" is the last such day
    before ``today`` either way. Raises DateParseError with a message that names the accepted
    forms: with ``later`` (a field that takes only today or later) those that can work there.
    """
    forms = PAST_FORMS if past else LATER_FORMS if later else ACCEPTED_FORMS
    cleaned = text.strip().lower().removesuffix(".").rstrip()
    if not cleaned:
        raise DateParseError(f"Enter a date: {forms}.")
    if cleaned in _WORDS:
        return today + timedelta(days=_WORDS[cleaned])
    if (weekday := _weekday(cleaned)) is not None:
        said = cleaned.split()[0]  # "next", "last", "this" or the weekday itself
        if said == "last":
            # The last such day before today: 1 to 7 days back ("last fri" on a Friday: a week
            # ago).
            return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)
        if past and said != "next":
            # The latest such day: 0 to 6 days back ("fri" on a Friday: today).
            return today - timedelta(days=(today.weekday() - weekday) % 7)
        # The next such day after today: 1 to 7 days on ("fri" on a Friday: a week later).
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    match = re.match(_OFFSET, cleaned)
    if match:
        sign, amount, unit = match.groups()
        days = int(amount) * (7 if unit == "w" else 1)
        return today + timedelta(days=days if sign == "+" else -days)
    # A date field keeps a day only and says so of anything after it, a time ("2026-12-08
    # 14:30", "2026-12-01 2pm", "last fri 14:00") or not ("2026-12-01 garbage"), rather than
    # keep the day unsaid. The import keeps the day (``day_shapes.written_day``).
    typed = text.strip().removesuffix(".")
    could_not = f"Could not read {quoted(text)} as a date; use {forms}."
    day_text, time = shapes.day_and_time(typed)  # as typed: "2:30 PM"
    if time is None:  # "2026-12-01 garbage"
        raise DateParseError(could_not)
    try:  # 2027-3-1, 25/02/2027, 12.3.2027, 1 March 2027: as the CSV import reads them
        day = written_day(day_text, today)
    except UnrealDay:
        raise DateParseError(f"{quoted(text)} is not a real calendar date.") from None
    except TwoReadings as two:
        raise DateParseError(_two_readings(text, two)) from None
    if day is None and not time:  # "tomorrow 2pm", "Dec 3, 2026 9am"
        day_text, time = shapes.loose_time_tail(typed)
    if day is None and time:  # a day word before the time: "last fri 14:00"
        try:
            day = parse_date(day_text, today, past=past, later=later)
        except DateParseError:
            day = None
    if day is not None and time:
        raise DateParseError(
            f"{quoted(text)} has a time ({time}); this field keeps a day only, so write "
            f"{day.isoformat()}."
        )
    if day is not None:
        return day
    raise DateParseError(could_not)


def _two_readings(text: str, two: TwoReadings) -> str:
    """The refusal of a slashed day that reads both ways round, naming both days and how to
    write each so it reads one way."""
    first, other = two.day_first, two.month_first
    return (
        f"{quoted(text.strip())} could be {first:%a} {first.day} {first:%b %Y} (day first) or "
        f"{other:%a} {other.day} {other:%b %Y} (month first); write {first.isoformat()} or "
        f"{other.isoformat()}."
    )


def _weekday(cleaned: str) -> int | None:
    """The weekday ``cleaned`` names ("fri", "friday", "next fri", "last fri": 4), or None."""
    words = cleaned.split()
    if len(words) == 2 and words[0] in {"next", "this", "last"}:
        words = words[1:]
    return _WEEKDAY_OF.get(words[0]) if len(words) == 1 else None


def parse_date_or_ago(text: str, today: date) -> date:
    """``parse_date``, and a bare length of time ("30d", "2w") for that long ago: how the
    CLI's ``--from`` and ``--to`` and the Pipeline filter's ``since:`` and ``until:`` read
    it ("since:30d" was refused while ``--from 30d`` was taken: a new user's walk). A signed
    offset means what it says ("+1w" is ahead). A refusal quotes the text as typed, not the
    "-30d" it was read as."""
    typed = text.strip()
    ago = re.fullmatch(r"\d+\s*[dwDW]", typed) is not None
    try:
        return parse_date(f"-{typed}" if ago else typed, today)
    except DateParseError as exc:
        if not ago:
            raise
        raise DateParseError(str(exc).replace(repr(f"-{typed}"), repr(typed))) from None


def parse_optional_date(text: str, today: date) -> date | None:
    """Like parse_date, but an empty field means "no date"."""
    return None if not text.strip() else parse_date(text, today)


# How far from today a record's day may be (an application, an interview, a follow-up, a
# no): room for a search years long, and none for a year such as 0001 ("739,954 days ago")
# or 9999 (an interview's instant beyond what the time zones reach).
RECORD_YEARS = 10


def years_from(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year + years)
    except ValueError:  # 29 February, in a year without one
        return today.replace(year=today.year + years, day=28)


# The first day a kept record's day may be: before it, a day is a clock's zero (1 January
# 1970, read west of UTC as 31 December 1969) or a slip, never a day of a job search.
EARLIEST_KEPT_DAY = date(1970, 1, 1)


def parse_record_date(
    text: str, today: date, *, future: bool = True, kept: date | None = None, later: bool = False
) -> date:
    """Like parse_date, for a day a record keeps: within RECORD_YEARS of ``today``.
    ``future`` False: a later day is left to the caller, which refuses it in its own words
    ("The date applied cannot be in the future."). ``kept``: the day the record already
    holds, taken again however long ago it was (from EARLIEST_KEPT_DAY): an interview of 2017
    edited in 2028, or imported from an older store. Ten years is a rule for typing.
    ``later``: the field takes only today or later (``parse_date``'s)."""
    day = parse_date(text, today, past=not future, later=later)
    if kept is not None and day == kept and day <= today:
        if day < EARLIEST_KEPT_DAY:
            raise DateParseError(f"pick a day from {EARLIEST_KEPT_DAY.year} on.")
        return day
    if day < years_from(today, -RECORD_YEARS) or (future and day > years_from(today, RECORD_YEARS)):
        raise DateParseError("pick a day within ten years of today.")
    return day


def parse_optional_record_date(text: str, today: date, *, future: bool = True) -> date | None:
    """Like parse_record_date, but an empty field means "no date"."""
    return None if not text.strip() else parse_record_date(text, today, future=future)


def record_day(
    values: Mapping[str, str],
    name: str,
    label: str,
    today: date,
    errors: list[FieldError],
    *,
    required: bool = False,
    future: bool = True,
    kept: date | None = None,
    later: bool = False,
) -> date | None:
    """The day a form's field ``name`` holds, by ``parse_record_date`` (``kept``: the day the
    record holds already; ``later``: the field takes only today or later, and the caller
    refuses an earlier day): None when it is empty and not ``required``, or refused (the
    refusal goes into ``errors`` as "label: why")."""
    text = values.get(name) or ""
    if not text.strip():
        if required:  # one sentence in the field's own words, not "label: Enter a date: …"
            hint = LATER_DATE_HINT if later else DATE_HINT if future else PAST_DATE_HINT
            errors.append(FieldError(name, f"{label} is empty; enter a day, like {hint}."))
        return None
    try:
        return parse_record_date(text, today, future=future, kept=kept, later=later)
    except DateParseError as exc:
        errors.append(FieldError(name, f"{label}: {after_colon(exc)}"))
        return None


def say_how_read(
    errors: list[FieldError], values: Mapping[str, str], today: date, days: Mapping[str, bool]
) -> list[FieldError]:
    """``errors``, each refusal of a day typed as a word or an offset saying which day it was
    read as ("fri was read as Fri 11 Dec 2026. The date applied cannot be in the future."):
    "fri" alone does not show which Friday it meant. ``days``: each date field's name, and
    whether it takes no later day (``parse_date``'s ``past``)."""
    told: list[FieldError] = []
    for field, message in errors:
        typed = values.get(field) or ""
        if field in days:
            try:
                day = parse_date(typed, today, past=days[field])
            except DateParseError:
                pass
            else:
                if read := read_as(typed, day):
                    # Two sentences: joined by a comma, "…Mon 7 Dec 2026, that date is in the
                    # future; use the day the no came." was a comma splice (a newcomer's walk).
                    message = f"{read}. {message}"
        told.append(FieldError(field, message))
    return told


def read_as(typed: str, day: date) -> str:
    """ "last fri was read as Fri 4 Dec 2026": which day ``typed`` was read as, for a
    refusal of a day typed as a word or an offset; "" for one typed as a date, which says
    its day itself."""
    typed = typed.strip()
    if not typed or re.fullmatch(r"\d{4}-\d{2}-\d{2}", typed):
        return ""
    return f"{typed} was read as {day:%a} {day.day} {day:%b %Y}"


def describe_relative(day: date, today: date) -> str:
    """ "today", "in 3 days", "2 days ago", "over a year ago" (``wording.span``): for due
    lists."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if delta > 0:  # "in 5 months", "in more than a year"
        return f"in {span(delta)}".replace("in over ", "in more than ")
    return f"{span(delta)} ago"


# English month names, like the rest of the app's words (``%b`` and ``%B`` follow the
# machine's locale); the short name is the first three letters ("Sep").
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def names_year(day: date, today: date) -> bool:
    """Whether ``day`` is written with its year: when it is in another year than ``today``.
    Without it "31 Oct" of last year read as a few weeks ago (a tester who moved a store's
    dates back 400 days). The one rule for every day the app shows by day and month. A day
    later this year needs none, however far ahead: "due 29 Dec" read in March is this
    December's (tests/test_cuts_you_can_see.py); a day in the next year has its year."""
    return day.year != today.year


def day_month(day: date, today: date, *, long: bool = False) -> str:
    """ "3 Mar" ("3 March" with ``long``), and its year when ``names_year``: "31 Oct 2025"."""
    month = _MONTHS[day.month - 1]
    text = f"{day.day} {month if long else month[:3]}"
    return f"{text} {day.year}" if names_year(day, today) else text


def weekday_day(day: date, today: date) -> str:
    """ "Fri 8 Jan": a day a person acts on, by its weekday and ``day_month`` (its year
    when ``names_year``: "Fri 8 Jan 2027"); the weekday in English, as the months."""
    return f"{_WEEKDAYS[day.weekday()][0].title()} {day_month(day, today)}"


def day_time(moment: datetime, today: date) -> str:
    """ "Tue 17 Mar 14:30", with the year when ``names_year``: "Fri 1 Jan 2027 10:00"."""
    return f"{weekday_day(moment.date(), today)} {moment:%H:%M}"


def near_day_time(moment: datetime, today: date) -> str:
    """ "today 14:00", "tomorrow 15:00", else ``day_time``: an interview on Today. On its day
    "Fri 8 Jan 14:00" read as another Friday, and a Sunday evening's "Mon 18 Jan 15:00" made a
    person count the days (a tester's month)."""
    if moment.date() == today:
        return f"today {moment:%H:%M}"
    if moment.date() == today + timedelta(days=1):
        return f"tomorrow {moment:%H:%M}"
    return day_time(moment, today)


def posting_days(
    posted: date | None, apply_by: date | None, today: date
) -> tuple[date | None, date | None, tuple[str, ...]]:
    """A fetched posting's own days, each kept only when it can be right, and what was left
    out ("posted 9999-12-31", "apply by 0001-01-01"). The one rule for `fetch-posting`'s card,
    its ``--add``, the app's import and the notes they write: a day posted is not after
    ``today`` nor more than RECORD_YEARS before it (the application form's Posted on refuses
    both), and a day to apply by is within RECORD_YEARS of ``today`` and not before the day
    posted. The card showed "Posted 9999-12-31 / Apply by 0001-01-01" while ``--add`` kept
    neither and said nothing (an attacker's walk)."""
    left_out: list[str] = []
    if posted is not None and not years_from(today, -RECORD_YEARS) <= posted <= today:
        left_out.append(f"posted {posted.isoformat()}")
        posted = None
    if apply_by is not None and (
        not years_from(today, -RECORD_YEARS) <= apply_by <= years_from(today, RECORD_YEARS)
        or (posted is not None and apply_by < posted)
    ):
        left_out.append(f"apply by {apply_by.isoformat()}")
        apply_by = None
    return posted, apply_by, tuple(left_out)


def posting_days_left_out(left_out: tuple[str, ...]) -> str:
    """The sentence saying ``posting_days`` left days out, or "" when it left none."""
    if not left_out:
        return ""
    if len(left_out) == 1:
        return f"The posting gave a day that cannot be right, so it was left out: {left_out[0]}."
    days = ", ".join(left_out)
    return f"The posting gave days that cannot be right, so they were left out: {days}."
