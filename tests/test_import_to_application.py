"""From a posting to the application form's values, a Saved application, and duplicates."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.errors import BouncebackError
from bounceback_tui.importers.dedupe import KnownPostings, canonical_link, company_key, same_title
from bounceback_tui.importers.posting import Posting
from bounceback_tui.services.applications import list_applications
from bounceback_tui.services.posting_import import AlreadyKnownError, add_posting, form_values
from bounceback_tui.store.database import Database

POSTING = Posting(
    title="Senior Backend Engineer",
    company="Northwind Analytics",
    location="Lisbon, Portugal",
    remote=False,
    url="https://job-boards.greenhouse.io/northwind/jobs/4012345",
    salary_min=60000.0,
    salary_max=80000.5,
    salary_currency="EUR",
    salary_period="year",
    employment_type="Full-time",
    date_posted=date(2026, 3, 2),
    valid_through=date(2026, 4, 30),
    description="About the role\n\n• Python",
    work_mode="hybrid",
)


def test_form_values_are_what_a_person_would_type() -> None:
    assert form_values(POSTING) == {
        "company": "Northwind Analytics",
        "role": "Senior Backend Engineer",
        "stage": "saved",
        "link": "https://job-boards.greenhouse.io/northwind/jobs/4012345",
        "location": "Lisbon, Portugal",
        "work_mode": "hybrid",
        "salary_min": "60000",
        "salary_max": "80000.50",
        "salary_currency": "EUR",
        "salary_period": "year",
        "source": "",
        "excitement": "",
        "contact_name": "",
        "contact_email": "",
        "notes": "Posted 2026-03-02. Apply by 2026-04-30.",
        "description": "About the role\n\n• Python",
        "employment_type": "Full-time",
        "date_applied": "",
        "next_follow_up": "",
        "posted_on": "2026-03-02",  # the posting's date fills its own field (issue 20)
    }


def test_a_posting_dated_in_the_future_leaves_posted_on_empty() -> None:
    from dataclasses import replace

    # The clock is frozen on 2026-03-16: a posting "from" 2026-04-01 is a wrong date.
    assert form_values(replace(POSTING, date_posted=date(2026, 4, 1)))["posted_on"] == ""
    assert validate_application(form_values(POSTING), date(2026, 3, 16)).posted_on == date(
        2026, 3, 2
    )


def test_form_values_pass_the_application_rules_even_for_odd_postings() -> None:
    odd = Posting(
        title="R" * 1000,
        company="Acme",
        remote=True,
        url="https://example.com/" + "x" * 3000,
        salary_min=5e12,
        description="d" * 200_000,
    )
    values = form_values(odd)
    assert values["work_mode"] == "remote"
    assert values["link"] == "" and values["salary_min"] == ""
    assert len(values["role"]) == 300 and values["role"].endswith("…")
    data = validate_application(values, date(2026, 3, 16))
    assert data.stage.value == "saved" and data.date_applied is None


def test_add_posting_and_refuse_the_same_posting_twice(db: Database) -> None:
    app = add_posting(db, POSTING)
    assert (app.company, app.role, app.stage, app.work_mode) == (
        "Northwind Analytics",
        "Senior Backend Engineer",
        "saved",
        "hybrid",
    )
    again = Posting(title="Senior Back-end Engineer", company="Northwind Analytics, Inc.")
    with pytest.raises(AlreadyKnownError) as caught:
        add_posting(db, again)
    assert caught.value.application_id == app.id
    with pytest.raises(AlreadyKnownError):
        add_posting(db, Posting(title="Anything", company="Other", url=POSTING.url + "/"))
    assert len(list_applications(db)) == 1


def test_add_posting_without_a_company_says_so(db: Database) -> None:
    with pytest.raises(BouncebackError, match="does not say which company"):
        add_posting(db, Posting(title="Baker"))
    assert list_applications(db) == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Senior Backend Engineer", "Senior Back-end Engineer", True),
        ("Senior Backend Engineer", "senior backend engineer ", True),
        ("Backend Engineer, Senior", "Senior Backend Engineer", True),
        ("Engineer II", "Engineer III", False),
        ("Analyst 2", "Analyst 21", False),
        ("Senior Backend Engineer", "Backend Engineer", False),
        ("Data Engineer", "Data Scientist", False),
    ],
)
def test_same_title(a: str, b: str, same: bool) -> None:
    assert same_title(a, b) is same


def test_links_and_companies_compare_loosely() -> None:
    assert canonical_link("https://WWW.Example.com/jobs/1/?utm_source=x&gh_src=y#apply") == (
        "example.com/jobs/1"
    )
    assert canonical_link("http://example.com/jobs?id=2&ref=mail") == "example.com/jobs?id=2"
    assert canonical_link("") == ""
    assert company_key("Acme, Inc.") == company_key("ACME") == "acme"
    known = KnownPostings([("Acme", "Data Engineer", "https://example.com/jobs/1")])
    assert known.match("Other", "Other", "https://example.com/jobs/1/") == "same link"
    assert known.match("acme inc", "Data  engineer", None) == "same role"
    assert known.match("Acme", "Data Scientist", "https://example.com/jobs/2") is None
