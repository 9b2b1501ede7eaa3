"""Changing people: add, edit and delete a person (with undo), and link them to applications.

Every change is one ``db.write()`` transaction; edits and deletes name the version they
read (compare-and-set, ``store/cas.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import Session, col

from bounceback_tui import clock
from bounceback_tui.domain.companies import company_key
from bounceback_tui.domain.people import ContactInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import clip_name
from bounceback_tui.domain.wording import changed_elsewhere, plural
from bounceback_tui.errors import NotFoundError
from bounceback_tui.services.added import Added, receipt
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.services.people import GONE, link_in, raw_connection, stage_of
from bounceback_tui.store.cas import checked, version_now
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, ApplicationContact, Contact, InterviewContact
from bounceback_tui.store.table_reads import readable_row
from bounceback_tui.store.undo import DeletedRows, delete_with_undo

# --- Contacts ---------------------------------------------------------------------------


def _checked(session: Session, contact_id: int, expected_version: int | None) -> Contact:
    return checked(
        session,
        Contact,
        contact_id,
        expected_version,
        get=readable_row,  # a day written over elsewhere: read as none
        gone=GONE,
        changed=lambda row: changed_elsewhere("{name}", name=row.name),
    )


def _apply(contact: Contact, data: ContactInput) -> None:
    contact.name = data.name
    contact.kind = data.kind.value
    contact.role = data.role
    contact.company = data.company
    contact.email = data.email
    contact.phone = data.phone
    contact.link = data.link
    contact.notes = data.notes
    contact.next_follow_up = data.next_follow_up
    contact.updated_at = clock.now()


def add_contact(db: Database, data: ContactInput, *, application_id: int | None = None) -> int:
    """Store a new person (linked to ``application_id`` when given); return their id."""
    return add_contact_undoable(db, data, application_id=application_id).row_id


def add_contact_undoable(
    db: Database, data: ContactInput, *, application_id: int | None = None
) -> Added:
    """``add_contact``, returning what `u` needs to take it back (services/added.py)."""
    with db.write() as session:
        contact = Contact(name=data.name)
        _apply(contact, data)
        session.add(contact)
        session.flush()
        assert contact.id is not None
        if application_id is not None:
            link_in(session, contact.id, application_id)
        return receipt(session, "contact", contact.id, "{name}", data.name)


def update_contact(
    db: Database, contact_id: int, data: ContactInput, *, expected_version: int | None = None
) -> int:
    """Save an edit; returns the new version."""
    with db.write() as session:
        contact = _checked(session, contact_id, expected_version)
        _apply(contact, data)
        session.add(contact)
        return version_now(session, Contact, contact_id)


@dataclass(frozen=True)
class ContactLinks:
    """What a delete touches: shown in the confirm dialog."""

    applications: int
    interactions: int
    interviews: int


def contact_links(db: Database, contact_id: int) -> ContactLinks:
    with db.read() as session:
        raw = raw_connection(session)
        return ContactLinks(
            raw.execute(
                "SELECT count(*) FROM application_contact WHERE contact_id = ?", (contact_id,)
            ).fetchone()[0],
            raw.execute(
                "SELECT count(*) FROM interaction WHERE contact_id = ?", (contact_id,)
            ).fetchone()[0],
            raw.execute(
                "SELECT count(*) FROM interview_contact WHERE contact_id = ?", (contact_id,)
            ).fetchone()[0],
        )


@dataclass(frozen=True)
class DeletedContact:
    """Everything one delete removed, for `u`: the person (with links), and the log lines
    that were about them alone. Lines about an application stay, naming who it was."""

    name: str
    receipts: tuple[DeletedRows, ...]


def delete_contact(
    db: Database, contact_id: int, *, expected_version: int | None = None
) -> DeletedContact:
    with db.write() as session:
        contact = _checked(session, contact_id, expected_version)
        name = contact.name
        session.expunge(contact)
        alone = [
            r[0]
            for r in raw_connection(session).execute(
                "SELECT id FROM interaction WHERE contact_id = ? AND application_id IS NULL",
                (contact_id,),
            )
        ]
        receipts = [delete_with_undo(session, "interaction", i) for i in alone]
        # The lines that stay keep the name (they already hold it since they were logged).
        receipts.append(delete_with_undo(session, "contact", contact_id))
        return DeletedContact(name, tuple(receipts))


def restore_contact(db: Database, deleted: DeletedContact) -> BroughtBack:
    """The person with their links to what is still there, and their own log lines."""
    *alone, contact = deleted.receipts
    return bring_back(db, contact, clip_name(deleted.name), also=alone)


# --- Links ------------------------------------------------------------------------------


def link_application(db: Database, contact_id: int, application_id: int) -> bool:
    """Link a person to an application; False when they already were."""
    with db.write() as session:
        if session.get(Contact, contact_id) is None:
            raise NotFoundError(GONE)
        return link_in(session, contact_id, application_id)


@dataclass(frozen=True)
class Unlinked:
    """What `L` took away, for `u`: the person's link to the application, and their places
    in its interviews (``interview_ids``), which went with it."""

    contact_id: int
    application_id: int
    company: str
    interview_ids: tuple[int, ...]


def interviews_together(db: Database, contact_id: int, application_id: int) -> int:
    """How many of the application's interviews the person is in (`L` says so first)."""
    with db.read() as session:
        return len(_their_interviews(session, contact_id, application_id))


