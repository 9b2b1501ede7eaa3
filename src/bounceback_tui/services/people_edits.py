"""Changing people: add, edit and delete a person (with undo), and link them to applications.

Every change is one ``db.write()`` transaction; edits and deletes name the version they
read (compare-and-set, ``store/cas.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import Session, col

from bounceback_tui import clock
from bounceback_tui.domain.people import ContactInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import clip_name
from bounceback_tui.domain.wording import changed_elsewhere
from bounceback_tui.errors import NotFoundError
from bounceback_tui.services.added import Added, receipt
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.services.people import GONE, link_in, raw_connection, stage_of
from bounceback_tui.store.cas import checked, version_now
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import ApplicationContact, Contact
from bounceback_tui.store.undo import DeletedRows, delete_with_undo

# --- Contacts ---------------------------------------------------------------------------


def _checked(session: Session, contact_id: int, expected_version: int | None) -> Contact:
    return checked(
        session,
        Contact,
        contact_id,
        expected_version,
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


def unlink_application(db: Database, contact_id: int, application_id: int) -> bool:
    """Take a person off an application (the log keeps what happened); False if not linked."""
    with db.write() as session:
        result = session.execute(
            delete(ApplicationContact).where(
                col(ApplicationContact.contact_id) == contact_id,
                col(ApplicationContact.application_id) == application_id,
            )
        )
        # A DELETE's result is a CursorResult; SQLAlchemy types execute() as the base Result.
        return bool(result.rowcount)  # type: ignore[attr-defined]  # see the line above


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
        theirs = _same_company(found[0] if found else "")
        choices = [
            ApplicationChoice(id, company, role, stage_of(stage), id in linked)
            for id, company, role, stage in raw_connection(session).execute(
                "SELECT id, company, role, stage FROM application ORDER BY updated_at DESC, id DESC"
            )
        ]
    if not theirs:
        return choices
    return sorted(choices, key=lambda choice: _same_company(choice.company) != theirs)


def _same_company(name: str) -> str:
    """A company's name as two spellings of it compare: "Initech " and "initech" are one."""
    return " ".join(name.split()).casefold()
