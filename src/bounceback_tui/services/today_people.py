"""Today's people part: the next interviews, "how did it go", and people to follow up.

Read with Today's due list, through its connection (``people_read``; at launch by the
prefetch thread), with the standard library's sqlite3: the first paint shows it. Also the
``interviews_next_7d`` of ``bounceback-tui today --json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback_tui import clock
from bounceback_tui.domain.interview_kinds import (
    ASK_DAYS,
    CALLED_OFF_STAGES,
    UPCOMING_DAYS,
    InterviewKind,
)
from bounceback_tui.store.fastread import FastReader

REPAIR = "bounceback-tui repair"  # the default store's; a window names its own --data-dir

if TYPE_CHECKING:
    from bounceback_tui.domain.unreadable import UnreadableInterview


@dataclass(frozen=True)
class InterviewSoon:
    id: int
    application_id: int
    company: str
    role: str
    kind: InterviewKind
    starts_at: datetime  # naive UTC
    zone: str
    length_minutes: int
    place: str
    link: str
    prep_notes: str
    version: int
    people: str

    def local_start(self) -> datetime:
        # Here: read before the first paint, the rest of domain/interviews is not needed.
        from bounceback_tui.domain.zone_time import in_zone

        return in_zone(self.starts_at, clock.zone())

    def as_json(self) -> dict[str, Any]:
        aware = self.starts_at.replace(tzinfo=UTC)
        return {
            "company": self.company,
            "role": self.role,
            "kind": self.kind.value,
            "starts_at": aware.isoformat(),
            "starts_local": self.local_start().isoformat(),
            "zone": self.zone,
            "length_minutes": self.length_minutes,
            "place": self.place,
            "link": self.link,
            "with": self.people,
            "prep_notes": self.prep_notes,
        }


@dataclass(frozen=True)
class PeopleToday:
    # A person's follow-up is in the due list (services/today.py), as an application's is.
    upcoming: tuple[InterviewSoon, ...] = ()
    awaiting: tuple[InterviewSoon, ...] = ()
    questions: bool = False  # the answer bank holds a question
    # All those waiting to be noted, ``awaiting`` the first few of (the strip's "and N more").
    awaiting_total: int = 0
    # All those in the coming days, ``upcoming`` the first few of: "and 8 more in the next 7
    # days" was the ten read less two, with fourteen in the store (a stranger's walk).
    upcoming_total: int = 0
    # Why the interviews could not be read ("" when they were): Today says so in their
    # place, never as if there were none (``people_read``).
    unread: str = ""
    # Interviews whose time could not be read (another program wrote over it): said in
    # their place, by Today and `today` alike, never left out as if there were none.
    unreadable: tuple[UnreadableInterview, ...] = ()
    # All of them, ``unreadable`` the first few of: "(and 9 more like it)" with 30.
    unreadable_total: int = 0

    @property
    def upcoming_count(self) -> int:
        """How many interviews the coming days hold (at least those read)."""
        return max(self.upcoming_total, len(self.upcoming))

    @property
    def awaiting_more(self) -> int:
        """How many wait to be noted past the first: "(and 70 more)", not "(and 4 more)"."""
        return max(self.awaiting_total, len(self.awaiting)) - min(1, len(self.awaiting))

    @property
    def unreadable_more(self) -> int:
        """How many interviews whose time could not be read there are past the first."""
        return max(self.unreadable_total, len(self.unreadable)) - min(1, len(self.unreadable))

    @property
    def empty(self) -> bool:
        return not (self.upcoming or self.awaiting or self.unread or self.unreadable)

    @property
    def interviews(self) -> bool:
        """Whether Today lists an interview: one ahead, or one it asks about."""
        return bool(self.upcoming or self.awaiting)


def _kind(value: str) -> InterviewKind:
    try:
        return InterviewKind(value)
    except ValueError:
        return InterviewKind.PHONE_SCREEN


def _soon(row: tuple[Any, ...]) -> InterviewSoon:
    (iid, app_id, company, role, kind, starts, zone, length, place, link, prep, version, people) = (
        row
    )
    return InterviewSoon(
        iid,
        app_id,
        company,
        role,
        _kind(kind),
        datetime.fromisoformat(starts),
        zone,
        int(length),
        place,
        link,
        prep,
        version,
        people or "",
    )


def _text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _readable(
    rows: list[tuple[Any, ...]], unread: dict[int, UnreadableInterview]
) -> tuple[InterviewSoon, ...]:
    """The rows as interviews; one Python cannot read (a start SQLite's datetime() takes
    with a space after it, a length not a number: a hand edit, another program) goes to
    ``unread``, which Today says in its place: it stopped the whole of Today, its due list
    read with it, at every launch, and then was left out without a word."""
    found = []
    for row in rows:
        try:
            found.append(_soon(row))
        except (ValueError, TypeError, OverflowError):
            unread[row[0]] = _unreadable(row[0], row[1], row[2], row[3], row[5])
    return tuple(found)


def _unreadable(*fields: Any) -> UnreadableInterview:
    """Imported when one is met: making its dataclass is a cost of every launch's read."""
    from bounceback_tui.domain.unreadable import UnreadableInterview

    return UnreadableInterview(*fields)


def read_people_today(reader: FastReader, *, days: int = UPCOMING_DAYS) -> PeopleToday:
    now = clock.now_utc()
    asked = (_text(now), _text(now - timedelta(days=ASK_DAYS)))
    ahead = (_text(now), _text(now + timedelta(days=days)))
    # Those whose start SQLite cannot read either: no read by time finds them.
    unread = {row[0]: _unreadable(*row) for row in reader.interviews_unreadable()}
    return PeopleToday(
        _readable(reader.interviews_starting(*ahead, skip_stages=CALLED_OFF_STAGES), unread),
        _readable(reader.interviews_awaiting_outcome(*asked), unread),
        reader.has_questions(),
        reader.interviews_awaiting_count(*asked),
        reader.interviews_starting_count(*ahead, skip_stages=CALLED_OFF_STAGES),
        unreadable=tuple(unread.values()),
        unreadable_total=reader.interviews_unreadable_count() if unread else 0,
    )


def load_people_today(db_path: Path, *, days: int = UPCOMING_DAYS) -> PeopleToday:
    with FastReader(db_path) as reader:
        return read_people_today(reader, days=days)


def people_or_unread(db_path: Path, repair_command: str = REPAIR) -> PeopleToday:
    """``load_people_today`` for Today (its read in a thread): a failed read is said, as
    ``people_read`` says it (``repair_command``: with this window's --data-dir)."""
    import sqlite3

    try:
        return load_people_today(db_path)
    except sqlite3.Error as exc:
        return _unread(exc, db_path, repair_command)


def people_read(reader: FastReader, repair_command: str = REPAIR) -> PeopleToday | None:
    """As ``read_people_today``, through a connection already open (Today's, with its due
    list). A failed read (a busy store, a disk error, a table changed by another program)
    is said in plain words as the store's own reads say it (store/read_failure.py), in
    ``unread``: Today showed no interviews, and `h` said there were none to ask about. None
    for whatever else (Today then reads it again in a thread; never no Today)."""
    import sqlite3

    try:
        return read_people_today(reader)
    except sqlite3.Error as exc:
        return _unread(exc, reader.path, repair_command)
    except Exception:  # whatever else: Today without its people part, never no Today
        return None


def _unread(exc: Exception, db_path: Path, repair_command: str) -> PeopleToday:
    from bounceback_tui.store.read_failure import read_failure

    return PeopleToday(unread=str(read_failure(exc, db_path, repair_command)))
