"""Small wording a stranger tripped over (twentieth round): an email that lacks only its
ending, "Salary per: a year", and two company sizes that both claimed 1,000."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.applications import COMPANY_SIZES, company_size_label
from bounceback_tui.domain.people import check_email
from bounceback_tui.errors import ValidationError
from bounceback_tui.ui.pipeline.application_form import APPLICATION_FIELDS


def test_an_email_without_its_ending_is_told_the_ending() -> None:
    with pytest.raises(ValueError) as said:
        check_email("ann@northwind")
    assert str(said.value) == "The email needs an ending after northwind, like northwind.com."


@pytest.mark.parametrize("bad", ["ann@", "@x.com", "annnorthwind.com", "ann@north wind", "a@b@c"])
def test_other_bad_emails_are_told_what_an_email_holds(bad: str) -> None:
    with pytest.raises(ValueError) as said:
        check_email(bad)
    assert str(said.value) == "The email needs a name, an @ and a domain, like sam@example.com."


def test_the_applications_contact_email_is_told_the_ending_too() -> None:
    from datetime import date

    from bounceback_tui.domain.applications import validate_application

    with pytest.raises(ValidationError) as said:
        validate_application(
            {"company": "Northwind", "role": "Analyst", "contact_email": "ann@northwind"},
            date(2026, 3, 16),
        )
    messages = [e.message for e in said.value.errors if e.field == "contact_email"]
    assert messages == ["The email needs an ending after northwind, like northwind.com."]


def test_no_two_company_sizes_claim_the_same_number() -> None:
    assert [company_size_label(band) for band in COMPANY_SIZES] == [
        "1-10 people",
        "11-50 people",
        "51-250 people",
        "251-1000 people",
        "over 1000 people",
    ]


def test_the_salary_period_reads_after_salary_per() -> None:
    (period,) = [f for f in APPLICATION_FIELDS if f.name == "salary_period"]
    assert period.label == "Salary per"
    assert [label for label, _ in period.options] == ["hour", "day", "week", "month", "year"]
