"""The people a CSV import names, found or added and linked, inside its transaction.

Who a name or an email stands for is ``domain.people_match``'s answer, the one the import's
plan gave (transfer/csv_known.py): the same person every time, and nobody guessed at when two
people share the name.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from bounceback_tui import clock
from bounceback_tui.domain.people import person_name
from bounceback_tui.domain.people_match import PeopleIndex
from bounceback_tui.services.people import raw_connection
from bounceback_tui.store.models import ApplicationContact, Contact


def link_named_people(session: Session, named: list[tuple[int, str, str, str]]) -> None:
    """Each (application id, company, name, email) an import brings: the person found or
    added, and linked. The contacts are read once, and one agency recruiter named on 40 rows
    becomes one person linked to 40 applications. A name two people share is linked to
    neither (the plan said so).

    An application's people are linked in the order named, a microsecond apart: its people
    are listed by when each was linked (then by who was added first: services/people.people_in,
    the CSV export), and linked in one moment a person named second but already in the store
    came first, so a round trip through the CSV export changed their order."""
    known = PeopleIndex()
    now = clock.now()
    places: dict[int, int] = {}
    for cid, cname, cemail in raw_connection(session).execute(
        "SELECT id, name, email FROM contact ORDER BY id"
    ):
        known.add(cid, cname, cemail)
    for application_id, company, raw_name, raw_email in named:
        place = places[application_id] = places.get(application_id, -1) + 1
        name, email = " ".join(raw_name.split()), raw_email.strip()
        match = known.match(name, email)
        if match.ambiguous:
            continue
        found = match.id
        if found is None:
            contact = Contact(name=person_name(name, email), email=email, company=company)
            session.add(contact)
            session.flush()
            assert contact.id is not None
            found = contact.id
            known.add(found, contact.name, email)
        elif match.gains_email:
            person = session.get(Contact, found)
            assert person is not None
            person.email = email
            session.add(person)
            known.gave_email(found, name, email)
        if session.get(ApplicationContact, (application_id, found)) is None:
            linked = now + timedelta(microseconds=place)
            session.add(
                ApplicationContact(
                    application_id=application_id, contact_id=found, created_at=linked
                )
            )
