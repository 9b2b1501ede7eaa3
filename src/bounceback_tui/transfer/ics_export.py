"""Your calendar as an iCalendar file (RFC 5545), written by the ``icalendar`` package.

- Interviews are timed events in the zone they were typed in (with that zone's
  VTIMEZONE), except take-homes, which are all-day events on their due day in the
  person's own zone (a deadline of Thursday 08:00 in Sydney is on Wednesday in Berlin),
  its time both ways in the description.
- Follow-ups (applications and people), recovery steps that come due and skill target
  dates are all-day events.
- Stored text (names, notes, places) goes in with its control characters and bidi
  overrides as U+FFFD (domain/text.display_text): RFC 5545 allows no control character in a
  TEXT value, and the file is printed by ``-o -`` and shown by calendars. A line break, a
  lone carriage return among them (an old Mac file's, kept by the CSV import), is the
  app's one rule (``domain/text.line_breaks``): a line break in a DESCRIPTION (written
  escaped, "\\n"), a space in the one-line SUMMARY and LOCATION (``screen_line``).
- Each event's UID is its item's ``uid``: a random UUID stored when the item was
  created, never derived from a row id, so importing a newer file updates the events
  instead of adding them twice. SEQUENCE starts at the item's version and goes one up
  whenever a file says something else of the event, never down; an event an earlier file
  held in these days that has gone goes out cancelled (domain/calendar_memory.py).

Reads one snapshot with the standard library's sqlite3 (no ORM), like the other exports.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bounceback_tui import __version__, clock
from bounceback_tui.domain.calendar_memory import (
    SETTING_KEY,
    Shown,
    modified_for,
    moment,
    next_memory,
    read_memory,
    sequence_for,
    taken_back,
)
from bounceback_tui.domain.due import NO_FOLLOW_UP_STAGES
from bounceback_tui.domain.feedback import ask_answered
from bounceback_tui.domain.interviews import CALLED_OFF_STAGES, InterviewKind, own_time
from bounceback_tui.domain.people import FEEDBACK_ASK_STEP
from bounceback_tui.domain.text import display_text, line_breaks, screen_line, with_stop
from bounceback_tui.store.due_conditions import open_follow_up, reply_waits
from bounceback_tui.store.sqlite_file import connect, inspect_store
from bounceback_tui.stored_dates import stored_day, stored_instant, stored_moment
from bounceback_tui.transfer.files import TransferError

if TYPE_CHECKING:
    from icalendar import Calendar

UID_DOMAIN = "bounceback-tui"
DEFAULT_DAYS = 90
MAX_DAYS = 3650


@dataclass
class CalendarSummary:
    interviews: int = 0
    all_day: int = 0
    # Events an earlier file held in these days that are gone now, sent cancelled.
    taken_back: int = 0
    # What to remember for the next file (services/calendar_export.py keeps it).
    memory: list[Shown] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.interviews + self.all_day


def _uid(value: str) -> str:
    return f"{value}@{UID_DOMAIN}"


def _stamp(value: str | None) -> datetime:
    """A stored naive local time as UTC (for LAST-MODIFIED); now when there is none, or
    another program wrote over it (a calendar still takes the event)."""
    moment = stored_moment(value) or clock.now()
    return moment.replace(tzinfo=clock.zone()).astimezone(UTC)


def build_calendar(
    conn: sqlite3.Connection,
    today: date,
    days: int,
    remembered: Mapping[str, Shown] | None = None,
) -> tuple[Calendar, CalendarSummary]:
    """The calendar for ``today`` .. ``today + days`` (inclusive) and what it holds; with
    what the last file held (``remembered``), the events it held in these days that are
    gone now, cancelled (domain/calendar_memory.py)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//bounceback-tui//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Job search (bounceback-tui)")
    summary = CalendarSummary()
    stamp = clock.now_utc()
    last_day = today + timedelta(days=days)
    zone = clock.zone()
    start_utc = datetime.combine(today, datetime.min.time()).replace(tzinfo=zone).astimezone(UTC)
    end_utc = (
        datetime.combine(last_day + timedelta(days=1), datetime.min.time())
        .replace(tzinfo=zone)
        .astimezone(UTC)
    )

    written: list[Shown] = []
    floors: dict[str, int] = {}  # each event's SEQUENCE by its item's version
    changed: dict[str, datetime] = {}  # each item's last change, UTC
    remembered = remembered or {}

    def event(uid: str, version: int, title: str, updated: str | None = None) -> Event:
        item = Event()
        item.add("uid", _uid(uid))
        item.add("summary", screen_line(title))
        changed[uid] = _stamp(updated)
        item.add("last-modified", changed[uid])
        floors[uid] = max(0, int(version) - 1)
        return item

    def held(item: Event, start: date | datetime, end: date | datetime) -> None:
        """Numbered by what the last file said of it (domain/calendar_memory.py): its
        digest leaves LAST-MODIFIED out, which moves with the SEQUENCE, never alone."""
        uid = str(item["uid"]).removesuffix(f"@{UID_DOMAIN}")
        before = remembered.get(uid)
        whole = item.to_ical()
        digest = _digest(b"\r\n".join(_said_lines(whole)))
        # An older version's memory has no LAST-MODIFIED and a digest of the whole event.
        compared = _digest(whole) if before is not None and not before.modified else digest
        number = sequence_for(before, compared, floors.get(uid, 0))
        modified = modified_for(before, number, changed[uid], stamp)
        if modified != changed[uid]:
            item["last-modified"] = _utc_property("last-modified", modified)
        item.add("dtstamp", stamp)
        item.add("sequence", number)
        calendar.add_component(item)
        written.append(
            Shown(uid, str(item["summary"]), _iso(start), _iso(end), number, digest, _iso(modified))
        )

    def all_day(item: Event, day: date, description: str = "") -> None:
        item.add("dtstart", day)
        item.add("dtend", day + timedelta(days=1))
        item.add("transp", "TRANSPARENT")
        if description:
            item.add("description", _lines(description))
        held(item, day, day + timedelta(days=1))
        summary.all_day += 1

    # Interviews: timed, in their own zone.
    for (
        uid, version, updated, kind, starts, zone_name, length, place, link, prep, company,
        role, people, stage,
    ) in conn.execute(
        "SELECT v.uid, v.version, v.updated_at, v.kind, v.starts_at, v.zone, v.length_minutes, "
        "v.place, v.link, v.prep_notes, a.company, a.role, "
        "(SELECT group_concat(c.name, ', ') FROM interview_contact ic "
        " JOIN contact c ON c.id = ic.contact_id WHERE ic.interview_id = v.id), a.stage "
        "FROM interview v JOIN application a ON a.id = v.application_id "
        "WHERE datetime(v.starts_at) >= ? AND datetime(v.starts_at) < ? ORDER BY v.starts_at",
        (_text(start_utc), _text(end_utc)),
    ):  # fmt: skip
        # A UTC instant; one another program wrote with an offset is that instant (read as
        # local time, it was then labelled UTC: the event hours off in a calendar).
        if (stored := stored_instant(starts)) is None:
            continue  # a time another program wrote over: no event, never a crash
        try:
            tz = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            tz = ZoneInfo("UTC")
        begins = stored.replace(tzinfo=UTC).astimezone(tz)
        try:
            label = InterviewKind(kind).label
        except ValueError:
            label = "Interview"
        # Names inside a sentence are one line (``screen_line``); the notes keep their lines.
        details = [with_stop(f"{label} for {screen_line(role)} at {screen_line(company)}")]
        if people:
            details.append(with_stop(f"With {screen_line(people)}"))
        if prep:
            details += ["", "Prepare:", prep]
        called_off = stage in CALLED_OFF_STAGES
        # Called off: the same UID, one SEQUENCE higher, STATUS:CANCELLED, so a calendar that
        # imported it marks it cancelled.
        named = f"{company} ({role})" if role else company  # two at one company told apart
        item = event(uid, version + called_off, f"{label}: {named}", updated)
        if called_off:
            item.add("status", "CANCELLED")
            details.insert(0, "Called off: the application is closed.")
        if kind == InterviewKind.TAKE_HOME.value:
            # On the person's own day: Sydney's Thursday 08:00 is Wednesday evening in
            # Berlin, and on Thursday the calendar showed a deadline already passed.
            mine = begins.astimezone(zone)
            theirs = own_time(begins.astimezone(UTC).replace(tzinfo=None), tz.key, zone)
            due = f"{mine:%H:%M} {zone.key} ({theirs})" if theirs else f"{begins:%H:%M} ({tz.key})"
            details.insert(1, f"Due {due}.")
            all_day(item, mine.date(), "\n".join(details))
            continue
        # The end is the start's instant plus its length: in wall time, 01:30 EDT plus an
        # hour was 02:30 EST (two hours), and 00:30 before the clocks went forward, 01:30.
        ends = (begins.astimezone(UTC) + timedelta(minutes=int(length or 60))).astimezone(tz)
        item.add("dtstart", _unambiguous(begins))
        item.add("dtend", _unambiguous(ends))
        if place or link:
            item.add("location", screen_line(" ".join(part for part in (place, link) if part)))
        if link:
            item.add("url", display_text(link))
        item.add("description", _lines("\n".join(details)))
        held(item, begins, ends)
        summary.interviews += 1

    window = (today.isoformat(), last_day.isoformat())
    for uid, version, updated, day, company, role in conn.execute(
        "SELECT uid, version, updated_at, next_follow_up, company, role FROM application "
        "WHERE next_follow_up BETWEEN ? AND ? "
        f"AND {open_follow_up(NO_FOLLOW_UP_STAGES, 'application')} IS NOT NULL",
        window,
    ):
        if (on := stored_day(day)) is not None:  # None: written over by another program
            all_day(event(uid, version, f"Follow up: {company} ({role})", updated), on)
    for uid, version, updated, day, name, company in conn.execute(
        "SELECT uid, version, updated_at, next_follow_up, name, company FROM contact "
        "WHERE next_follow_up BETWEEN ? AND ?",
        window,
    ):
        at = f" ({company})" if company else ""
        if (on := stored_day(day)) is not None:
            all_day(event(uid, version, f"Follow up with {name}{at}", updated), on)
    for uid, version, updated, day, title, company, kind, asked_on, reason in conn.execute(
        "SELECT s.uid, s.version, s.updated_at, date(r.rejected_on, '+' || s.offset_days || "
        "' days') AS due, s.title, r.company, s.kind, s.asked_on, r.reason "
        "FROM recovery_step s JOIN rejection r ON r.id = s.rejection_id "
        "WHERE s.done_at IS NULL AND s.skipped_at IS NULL AND due BETWEEN ? AND ?"
        # "Note what came back" has no day while nothing was asked (step_timing.waits_for_ask).
        + reply_waits(FEEDBACK_ASK_STEP),
        window,
    ):
        if ask_answered(kind, reason or "", asked_on=asked_on):
            continue  # the no's reason answered it: nothing to ask on that day
        if (on := stored_day(day)) is not None:
            all_day(event(uid, version, f"Recovery: {title} ({company})", updated), on)
    for uid, version, created, day, title in conn.execute(
        "SELECT uid, version, created_at, target_date, title FROM skill "
        "WHERE status != 'done' AND target_date BETWEEN ? AND ?",
        window,
    ):
        if (on := stored_day(day)) is not None:
            all_day(event(uid, version, f"Skill target: {title}", created), on)
    gone_now = taken_back(remembered, (item.uid for item in written), today, last_day, zone)
    for gone in gone_now:
        item = Event()
        item.add("uid", _uid(gone.uid))
        item.add("dtstamp", stamp)
        item.add("sequence", gone.sequence)
        item.add("summary", display_text(gone.summary))
        item.add("status", "CANCELLED")
        item.add("dtstart", moment(gone.start))
        item.add("dtend", moment(gone.end))
        item.add("description", "Taken off: it is no longer in bounceback-tui.")
        calendar.add_component(item)
        summary.taken_back += 1
    summary.memory = next_memory(remembered, [*written, *gone_now], today, zone)
    if summary.interviews:
        calendar.add_missing_timezones()
        _zones_in_order(calendar)
    return calendar, summary


