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


def test_a_follow_up_before_the_date_applied_is_refused() -> None:
    """`-3d` on a new application (sent today) used to be accepted."""
    refusal = _refusal(next_follow_up="-3d")
    assert refusal.for_field("next_follow_up") == (
        "-3d was read as Fri 13 Mar 2026. The follow-up is before the date applied "
        "(2026-03-16); pick that day or later."
    )
    refusal = _refusal(date_applied="2026-03-10", next_follow_up="2026-03-09")
    assert "before the date applied (2026-03-10)" in (refusal.for_field("next_follow_up") or "")


def test_a_follow_up_on_or_after_the_date_applied_is_kept() -> None:
    values = {"company": "A", "role": "B", "date_applied": "-10d", "next_follow_up": "-3d"}
    assert validate_application(values, TODAY).next_follow_up == date(2026, 3, 13)
    values["next_follow_up"] = "-10d"
    assert validate_application(values, TODAY).next_follow_up == date(2026, 3, 6)
    # A saved lead has no date applied to be before.
    lead = {"company": "A", "role": "B", "stage": "saved", "next_follow_up": "+2d"}
    assert validate_application(lead, TODAY).next_follow_up == date(2026, 3, 18)


@pytest.mark.parametrize("stage", ["rejected", "withdrawn", "ghosted", "accepted"])
def test_a_closed_application_keeps_no_follow_up(stage: str) -> None:
    values = {"company": "A", "role": "B", "stage": stage, "next_follow_up": "+1w"}
    assert validate_application(values, TODAY).next_follow_up is None


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


# --- more rules, and property tests: hostile input gives a clean result or a clean refusal --

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from bounceback_tui.domain.applications import (  # noqa: E402
    FORM_FIELDS,
    ApplicationInput,
    RejectionInput,
    validate_rejection,
)
from bounceback_tui.domain.dates import DateParseError, parse_date  # noqa: E402
from bounceback_tui.domain.pipeline_query import parse_query  # noqa: E402
from bounceback_tui.domain.salary import format_salary  # noqa: E402


def test_select_values_from_the_form_are_accepted() -> None:
    data = validate_application(
        {
            "company": "Acme",
            "role": "Engineer",
            "work_mode": "hybrid",
            "source": "company_site",
            "salary_period": "month",
            "excitement": "3",
            "stage": "interviewing",
        },
        TODAY,
    )
    assert (data.work_mode, data.source, data.salary_period, data.excitement) == (
        "hybrid",
        "company_site",
        "month",
        3,
    )


def test_unicode_digits_are_not_an_excitement() -> None:
    # "²".isdigit() is True but int("²") fails: refused with the message, not a crash.
    assert _refusal(excitement="²").for_field("excitement")
    assert _refusal(excitement="٣").for_field("excitement")


@pytest.mark.parametrize(
    ("low", "high", "currency", "period", "expected"),
    [
        (85000, 95000, "EUR", "year", "85k-95k EUR/year"),
        (60000, None, "GBP", None, "from 60k GBP"),
        (None, 45.5, "", "hour", "up to 45.50/hour"),
        (70000, 70000, "USD", "year", "70k USD/year"),
        (None, None, "EUR", "year", ""),
    ],
)
def test_salary_ranges_read_well(
    low: float | None, high: float | None, currency: str, period: str | None, expected: str
) -> None:
    assert format_salary(low, high, currency, period) == expected


HOSTILE = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "",
            " ",
            "²",
            "٣",
            "１２",
            "9" * 400,
            "1e999",
            "-5",
            "nan",
            "inf",
            "https://[::1",
            "http://exa mple.com",
            "javascript:alert(1)",
            "\x00",
            "\ud800",
            "\u202eevil",
            "שלום",
            "👩🏽‍💻",
            "+9999w",
            "-9999w",
            "0000-00-00",
            "9999-12-31",
            "2026-02-30",
            "@",
            "a@b",
            "[b]bold[/b]",
        ]
    ),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.dictionaries(st.sampled_from(FORM_FIELDS), HOSTILE))
def test_validate_application_never_crashes(values: dict[str, str]) -> None:
    try:
        data = validate_application(values, TODAY)
    except ValidationError as exc:
        assert exc.errors and all(e.field in FORM_FIELDS and e.message for e in exc.errors)
    else:
        assert isinstance(data, ApplicationInput)
        assert data.company and data.role
        assert data.date_applied is None or data.date_applied <= TODAY


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_parse_date_gives_a_date_or_a_clear_refusal(text: str) -> None:
    try:
        day = parse_date(text, TODAY)
    except DateParseError as exc:
        message = str(exc)
        # Either it names the accepted forms, or it says the date does not exist.
        assert "YYYY-MM-DD" in message or "not a real calendar date" in message
    else:
        assert isinstance(day, date)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["rejected_on", "stage_reached", "reason"]), HOSTILE))
def test_validate_rejection_never_crashes(values: dict[str, str]) -> None:
    try:
        details = validate_rejection(values, TODAY, date(2026, 1, 1))
    except ValidationError as exc:
        assert exc.errors
    else:
        assert isinstance(details, RejectionInput)
        assert date(2026, 1, 1) <= details.rejected_on <= TODAY


@settings(max_examples=200, deadline=None)
@given(st.lists(HOSTILE, max_size=4).map(" ".join))
def test_the_filter_reads_anything(text: str) -> None:
    query = parse_query(text, TODAY)
    assert all(isinstance(problem, str) for problem in query.problems)


@pytest.mark.parametrize(
    "typed,message",
    [
        ("31/02", "The day of the no: "),
        ("+3d", "+3d was read as Thu 19 Mar 2026. The day of the no cannot be in the future."),
    ],
)
def test_a_refused_day_of_a_no_is_named_as_the_forms_name_it(typed: str, message: str) -> None:
    """A stranger's walk (sixteenth round): "The date: Could not read…" beside a field
    labelled "Heard on" (and "Date of the no" on Recovery's form)."""
    with pytest.raises(ValidationError) as caught:
        validate_rejection({"rejected_on": typed, "stage_reached": "applied"}, TODAY)
    said = caught.value.for_field("rejected_on") or ""
    assert said.startswith(message)
    assert "The date" not in said


def test_recoverys_form_names_a_bad_day_of_a_no_the_same_way() -> None:
    """Recovery's `n` said "Date: Could not read '31/02'…" beside "Date of the no" (the
    lead's walk, sixteenth round, after the Pipeline's `x` was mended); then "The day of the
    no: …", a name the field does not have: it is the field's own label now."""
    from bounceback_tui.domain.recovery_forms import validate_rejection as record_a_no

    values = {"company": "Initech", "role": "Analyst", "rejected_on": "31/02"}
    with pytest.raises(ValidationError) as caught:
        record_a_no(values, TODAY)
    assert (caught.value.for_field("rejected_on") or "").startswith("Date of the no: ")