def _their_interviews(session: Session, contact_id: int, application_id: int) -> list[int]:
    return [
        r[0]
        for r in raw_connection(session).execute(
            "SELECT ic.interview_id FROM interview_contact ic "
            "JOIN interview v ON v.id = ic.interview_id "
            "WHERE ic.contact_id = ? AND v.application_id = ? ORDER BY ic.interview_id",
            (contact_id, application_id),
        )
    ]


def take_off_application(db: Database, contact_id: int, application_id: int) -> Unlinked | None:
    """Take a person off an application and out of its interviews, in one transaction (the
    log keeps what happened); None if they were not linked. The interviews kept them: the
    details and `N` still listed them there (a tester's walk)."""
    with db.write() as session:
        interview_ids = _their_interviews(session, contact_id, application_id)
        if interview_ids:
            session.execute(
                delete(InterviewContact).where(
                    col(InterviewContact.contact_id) == contact_id,
                    col(InterviewContact.interview_id).in_(interview_ids),
                )
            )
        result = session.execute(
            delete(ApplicationContact).where(
                col(ApplicationContact.contact_id) == contact_id,
                col(ApplicationContact.application_id) == application_id,
            )
        )
        # A DELETE's result is a CursorResult; SQLAlchemy types execute() as the base Result.
        if not result.rowcount and not interview_ids:  # type: ignore[attr-defined]  # as above
            return None
        app = session.get(Application, application_id)
        company = app.company if app is not None else ""
        return Unlinked(contact_id, application_id, company, tuple(interview_ids))


def unlink_application(db: Database, contact_id: int, application_id: int) -> bool:
    """``take_off_application``; False if they were not linked."""
    return take_off_application(db, contact_id, application_id) is not None


def relink_application(db: Database, unlinked: Unlinked) -> BroughtBack:
    """`u` after `L`: the link and the interview places back, in one transaction; those
    whose interview was deleted meanwhile are named as lost. NotFoundError when the person
    or the application is gone."""
    what = f"The link to {clip_name(unlinked.company)}"
    with db.write() as session:
        if session.get(Contact, unlinked.contact_id) is None:
            raise NotFoundError(GONE)
        if session.get(Application, unlinked.application_id) is None:
            raise NotFoundError(f"{what} cannot come back: the application was deleted.")
        link_in(session, unlinked.contact_id, unlinked.application_id)
        there = _present_interviews(session, unlinked.interview_ids)
        for interview_id in there:
            session.merge(
                InterviewContact(interview_id=interview_id, contact_id=unlinked.contact_id)
            )
    lost = len(unlinked.interview_ids) - len(there)
    return BroughtBack(what, (plural(lost, "interview"),) if lost else (), many=lost > 1)


def _present_interviews(session: Session, ids: tuple[int, ...]) -> list[int]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    return [
        r[0]
        for r in raw_connection(session).execute(
            f"SELECT id FROM interview WHERE id IN ({marks})", ids
        )
    ]


@dataclass(frozen=True)
class ApplicationChoice:
    id: int
    company: str
    role: str
    stage: Stage
    linked: bool

    @property
    def search_text(self) -> str:
        return f"{self.company} {self.role}"


def application_choices(db: Database, contact_id: int | None = None) -> list[ApplicationChoice]:
    """Every application, saying which are linked to the person: those at the person's
    company first ("Link Rita to an application" listed them among the rest), then the
    others, each part most recently touched first."""
    with db.read() as session:
        linked = (
            {
                r[0]
                for r in raw_connection(session).execute(
                    "SELECT application_id FROM application_contact WHERE contact_id = ?",
                    (contact_id,),
                )
            }
            if contact_id is not None
            else set()
        )
        found = (
            raw_connection(session)
            .execute("SELECT company FROM contact WHERE id = ?", (contact_id,))
            .fetchone()
        )
        theirs = company_key(found[0] if found else "")
        choices = [
            ApplicationChoice(id, company, role, stage_of(stage), id in linked)
            for id, company, role, stage in raw_connection(session).execute(
                "SELECT id, company, role, stage FROM application ORDER BY updated_at DESC, id DESC"
            )
        ]
    if not theirs:
        return choices
    # The app's one rule for a company's name (``company_key``): "Initech, Inc." is Initech.
    return sorted(choices, key=lambda choice: company_key(choice.company) != theirs)
