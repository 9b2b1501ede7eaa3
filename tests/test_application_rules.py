"""Validation of the application form's values."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import ValidationError

TODAY = date(2026, 3, 16)


def _refusal(**values: str) -> ValidationError:
    base = {"company": "Acme", "role": "Engineer"}
    base.update(values)
    with pytest.raises(ValidationError) as caught:
        validate_application(base, TODAY)
    return caught.value


def test_minimal_application() -> None:
    data = validate_application({"company": "  Acme ", "role": "Engineer"}, TODAY)
    assert (data.company, data.role, data.stage) == ("Acme", "Engineer", Stage.APPLIED)
    # Sent applications get today's date unless told otherwise.
    assert data.date_applied == TODAY


def test_saved_application_has_no_date_applied() -> None:
    data = validate_application({"company": "A", "role": "B", "stage": "saved"}, TODAY)
    assert data.date_applied is None


@pytest.mark.parametrize("field", ["company", "role"])
@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_company_and_role_are_required(field: str, blank: str) -> None:
    error = _refusal(**{field: blank})
    assert error.for_field(field) == f"{field.capitalize()} is required."


def test_all_errors_reported_together() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_application({"company": "", "role": "", "link": "not a link"}, TODAY)
    assert {e.field for e in caught.value.errors} == {"company", "role", "link"}


@pytest.mark.parametrize(
    "link", ["ftp://x.org/job", "http://", "just words", "https://exa mple.com"]
)
def test_bad_links_are_refused(link: str) -> None:
    assert _refusal(link=link).for_field("link")


def test_bare_domain_link_gets_a_scheme() -> None:
    data = validate_application({"company": "A", "role": "B", "link": "jobs.acme.com/42"}, TODAY)
    assert data.link == "https://jobs.acme.com/42"


def test_email_without_at_is_refused() -> None:
    assert "@" in (_refusal(contact_email="sam.example.com").for_field("contact_email") or "")


def test_salary_range_order() -> None:
    assert _refusal(salary_min="90k", salary_max="80000").for_field("salary_max")
    data = validate_application(
        {
            "company": "A",
            "role": "B",
            "salary_min": "80k",
            "salary_max": "95,000",
            "salary_currency": "€",
            "salary_period": "year",
        },
        TODAY,
    )
    assert (data.salary_min, data.salary_max, data.salary_currency) == (80000.0, 95000.0, "EUR")


def test_future_date_applied_is_refused() -> None:
    assert "future" in (_refusal(date_applied="+2d").for_field("date_applied") or "")


def test_unparseable_date_names_accepted_forms() -> None:
    assert "YYYY-MM-DD" in (_refusal(date_applied="last week").for_field("date_applied") or "")


def test_long_notes_emoji_and_rtl_are_kept_whole() -> None:
    notes = ("שלום עולם 👋🏽 " * 700)[:10_000]
    data = validate_application(
        {"company": "مؤسسة 🚀", "role": "Ingénieure", "notes": notes}, TODAY
    )
    assert data.notes == notes.strip()
    assert data.company == "مؤسسة 🚀"


def test_control_characters_are_refused() -> None:
    assert _refusal(company="Ac\x00me").for_field("company")


def test_enormous_role_is_refused_with_the_limit() -> None:
    message = _refusal(role="x" * 5000).for_field("role") or ""
    assert "5,000" in message and "300" in message


def test_excitement_range() -> None:
    assert _refusal(excitement="6").for_field("excitement")
    assert (
        validate_application({"company": "A", "role": "B", "excitement": "5"}, TODAY).excitement
        == 5
    )