def _unambiguous(moment: datetime) -> datetime:
    """``moment`` in its zone, or in UTC where its wall time happens twice (the hour the
    clocks go back): a TZID time cannot say which of the two it is."""
    other = moment.replace(fold=1 - moment.fold)
    return moment.astimezone(UTC) if other.utcoffset() != moment.utcoffset() else moment


def _digest(ical: bytes) -> str:
    return hashlib.sha256(ical).hexdigest()[:16]


def _said_lines(ical: bytes) -> list[bytes]:
    """An event's lines but its LAST-MODIFIED (one short line, never folded)."""
    return [line for line in ical.split(b"\r\n") if not line.startswith(b"LAST-MODIFIED")]


def _utc_property(name: str, value: datetime) -> object:
    """``value`` as icalendar's ``add`` would encode it for ``name``: set in the property's
    place, where ``add`` would give the event a second one."""
    from icalendar import Event

    scratch = Event()
    scratch.add(name, value)
    return scratch[name]


def _lines(text: str) -> str:
    """A DESCRIPTION's text: its line breaks as line breaks (a lone carriage return too),
    neutralised (``display_text``)."""
    return display_text(line_breaks(text))


def _zones_in_order(calendar: Calendar) -> None:
    """The VTIMEZONE blocks in TZID order, where icalendar adds them in the order of a set,
    which changes from one run to the next: two writes of unchanged data differed in
    hundreds of lines (a stranger's walk). DTSTAMP, the moment the file is written, still
    differs: an event's text holds more than its own record (a company's name, a stage), so
    the record's last change cannot stand for the event's."""
    zones = sorted(calendar.walk("VTIMEZONE"), key=lambda zone: str(zone["TZID"]))
    others = [part for part in calendar.subcomponents if part.name != "VTIMEZONE"]
    calendar.subcomponents[:] = [*zones, *others]


