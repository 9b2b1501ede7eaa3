"""Interviews: scheduling, who is in them, what is coming up, and how they went.

Times are stored as a UTC instant plus the zone they were typed in (``domain/interviews``);
the views carry both and the UI shows them in the person's zone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete
from sqlmodel import Session, col

from bounceback_tui import clock
from bounceback_tui.domain.interviews import (
    ASK_DAYS,
    CALLED_OFF_STAGES,
    InterviewInput,
    InterviewKind,
    OutcomeInput,
    ends_at,
    in_zone,
    refuse_called_off,
)
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.errors import NotFoundError
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.store.cas import checked, row_of, version_now
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Contact, Interview, InterviewContact
from bounceback_tui.store.undo import DeletedRows, delete_with_undo

GONE = gone_elsewhere("That interview")


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

    @property
    def ends_at(self) -> datetime:
        return ends_at(self.starts_at, self.length_minutes)

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


def _raw(session: Session) -> sqlite3.Connection:
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def _kind(value: str) -> InterviewKind:
    try:
        return InterviewKind(value)
    except ValueError:
        return InterviewKind.PHONE_SCREEN


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


_SQL = (
    "SELECT v.id, v.application_id, a.company, a.role, v.kind, v.starts_at, v.zone, "
    "v.length_minutes, v.place, v.link, v.prep_notes, v.outcome_note, v.rating, v.outcome_at, "
    "v.version FROM interview v JOIN application a ON a.id = v.application_id"
)


def interview_rows(
    session: Session, where: str = "", params: tuple[object, ...] = (), *, limit: int = 0
) -> list[InterviewRow]:
    sql = _SQL + (f" WHERE {where}" if where else "") + " ORDER BY v.starts_at, v.id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    raw = _raw(session)
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
    return [
        InterviewRow(
            id,
            app_id,
            company,
            role,
            _kind(kind),
            datetime.fromisoformat(starts),
            zone,
            length,
            place,
            link,
            prep,
            outcome,
            rating,
            _moment(outcome_at),
            tuple(people.get(id, ())),
            version,
        )
        for (
            id,
            app_id,
            company,
            role,
            kind,
            starts,
            zone,
            length,
            place,
            link,
            prep,
            outcome,
            rating,
            outcome_at,
            version,
        ) in records
    ]


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
        _kind(found.kind),
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


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def interviews_of_application(db: Database, application_id: int) -> list[InterviewRow]:
    with db.read() as session:
        return interview_rows(session, "v.application_id = ?", (application_id,))


def get_interview(db: Database, interview_id: int) -> InterviewRow:
    with db.read() as session:
        rows = interview_rows(session, "v.id = ?", (interview_id,))
    if not rows:
        raise NotFoundError(GONE)
    return rows[0]


def upcoming_interviews(db: Database, days: int = 7, *, limit: int = 20) -> list[InterviewRow]:
    """Interviews that have not ended yet and start within ``days`` days, soonest first."""
    now = clock.now_utc()
    with db.read() as session:
        return interview_rows(
            session,
            "datetime(v.starts_at) <= ? "
            "AND datetime(v.starts_at, '+' || v.length_minutes || ' minutes') > ? "
            f"AND a.stage NOT IN ({', '.join('?' * len(CALLED_OFF_STAGES))})",
            (_utc_text(now + timedelta(days=days)), _utc_text(now), *CALLED_OFF_STAGES),
            limit=limit,
        )


def awaiting_outcome(db: Database, *, limit: int = 10) -> list[InterviewRow]:
    """Interviews that ended in the last two weeks and have no "how did it go" yet
    (take-homes are deadlines, not conversations: not asked)."""
    now = clock.now_utc()
    with db.read() as session:
        return interview_rows(
            session,
            "v.outcome_at IS NULL AND v.kind != 'take_home' "
            "AND datetime(v.starts_at, '+' || v.length_minutes || ' minutes') <= ? "
            "AND datetime(v.starts_at) >= ?",
            (_utc_text(now), _utc_text(now - timedelta(days=ASK_DAYS))),
            limit=limit,
        )


def checked_interview(
    session: Session, interview_id: int, expected_version: int | None
) -> Interview:
    """The interview as read at ``expected_version`` (a ConflictError if another window
    changed or deleted it)."""
    return checked(
        session,
        Interview,
        interview_id,
        expected_version,
        gone=GONE,
        changed=changed_elsewhere("That interview"),
    )


def _set_people(session: Session, interview_id: int, contact_ids: tuple[int, ...]) -> None:
    current = {
        r[0]
        for r in _raw(session).execute(
            "SELECT contact_id FROM interview_contact WHERE interview_id = ?", (interview_id,)
        )
    }
    wanted = set(contact_ids)
    if current == wanted:
        return
    for contact_id in wanted - current:
        if session.get(Contact, contact_id) is None:
            raise NotFoundError("One of the people you picked is no longer there.")
    session.execute(
        delete(InterviewContact).where(
            col(InterviewContact.interview_id) == interview_id,
            col(InterviewContact.contact_id).in_(current - wanted),
        )
    )
    session.add_all(
        InterviewContact(interview_id=interview_id, contact_id=c) for c in wanted - current
    )


def _apply(interview: Interview, data: InterviewInput) -> None:
    interview.kind = data.kind.value
    interview.starts_at = data.starts_at
    interview.zone = data.zone
    interview.length_minutes = data.length_minutes
    interview.place = data.place
    interview.link = data.link
    interview.prep_notes = data.prep_notes
    interview.updated_at = clock.now()


def add_interview(
    db: Database,
    application_id: int,
    data: InterviewInput,
    contact_ids: tuple[int, ...] = (),
    otherwise: str | None = None,  # what a refusal says to do, if not to pick another one
) -> int:
    with db.write() as session:
        application = session.get(Application, application_id)
        if application is None:
            raise NotFoundError(gone_elsewhere("That application"))
        refuse_called_off(application, data, clock.now_utc(), "application", otherwise)
        interview = Interview(
            application_id=application_id,
            kind=data.kind.value,
            starts_at=data.starts_at,
            zone=data.zone,
        )
        _apply(interview, data)
        session.add(interview)
        session.flush()
        assert interview.id is not None
        _set_people(session, interview.id, contact_ids)
        if contact_ids:
            # Linking its people bumped its version (a write to a child is one to the
            # parent); made in this one write, it is still new: version 1, SEQUENCE 0 in
            # the calendar (RFC 5545, 3.8.7.4).
            session.flush()
            _raw(session).execute("UPDATE interview SET version = 1 WHERE id = ?", (interview.id,))
        return interview.id


def update_interview(
    db: Database,
    interview_id: int,
    data: InterviewInput,
    contact_ids: tuple[int, ...] | None = None,
    *,
    expected_version: int | None = None,
) -> int:
    with db.write() as session:
        interview = checked_interview(session, interview_id, expected_version)
        application = session.get(Application, interview.application_id)
        if application is not None and data.starts_at != interview.starts_at:
            refuse_called_off(application, data, clock.now_utc(), "day")  # moved: as a new one
        _apply(interview, data)
        session.add(interview)
        if contact_ids is not None:
            session.flush()
            _set_people(session, interview_id, contact_ids)
        return version_now(session, Interview, interview_id)


@dataclass(frozen=True)
class OutcomeSaved:
    version: int  # the interview's, after the save
    questions_added: int  # new entries in the answer bank


def save_outcome(
    db: Database, interview_id: int, data: OutcomeInput, *, expected_version: int | None = None
) -> OutcomeSaved:
    """How it went: a line and a rating; Today stops asking. The questions they asked join
    the answer bank (those not in it yet), in the same transaction: all of it or nothing."""
    from bounceback_tui.domain.answers import QuestionSource
    from bounceback_tui.services.answers import add_found_questions_in

    with db.write() as session:
        interview = checked_interview(session, interview_id, expected_version)
        interview.outcome_note = data.note
        interview.rating = data.rating
        interview.outcome_at = clock.now()
        session.add(interview)
        added = add_found_questions_in(
            session,
            data.questions,
            source_kind=QuestionSource.INTERVIEW_NOTE,
            application_id=interview.application_id,
            asked_at=asked_at_text(interview, session.get(Application, interview.application_id)),
        )
        return OutcomeSaved(version_now(session, Interview, interview_id), len(added))


def asked_at_text(interview: Interview, application: Application | None) -> str:
    """Where a question was asked, for the answer bank: "Technical at Initech (Analyst), Fri
    13 Mar 2026" (``interview_place``; the day in the zone the interview was typed in)."""
    from bounceback_tui.domain.answers import interview_place

    try:
        local = in_zone(interview.starts_at, interview.zone)
    except (ValueError, KeyError):  # a zone this system does not know (a hand-edited store)
        local = interview.starts_at
    company, role = (application.company, application.role) if application else ("", "")
    day = f"{local:%a} {local.day} {local:%b %Y}"
    return interview_place(_kind(interview.kind).label, day, company, role)


def delete_interview(
    db: Database, interview_id: int, *, expected_version: int | None = None
) -> DeletedRows:
    with db.write() as session:
        session.expunge(checked_interview(session, interview_id, expected_version))
        return delete_with_undo(session, "interview", interview_id)


def restore_interview(db: Database, deleted: DeletedRows, what: str | None = None) -> BroughtBack:
    return bring_back(db, deleted, what)
