"""People: reading contacts, which applications they belong to, and the log of interactions.

Reads return plain frozen dataclasses. Beside this module: people_edits.py adds, edits
and deletes people and links them to applications, people_log.py keeps the log. Here too:
the people an application names (typed with it, or brought in by an import), found or
added and linked inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session, col, func, select

from bounceback_tui import clock
from bounceback_tui.domain.companies import company_key
from bounceback_tui.domain.people import (
    ContactKind,
    InteractionKind,
    person_name,
)
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.unreadable import stored_day, stored_moment
from bounceback_tui.domain.wording import gone_elsewhere
from bounceback_tui.errors import NotFoundError
from bounceback_tui.store.cas import row_of
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, ApplicationContact, Contact

if TYPE_CHECKING:
    from bounceback_tui.services.interview_rows import InterviewRow

GONE = gone_elsewhere("That person")
APPLICATION_GONE = gone_elsewhere("That application")
INTERACTION_GONE = gone_elsewhere("That entry")


def raw_connection(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection (same transaction), for plain tuple rows."""
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def _day(value: str | None) -> date | None:
    return stored_day(value)


def _kind(value: str) -> ContactKind:
    try:
        return ContactKind(value)
    except ValueError:
        return ContactKind.OTHER


def _interaction_kind(value: str) -> InteractionKind:
    try:
        return InteractionKind(value)
    except ValueError:
        return InteractionKind.SENT


# --- Reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactRow:
    """One person as the list shows them; ``last_contacted`` comes from the log."""

    id: int
    name: str
    kind: ContactKind
    role: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    link: str = ""
    notes: str = ""
    next_follow_up: date | None = None
    last_contacted: date | None = None
    applications: int = 0
    version: int = 0
    follow_up_unreadable: bool = False  # another program wrote over it: "unreadable"
    # Logged with, on no day that can be read (written over elsewhere): "unreadable".
    last_unreadable: bool = False

    @property
    def search_text(self) -> str:
        return f"{self.name} {self.company} {self.role} {self.email} {self.kind.label}"

    def form_values(self) -> dict[str, str]:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "role": self.role,
            "company": self.company,
            "email": self.email,
            "phone": self.phone,
            "link": self.link,
            "notes": self.notes,
            "next_follow_up": self.next_follow_up.isoformat() if self.next_follow_up else "",
        }


def contact_of(columns: Mapping[str, object]) -> ContactRow:
    """A contact as a conflict found it (``ConflictError.current``: its columns), for its
    ``form_values``: what the person form would show of it now. What the log and the
    links add (last contacted, how many applications) is not in the form: left out."""
    contact = row_of(Contact, columns)
    return ContactRow(
        id=contact.id or 0,
        name=contact.name,
        kind=_kind(contact.kind),
        role=contact.role,
        company=contact.company,
        email=contact.email,
        phone=contact.phone,
        link=contact.link,
        notes=contact.notes,
        next_follow_up=contact.next_follow_up,
        version=contact.version,
    )


# A day in the log that reads (``stored_dates.stored_day``, which the rows are read by): text
# starting with an ISO day. SQLite's date() alone read a number (42) and "now" as days: the
# last contact was then none, "not yet" and a blank in the list, not "unreadable".
_LOG_DAY_READS = (
    "(typeof(i.happened_on) = 'text' AND date(i.happened_on) IS NOT NULL "
    "AND i.happened_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')"
)
_CONTACT_SQL = (
    "SELECT c.id, c.name, c.kind, c.role, c.company, c.email, c.phone, c.link, c.notes, "
    # The last day in their log that can be read (another program may have written over one).
    "c.next_follow_up, (SELECT max(i.happened_on) FROM interaction i WHERE i.contact_id = c.id "
    f"AND {_LOG_DAY_READS}), "
    # Whether one there cannot be: with none that can, the last contact is "unreadable".
    "EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id "
    f"AND NOT {_LOG_DAY_READS}), "
    # The last interview with them that is over (before now, the first ?): contact too.
    "(SELECT max(v.starts_at) FROM interview v JOIN interview_contact ic ON ic.interview_id "
    "= v.id WHERE ic.contact_id = c.id AND datetime(v.starts_at, '+' || v.length_minutes || "
    "' minutes') <= ?), "
    "(SELECT count(*) FROM application_contact l WHERE l.contact_id = c.id), c.version "
    "FROM contact c"
)


