"""Interviews: kinds, times as people type them, time zones, and how one went.

An interview is stored as the UTC instant it starts plus the IANA zone it was typed in
(``Europe/Berlin``), and shown in the person's own zone (``clock.zone()``). Pure
functions; the zone database is the standard library's ``zoneinfo``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bounceback_tui.domain.answers import questions_from_note, questions_listed, too_long
from bounceback_tui.domain.choices import parse_choice
from bounceback_tui.domain.dates import day_time, record_day
from bounceback_tui.domain.interview_kinds import ASK_DAYS as ASK_DAYS
from bounceback_tui.domain.interview_kinds import CALLED_OFF_STAGES as CALLED_OFF_STAGES
from bounceback_tui.domain.interview_kinds import UPCOMING_DAYS as UPCOMING_DAYS
from bounceback_tui.domain.interview_kinds import InterviewKind as InterviewKind
from bounceback_tui.domain.line_fields import many_lines
from bounceback_tui.domain.links import MEETING_LINK_EXAMPLE, LinkError, parse_web_link
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, clean_text, quoted
from bounceback_tui.domain.zone_time import in_zone as in_zone
from bounceback_tui.domain.zone_time import own_time as own_time
from bounceback_tui.domain.zones import form_zone as form_zone  # where forms find it
from bounceback_tui.domain.zones import is_whole_name as is_whole_name
from bounceback_tui.domain.zones import parse_zone as parse_zone
from bounceback_tui.domain.zones import zone_suggestions as zone_suggestions
from bounceback_tui.domain.zones import zone_to_take as zone_to_take
from bounceback_tui.errors import FieldError, ValidationError

OUTCOME_NOTE_LIMIT = 500
DEFAULT_LENGTH = 60
LENGTH_LIMIT = 24 * 60
TIME_HINT = "14:30 or 2:30pm"


def parse_interview_kind(text: str) -> InterviewKind:
    return parse_choice(InterviewKind, text)


_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)


def parse_time(text: str) -> time:
    """'14:30', '9', '9:05', '2pm', '2:30 pm', '14h30' -> a time; ValueError otherwise."""
    raw = text.strip()
    match = _TIME.match(raw)
    if not match:
        raise ValueError(f"{quoted(raw)} is not a time; write it like {TIME_HINT}.")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower().replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(f"{quoted(raw)} is not a time: with am or pm the hour is 1 to 12.")
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"{quoted(raw)} is not a time of day; hours go to 23 and minutes to 59.")
    return time(hour, minute)


class NonexistentTimeError(ValueError):
    """A wall-clock time skipped when the clocks go forward."""


def to_utc(day: date, at: time, zone: str) -> datetime:
    """The UTC instant (naive, as stored) of a wall-clock time in ``zone``.

    A time the clocks skip (02:30 when they go forward at 02:00) does not exist there:
    NonexistentTimeError. A time that happens twice (when they go back) is the first
    (``twice_note`` says so)."""
    tz = ZoneInfo(zone)
    local = datetime.combine(day, at).replace(tzinfo=tz, fold=0)
    instant = local.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise NonexistentTimeError(
            f"{at:%H:%M} does not exist in {zone} on {day.isoformat()}: the clocks go "
            "forward then. Pick a time an hour later or earlier."
        )
    return instant.replace(tzinfo=None)


# The title of the warning a save with a ``twice_note`` gives.
TWICE_TITLE = "Time happens twice"


def twice_note(data: InterviewInput) -> str | None:
    """What to say of an interview whose time happens twice where it was typed (the clocks
    go back), saved as the first: "01:30 happens twice in America/New_York that night; saved
    as the first (EDT, UTC−4)." It was saved so without a word (a tester's walk); None for
    any other time."""
    first = in_zone(data.starts_at, data.zone)
    second = first.replace(fold=1)
    if first.fold or first.tzinfo is UTC or second.utcoffset() == first.utcoffset():
        return None
    name = first.tzname() or ""
    offset = _utc_offset(first)
    shown = offset if name[:1] in "+-" else f"{name}, {offset}"  # "-03" says no more
    return f"{first:%H:%M} happens twice in {data.zone} that night; saved as the first ({shown})."


def _utc_offset(moment: datetime) -> str:
    """'UTC−4', 'UTC+5:30', 'UTC' (with a minus sign, as it is printed)."""
    minutes = int((moment.utcoffset() or timedelta()).total_seconds() // 60)
    if not minutes:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'−' if minutes < 0 else '+'}{hours}" + (f":{rest:02d}" if rest else "")


def local_parts(starts_at_utc: datetime, zone: str) -> tuple[str, str]:
    """(date, time) as the form shows them, in the zone the interview was typed in."""
    moment = in_zone(starts_at_utc, zone)
    return moment.date().isoformat(), moment.strftime("%H:%M")


def when_text(
    starts_at_utc: datetime, typed_zone: str, viewer: ZoneInfo, today: date | None = None
) -> str:
    """'Tue 17 Mar 14:30' in the person's zone, with the interview's own time after it when
    its zone is another one: 'Tue 17 Mar 14:30 (15:30 Europe/Berlin)'; with its year as
    ``domain/dates.names_year`` says for ``today`` ('Sun 7 Nov 2027 05:30' read as this
    November's otherwise), none without ``today``. Its own time says its day when that is
    another: 'Sun 14 Mar 2027 02:30 (Sat 13 Mar 21:30 America/New_York)' (a tester's walk:
    "(21:30 America/New_York)" read as the Sunday)."""
    mine = in_zone(starts_at_utc, viewer)
    # Without today, the day is read against itself: no year.
    text = day_time(mine, mine.date() if today is None else today)
    theirs = own_time(starts_at_utc, typed_zone, viewer)
    return f"{text} ({theirs})" if theirs else text


def ends_at(starts_at_utc: datetime, length_minutes: int) -> datetime:
    """When it ends (naive UTC); the last instant there is for one stored at the very end."""
    try:
        return starts_at_utc + timedelta(minutes=length_minutes)
    except OverflowError:
        return datetime.max


def has_passed(starts_at_utc: datetime, length_minutes: int, now_utc: datetime) -> bool:
    return ends_at(starts_at_utc, length_minutes).replace(tzinfo=UTC) <= now_utc


# How People's details and `N`'s list mark one (ui/people/detail.called_off_mark).
CALLED_OFF = "called off"


def is_called_off(stage: str, starts_at_utc: datetime, length_minutes: int, now: datetime) -> bool:
    """Still ahead (``now``: aware) for an application at ``stage`` that said no or was
    withdrawn: Today leaves it out and the calendar sends it cancelled. One held is history."""
    return stage in CALLED_OFF_STAGES and not has_passed(starts_at_utc, length_minutes, now)


# --- Validation -------------------------------------------------------------------------


@dataclass(frozen=True)
class InterviewInput:
    """A checked interview: its start as a UTC instant and the zone it was typed in."""

    kind: InterviewKind
    starts_at: datetime  # naive UTC
    zone: str
    length_minutes: int = DEFAULT_LENGTH
    place: str = ""
    link: str = ""
    prep_notes: str = ""


INTERVIEW_FIELDS = ("kind", "day", "at", "zone", "length_minutes", "place", "link", "prep_notes")


def validate_interview(
    values: Mapping[str, str], today: date, *, kept_day: date | None = None
) -> InterviewInput:
    """Check form values; raise ValidationError listing every refusal. A date in the past
    is allowed (logging one that happened); ``kept_day``, the day an edited one holds, is
    taken again however long ago it was (``dates.parse_record_date``)."""
    errors: list[FieldError] = []
    kind = InterviewKind.PHONE_SCREEN
    try:
        kind = parse_interview_kind(values.get("kind") or "")
    except ValueError as exc:
        errors.append(FieldError("kind", str(exc)))
    day = record_day(values, "day", "Date", today, errors, required=True, kept=kept_day)
    at = None
    if not (values.get("at") or "").strip():  # it said "'' is not a time"
        errors.append(FieldError("at", f"Time is empty; enter one like {TIME_HINT}."))
    else:
        try:
            at = parse_time(values.get("at") or "")
        except ValueError as exc:
            errors.append(FieldError("at", str(exc)))
    zone = ""
    try:
        zone = parse_zone(values.get("zone") or "")
    except ValueError as exc:
        errors.append(FieldError("zone", str(exc)))
    length = DEFAULT_LENGTH
    raw_length = (values.get("length_minutes") or "").strip().lower().removesuffix("min").strip()
    if raw_length:
        if raw_length.isascii() and raw_length.isdecimal() and 5 <= int(raw_length) <= LENGTH_LIMIT:
            length = int(raw_length)
        else:
            errors.append(
                FieldError("length_minutes", f"Minutes: a whole number from 5 to {LENGTH_LIMIT:,}.")
            )
    place = clean_text(
        values.get("place"),
        "place",
        "The place",
        errors,
        multiline=many_lines("interview", "place"),
    )
    link = ""
    raw_link = clean_text(values.get("link"), "link", "The video link", errors, limit=3000)
    if raw_link:
        try:
            link = parse_web_link(raw_link, example=MEETING_LINK_EXAMPLE).text
        except LinkError as exc:
            errors.append(FieldError("link", str(exc)))
    prep = clean_text(
        values.get("prep_notes"),
        "prep_notes",
        "Prepare",  # the form's label: each refusal names its field as the form does
        errors,
        multiline=many_lines("interview", "prep_notes"),
        limit=LONG_TEXT_LIMIT,
    )
    starts_at = None
    if day is not None and at is not None and zone:
        try:
            starts_at = to_utc(day, at, zone)
        except NonexistentTimeError as exc:
            errors.append(FieldError("at", str(exc)))
    if errors or starts_at is None:
        raise ValidationError(errors)
    return InterviewInput(kind, starts_at, zone, length, place, link, prep)


@dataclass(frozen=True)
class OutcomeInput:
    note: str
    rating: int | None
    # The questions they asked (typed one a line, or asked in the note): for the answer bank.
    questions: tuple[str, ...] = ()


def validate_outcome(values: Mapping[str, str], *, close_key: str) -> OutcomeInput:
    """How it went: a line, a rating from 1 to 5 and the questions they asked (any of the
    three may be left out, not all). ``close_key``: the form's close key as bound, which
    the refusal of an empty form names (domain/ cannot ask the keymap)."""
    errors: list[FieldError] = []
    note = clean_text(
        values.get("note"),
        "note",
        "How it went",
        errors,
        limit=OUTCOME_NOTE_LIMIT,
        multiline=many_lines("interview", "outcome_note"),
    )
    listed = clean_text(
        values.get("questions"),
        "questions",
        "Questions they asked",
        errors,
        multiline=True,
        limit=LONG_TEXT_LIMIT,
    )
    questions: list[str] = []
    typed = questions_listed(listed)
    if (long_one := too_long(typed)) is not None:
        errors.append(FieldError("questions", long_one))
    for question in [*questions_from_note(note), *typed]:
        if question.casefold() not in {q.casefold() for q in questions}:
            questions.append(question)
    rating = None
    if raw := (values.get("rating") or "").strip():
        if raw.isascii() and raw.isdecimal() and 1 <= int(raw) <= 5:
            rating = int(raw)
        else:
            errors.append(FieldError("rating", "The rating is a whole number from 1 to 5."))
    if not errors and not note and rating is None and not questions:
        said = f"Write a line or give a rating (or press {close_key})."
        errors.append(FieldError("note", said))
    if errors:
        raise ValidationError(errors)
    return OutcomeInput(note, rating, tuple(questions))


def where_it_shows(data: InterviewInput, now: datetime) -> str:
    """A new interview's toast, saying where it shows (``now``: naive UTC). It said "It is
    on Today" of one a month ahead, and of one already held."""
    if ends_at(data.starts_at, data.length_minutes) <= now:
        recent = data.starts_at >= now - timedelta(days=ASK_DAYS)
        if recent and data.kind is not InterviewKind.TAKE_HOME:
            return "Interview saved. Today asks how it went (h)."
        return "Interview saved."
    if data.starts_at <= now + timedelta(days=UPCOMING_DAYS):
        return "Interview saved. It is on Today and in the calendar export."
    return "Interview saved. It is in the calendar export, and on Today in the week before it."
