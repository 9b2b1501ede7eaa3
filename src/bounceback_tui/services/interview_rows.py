"""An interview as the panes read it: its application's company, role and stage, its time
and zone, how it went, and who was in it (``interview_rows``, inside the caller's read).

Out of services/interviews.py (which still offers these names) when the row took its
application's stage: an interview still ahead for an application that said no or was
withdrawn is called off, and People's details and `N`'s list mark it so.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from bounceback_tui import clock
from bounceback_tui.domain.interviews import InterviewKind, ends_at, is_called_off
from bounceback_tui.domain.unreadable import UnreadableInterview
from bounceback_tui.store.cas import row_of
from bounceback_tui.store.models import Interview


@dataclass(frozen=True)
class InterviewRow:
    id: int
    application_id: int
    company: str
    role: str
    kind: InterviewKind
    starts_at: datetime  # naive UTC
    zone: str
    length_minutes: int
    place: str = ""
    link: str = ""
    prep_notes: str = ""
    outcome_note: str = ""
    rating: int | None = None
    outcome_at: datetime | None = None
    people: tuple[tuple[int, str], ...] = ()
    version: int = 0
    stage: str = ""  # its application's (a Stage's value): "" where it was not read

    @property
    def ends_at(self) -> datetime:
        return ends_at(self.starts_at, self.length_minutes)

    def called_off(self, now: datetime) -> bool:
        """Still ahead for an application that said no or was withdrawn (``now``: aware)."""
        return is_called_off(self.stage, self.starts_at, self.length_minutes, now)

    @property
    def people_names(self) -> str:
        return ", ".join(name for _, name in self.people)

    def outcome_values(self) -> dict[str, str]:
        """What "How did it go?" shows of it as saved: its line and its rating. The
        questions are not kept on the interview (they went to the answer bank)."""
        return {
            "note": self.outcome_note,
            "rating": "" if self.rating is None else str(self.rating),
        }

    def form_values(self) -> dict[str, str]:
        from bounceback_tui.domain.interviews import form_zone, local_parts

        # A zone the form no longer takes (an older store's EST5EDT, localtime) or that this
        # machine does not know: the time in the person's own, so a save keeps the instant.
        zone = form_zone(self.zone) or form_zone(clock.zone_name()) or "UTC"
        day, at = local_parts(self.starts_at, zone)
        return {
            "kind": self.kind.value,
            "day": day,
            "at": at,
            "zone": zone,
            "length_minutes": str(self.length_minutes),
            "place": self.place,
            "link": self.link,
            "prep_notes": self.prep_notes,
        }


def raw_connection(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection (same transaction), for plain tuple rows (not
    services/people.py's: People reads its interviews from here)."""
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def interview_kind(value: str) -> InterviewKind:
    """The kind stored, or a phone screen for one this version does not know."""
    try:
        return InterviewKind(value)
    except ValueError:
        return InterviewKind.PHONE_SCREEN


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


_SQL = (
    "SELECT v.id, v.application_id, a.company, a.role, v.kind, v.starts_at, v.zone, "
    "v.length_minutes, v.place, v.link, v.prep_notes, v.outcome_note, v.rating, v.outcome_at, "
    "v.version, a.stage FROM interview v JOIN application a ON a.id = v.application_id"
)


def interview_rows(
    session: Session,
    where: str = "",
    params: tuple[object, ...] = (),
    *,
    limit: int = 0,
    unread: list[UnreadableInterview] | None = None,
) -> list[InterviewRow]:
    """The interviews ``where`` says; one whose stored values cannot be read goes to
    ``unread`` where given (left out where not), never an error for the whole read."""
    sql = _SQL + (f" WHERE {where}" if where else "") + " ORDER BY v.starts_at, v.id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    raw = raw_connection(session)
    records = raw.execute(sql, params).fetchall()
    people: dict[int, list[tuple[int, str]]] = {}
    if records:
        ids = ", ".join(str(int(r[0])) for r in records)
        for interview_id, contact_id, name in raw.execute(
            "SELECT ic.interview_id, c.id, c.name FROM interview_contact ic "
            f"JOIN contact c ON c.id = ic.contact_id WHERE ic.interview_id IN ({ids}) "
            "ORDER BY c.name COLLATE NOCASE"
        ):
            people.setdefault(interview_id, []).append((contact_id, name))
    found: list[InterviewRow] = []
    for record in records:
        try:
            found.append(_row(record, tuple(people.get(record[0], ()))))
        except (ValueError, TypeError, OverflowError):
            # Another program wrote over its time ("[b]garbage[/]"): said by the caller in
            # its place (``unread``), never the pane dying with it.
            if unread is not None:
                ids_and_names = record[0], record[1], record[2], record[3]
                unread.append(UnreadableInterview(*ids_and_names, record[5]))
    return found


def _row(record: tuple[Any, ...], people: tuple[tuple[int, str], ...]) -> InterviewRow:
    (id, app_id, company, role, kind, starts, zone, length, place, link, prep, outcome) = record[
        :12
    ]
    rating, outcome_at, version, stage = record[12:]
    return InterviewRow(
        id,
        app_id,
        company,
        role,
        interview_kind(kind),
        datetime.fromisoformat(starts),
        zone,
        length,
        place,
        link,
        prep,
        outcome,
        rating,
        _moment(outcome_at),
        people,
        version,
        stage,
    )


def interview_of(columns: Mapping[str, object]) -> InterviewRow:
    """An interview as a conflict found it (``ConflictError.current``: its columns), for
    its ``form_values``: what the scheduling form would show of it now. The company, the
    role and the people are not the form's: left empty."""
    found = row_of(Interview, columns)
    return InterviewRow(
        found.id or 0,
        found.application_id,
        "",
        "",
        interview_kind(found.kind),
        found.starts_at,
        found.zone,
        found.length_minutes,
        found.place,
        found.link,
        found.prep_notes,
        found.outcome_note,
        found.rating,
        found.outcome_at,
        (),
        found.version,
    )