def _last_in(logged: str | None, interviewed: str | None) -> date | None:
    """The later of the last day in the log and the last interview held (its day here: an
    interview held counts as being in touch, a stranger's walk)."""
    from bounceback_tui.domain.interviews import in_zone

    moment = stored_moment(interviewed)
    held = in_zone(moment, clock.zone()).date() if moment is not None else None
    days = [day for day in (_day(logged), held) if day is not None]
    return max(days) if days else None


def _contact_rows(
    session: Session, where: str = "", params: tuple[object, ...] = ()
) -> list[ContactRow]:
    sql = (
        _CONTACT_SQL
        + (f" WHERE {where}" if where else "")
        + " ORDER BY c.name COLLATE NOCASE, c.id"
    )
    now = clock.now_utc().replace(tzinfo=None).isoformat(sep=" ")  # as starts_at is stored
    return [
        replace(
            ContactRow(id, name, _kind(kind), *texts),
            next_follow_up=_day(due),
            last_contacted=_last_in(logged, held),
            applications=n,
            version=v,
            follow_up_unreadable=bool(due) and _day(due) is None,
            last_unreadable=(bool(unread) or (logged is not None and _day(logged) is None))
            and _last_in(logged, held) is None,
        )
        for id, name, kind, *texts, due, logged, unread, held, n, v in raw_connection(
            session
        ).execute(sql, (now, *params))
    ]


def list_contacts(db: Database) -> list[ContactRow]:
    """Everyone, by name."""
    with db.read() as session:
        return _contact_rows(session)


def get_contact(db: Database, contact_id: int) -> ContactRow:
    with db.read() as session:
        rows = _contact_rows(session, "c.id = ?", (contact_id,))
    if not rows:
        raise NotFoundError(GONE)
    return rows[0]


@dataclass(frozen=True)
class LinkedApplication:
    id: int
    company: str
    role: str
    stage: Stage


@dataclass(frozen=True)
class InteractionRow:
    id: int
    kind: InteractionKind
    happened_on: date | None  # None: another program wrote over it ("unreadable")
    note: str
    application_id: int | None
    company: str
    role: str
    contact_id: int | None
    contact_name: str
    version: int = 0


@dataclass(frozen=True)
class ContactDetail:
    contact: ContactRow
    applications: tuple[LinkedApplication, ...] = ()
    interactions: tuple[InteractionRow, ...] = ()
    interviews: tuple[InterviewRow, ...] = field(default_factory=tuple)


def stage_of(value: str) -> Stage:
    """The stage stored as ``value`` (Applied if it is not one)."""
    try:
        return Stage(value)
    except ValueError:
        return Stage.APPLIED


_INTERACTION_SQL = (
    "SELECT i.id, i.kind, i.happened_on, i.note, i.application_id, a.company, a.role, "
    "i.contact_id, coalesce(c.name, i.contact_name), i.version FROM interaction i "
    "LEFT JOIN application a ON a.id = i.application_id "
    "LEFT JOIN contact c ON c.id = i.contact_id"
)


def _interactions(session: Session, where: str, params: tuple[object, ...]) -> list[InteractionRow]:
    sql = f"{_INTERACTION_SQL} WHERE {where} ORDER BY i.happened_on DESC, i.id DESC"
    return [
        InteractionRow(
            id,
            _interaction_kind(kind),
            stored_day(on),
            note,
            app_id,
            company or "",
            role or "",
            contact_id,
            name or "",
            version,
        )
        for id, kind, on, note, app_id, company, role, contact_id, name, version in raw_connection(
            session
        ).execute(sql, params)
    ]


