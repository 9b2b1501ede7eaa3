"""What the last calendar file held, so the next one can take back what has gone.

A calendar that imported an event keeps it until a newer file says otherwise: an interview
deleted (or a follow-up cleared, a recovery step done, an application closed) simply
vanished from the next file, and stayed in the person's calendar for good (a stranger's
walk, seventeenth round). The export remembers the events it wrote that lie ahead; an event
it remembers whose day falls in the new file's days but which is no longer there goes out
once more, cancelled (RFC 5545: the same UID, a higher SEQUENCE, STATUS:CANCELLED). An event
whose day has passed is forgotten; one beyond the new file's last day is kept for later.

It remembers each event's SEQUENCE and a digest of what the file said of it: an event
said differently goes out one higher, never lower (an undone rejection used to give its
interview back the lower number it had before, and a calendar kept it cancelled). An event
never written before starts where the item's version puts it (0 for a new one: RFC 5545).
An event said the same keeps its number, whatever happened to its item meanwhile ("How did
it go?" saved moved an interview's SEQUENCE up, a tester's export, while nothing in the
event had changed). It remembers the LAST-MODIFIED it wrote too, which moves whenever the
SEQUENCE rises and only then (``modified_for``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo

SETTING_KEY = "calendar_events"
CANCELLED = "cancelled"  # the digest of an event sent cancelled because it went


@dataclass(frozen=True)
class Shown:
    """An event as a file held it: enough to take it back, and to number the next one."""

    uid: str
    summary: str
    start: str  # a day (all-day events) or a UTC moment, ISO
    end: str
    sequence: int = 0
    digest: str = ""
    modified: str = ""  # the LAST-MODIFIED written, a UTC moment ("": an older version's)

    def day_in(self, zone: tzinfo) -> date:
        """The day it falls on where the person is (a timed event's UTC day may be the one
        before or after: an evening in Honolulu is the next day in UTC)."""
        start = moment(self.start)
        return start.astimezone(zone).date() if isinstance(start, datetime) else start


# RFC 5545's SEQUENCE is a 32-bit number (the icalendar package refuses more).
MAX_SEQUENCE = 2**31 - 1


def moment(text: str) -> date | datetime:
    """A remembered start or end: a day (2026-03-16) or a UTC moment; ValueError if neither,
    or if it lies at the edge of time (a zone moves 9999-12-31 past the last day Python
    has: a hand-made setting crashed the export, the third stranger)."""
    if len(text) == 10:
        found_day = date.fromisoformat(text)
        if not 1 < found_day.year < 9999:
            raise ValueError("a day at the edge of time")
        return found_day
    found = datetime.fromisoformat(text)
    if found.tzinfo is None:
        raise ValueError("a moment without its zone")
    if not 1 < found.year < 9999:
        raise ValueError("a moment at the edge of time")
    return found


def sequence_for(before: Shown | None, digest: str, floor: int) -> int:
    """An event's SEQUENCE: ``floor`` (what its item's version says) the first time; the
    same as before when the file says the same of it (its item's version may have moved
    for what the event does not say); one more, or ``floor`` if that is higher, when it
    says otherwise; never past ``MAX_SEQUENCE``."""
    if before is None:
        return min(floor, MAX_SEQUENCE)
    if before.digest == digest:
        return before.sequence
    return min(max(floor, before.sequence + 1), MAX_SEQUENCE)


def modified_for(before: Shown | None, sequence: int, own: datetime, now: datetime) -> datetime:
    """An event's LAST-MODIFIED (UTC): its item's last change (``own``) the first time; what
    the last file said while the SEQUENCE stays; when the SEQUENCE rises, ``own`` if it is
    later than what the last file said, else ``now`` (the event changed through another
    record: a company renamed, an application closed)."""
    if before is None:
        return own
    said = _said_moment(before.modified)
    if sequence == before.sequence:
        return said or own
    return own if said is not None and own > said else now


def _said_moment(text: str) -> datetime | None:
    try:
        found = moment(text) if text else None
    except ValueError:
        return None
    return found if isinstance(found, datetime) else None


def read_memory(value: object) -> dict[str, Shown]:
    """The remembered events from the setting's value; anything malformed is left out."""
    found: dict[str, Shown] = {}
    if not isinstance(value, Mapping):
        return found
    for uid, fields in value.items():
        # Five fields from a version that did not remember LAST-MODIFIED.
        if not (isinstance(uid, str) and isinstance(fields, list) and len(fields) in (5, 6)):
            continue
        summary, start, end, sequence, digest, *rest = fields
        modified = rest[0] if rest else ""
        if not all(isinstance(part, str) for part in (summary, start, end, digest, modified)):
            continue
        if modified and _said_moment(modified) is None:
            modified = ""  # a hand-edited one: as if not remembered
        if not uid.isprintable():  # a UID with a line break wrote a line of its own
            continue
        if not isinstance(sequence, int) or isinstance(sequence, bool):
            continue
        if not 0 <= sequence <= MAX_SEQUENCE:
            continue
        try:
            begins, ends = moment(start), moment(end)
        except ValueError:  # a hand-edited store's setting: left out, never a crash
            continue
        if type(begins) is not type(ends) or ends < begins:
            continue  # a timed start with an all-day end made an invalid event
        found[uid] = Shown(uid, summary, start, end, sequence, digest, modified)
    return found


def memory_value(shown: Iterable[Shown]) -> dict[str, list[str | int]]:
    """The setting's value for these events (JSON)."""
    return {
        item.uid: [item.summary, item.start, item.end, item.sequence, item.digest, item.modified]
        for item in shown
    }


def taken_back(
    remembered: Mapping[str, Shown],
    written: Iterable[str],
    first: date,
    last: date,
    zone: tzinfo,
) -> list[Shown]:
    """The remembered events within ``first``..``last`` that the new file does not hold,
    numbered as they go out cancelled (once more than before, the first time)."""
    held = set(written)
    return [
        replace(item, sequence=sequence_for(item, CANCELLED, 0), digest=CANCELLED)
        for uid, item in remembered.items()
        if uid not in held and first <= item.day_in(zone) <= last
    ]


def next_memory(
    remembered: Mapping[str, Shown], written: Iterable[Shown], first: date, zone: tzinfo
) -> list[Shown]:
    """What to remember after a file: what it held (taken back ones included: the next
    file says so again), and what was remembered before and is still ahead."""
    kept = {uid: item for uid, item in remembered.items() if item.day_in(zone) >= first}
    kept.update((item.uid, item) for item in written if item.day_in(zone) >= first)
    return sorted(kept.values(), key=lambda item: (item.start, item.uid))
