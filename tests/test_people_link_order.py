"""People's "Link <person> to an application" lists the person's company's applications first.

A tester linked a recruiter at Initech: the list put Initech's two applications among the
others, most recently touched first, and the one to pick was the fourth. Now the person's
company's come first (a name's case and spaces aside), then the rest, each part as before.
The company is the app's one rule for a company's name (``domain/companies.company_key``):
accents, punctuation and a legal form aside, as the Recovery and the importers compare one.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.people import ContactInput
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.people_edits import add_contact, application_choices
from bounceback_tui.store.database import Database


def _add(db: Database, company: str, role: str) -> None:
    add_application(db, ApplicationInput(company=company, role=role, date_applied=date(2026, 3, 2)))


def test_the_persons_company_comes_first(db: Database) -> None:
    # Added in this order: the later one is the more recently touched.
    _add(db, "Initech", "Analyst")
    _add(db, "Acme", "Engineer")
    _add(db, "initech ", "Designer")
    _add(db, "Globex", "Writer")
    rita = add_contact(db, ContactInput(name="Rita Okoye", company="Initech"))
    listed = [(c.company, c.role) for c in application_choices(db, rita)]
    assert listed == [
        ("initech ", "Designer"),  # as typed
        ("Initech", "Analyst"),
        ("Globex", "Writer"),
        ("Acme", "Engineer"),
    ]


def test_a_person_without_a_company_has_them_as_before(db: Database) -> None:
    _add(db, "Initech", "Analyst")
    _add(db, "Acme", "Engineer")
    zoe = add_contact(db, ContactInput(name="Zoe"))
    assert [c.company for c in application_choices(db, zoe)] == ["Acme", "Initech"]


def test_the_persons_company_is_told_by_the_app_s_one_rule(db: Database) -> None:
    """ "Initech, Inc." and "INITECH LLC" are Initech, "Zurich Labs" is "Zürich Labs GmbH":
    they came among the rest, as other companies."""
    _add(db, "Zürich Labs GmbH", "Analyst")
    _add(db, "Initech, Inc.", "Analyst")
    _add(db, "Acme", "Engineer")
    _add(db, "INITECH LLC", "Designer")
    _add(db, "Initrode", "Writer")
    rita = add_contact(db, ContactInput(name="Rita Okoye", company="Initech"))
    assert [c.company for c in application_choices(db, rita)] == [
        "INITECH LLC",
        "Initech, Inc.",
        "Initrode",
        "Acme",
        "Zürich Labs GmbH",
    ]
    sam = add_contact(db, ContactInput(name="Sam Reyes", company="Zurich Labs"))
    assert application_choices(db, sam)[0].company == "Zürich Labs GmbH"