def _linked_applications(session: Session, contact_id: int) -> list[LinkedApplication]:
    return [
        LinkedApplication(id, company, role, stage_of(stage))
        for id, company, role, stage in raw_connection(session).execute(
            "SELECT a.id, a.company, a.role, a.stage FROM application_contact l "
            "JOIN application a ON a.id = l.application_id WHERE l.contact_id = ? "
            "ORDER BY l.created_at, a.id",
            (contact_id,),
        )
    ]


def contact_detail(db: Database, contact_id: int) -> ContactDetail:
    """A person with their applications, their log and their interviews."""
    from bounceback_tui.services.interview_rows import interview_rows

    with db.read() as session:
        rows = _contact_rows(session, "c.id = ?", (contact_id,))
        if not rows:
            raise NotFoundError(GONE)
        return ContactDetail(
            rows[0],
            tuple(_linked_applications(session, contact_id)),
            tuple(_interactions(session, "i.contact_id = ?", (contact_id,))),
            tuple(
                interview_rows(
                    session,
                    "v.id IN (SELECT interview_id FROM interview_contact WHERE contact_id = ?)",
                    (contact_id,),
                )
            ),
        )


def people_of_application(db: Database, application_id: int) -> list[ContactRow]:
    """The people linked to an application, in the order they were linked."""
    with db.read() as session:
        return people_in(session, application_id)


def people_in(session: Session, application_id: int) -> list[ContactRow]:
    rows = _contact_rows(
        session,
        "c.id IN (SELECT contact_id FROM application_contact WHERE application_id = ?)",
        (application_id,),
    )
    order = {
        cid: n
        for n, (cid,) in enumerate(
            raw_connection(session).execute(
                "SELECT contact_id FROM application_contact WHERE application_id = ? "
                "ORDER BY created_at, contact_id",
                (application_id,),
            )
        )
    }
    return sorted(rows, key=lambda r: order.get(r.id, 0))


def interactions_of_application(db: Database, application_id: int) -> list[InteractionRow]:
    with db.read() as session:
        return interactions_in(session, application_id)


def interactions_in(session: Session, application_id: int) -> list[InteractionRow]:
    """An application's log, newest first, inside the caller's read."""
    return _interactions(session, "i.application_id = ?", (application_id,))


# --- Named people (with an application, or from an import) ---------------------------


def link_in(session: Session, contact_id: int, application_id: int) -> bool:
    """Inside the caller's transaction: link a person to an application; False if linked."""
    if session.get(Application, application_id) is None:
        raise NotFoundError(APPLICATION_GONE)
    if session.get(ApplicationContact, (application_id, contact_id)) is not None:
        return False
    session.add(ApplicationContact(application_id=application_id, contact_id=contact_id))
    return True


def link_named_person(
    session: Session, application_id: int, company: str, name: str, email: str
) -> int:
    """Inside the caller's transaction: the person a name or email (typed with an
    application, or read from an import) stands for, found or added, and linked.

    An email finds the contact with that email; a name alone finds one of that name at the
    same company (or with none). Otherwise a new contact is added at ``company``."""
    name, email = " ".join(name.split()), email.strip()
    found = None
    if email:
        found = session.exec(
            select(Contact).where(func.lower(col(Contact.email)) == email.lower())
        ).first()
    elif name:
        # One company however written ("Acme" and "ACME, Inc.": domain/companies.company_key).
        same = ("", company_key(company))
        for candidate in session.exec(select(Contact).where(col(Contact.name) == name)):
            if company_key(candidate.company) in same:
                found = candidate
                break
    if found is None:
        found = Contact(name=person_name(name, email), email=email, company=company)
        session.add(found)
        session.flush()
    assert found.id is not None
    link_in(session, found.id, application_id)
    return found.id