def _iso(moment: date | datetime) -> str:
    """A day as 2026-03-16; a moment as UTC, 2026-03-16T09:30:00+00:00."""
    return (
        moment.astimezone(UTC).isoformat() if isinstance(moment, datetime) else moment.isoformat()
    )


def _text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def export_calendar(db_path: Path, out: TextIO, days: int = DEFAULT_DAYS) -> CalendarSummary:
    """Write the calendar of the next ``days`` days to ``out`` (text, CRLF line ends)."""
    if not 0 <= days <= MAX_DAYS:
        raise TransferError(f"--days is 0 to {MAX_DAYS:,}.")
    inspect_store(db_path)
    conn = connect(db_path, read_only=True)
    try:
        conn.execute("BEGIN")
        calendar, summary = build_calendar(conn, clock.today(), days, _remembered(conn))
    except sqlite3.Error as exc:
        from bounceback_tui.store.failure_words import describe_operational_error

        raise TransferError(describe_operational_error(exc, db_path)) from exc
    finally:
        conn.close()
    out.write(calendar.to_ical().decode("utf-8"))
    return summary


def _remembered(conn: sqlite3.Connection) -> dict[str, Shown]:
    """What the last file held (the setting ``calendar_events``), in the export's snapshot."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTING_KEY,)).fetchone()
    try:
        return read_memory(json.loads(row[0])) if row else {}
    except (TypeError, ValueError):
        return {}
