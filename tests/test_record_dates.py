"""A day a record keeps is within ten years of today, in every form that takes one.

A stranger's walk (seventeenth round): Date applied 0001-01-01 was saved, and Today said
"Your last application went out 739,954 days ago"; an interview on 9999-12-31 crashed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

import pytest

from bounceback_tui.domain import applications, interviews, people, recovery_forms, skills
from bounceback_tui.domain.dates import parse_record_date
from bounceback_tui.errors import ValidationError
from tests.conftest import FIXED_TODAY

Validator = Callable[[Mapping[str, str], date], object]

FORMS: list[tuple[str, Validator, dict[str, str], str]] = [
    ("date applied", applications.validate_application,
     {"company": "Acme", "role": "Engineer"}, "date_applied"),
    ("next follow-up", applications.validate_application,
     {"company": "Acme", "role": "Engineer"}, "next_follow_up"),
    ("a person's follow-up", people.validate_contact, {"name": "Rita"}, "next_follow_up"),
    ("a skill's target", skills.validate_skill, {"title": "SQL"}, "target_date"),
    ("an interview's day", interviews.validate_interview,
     {"kind": "technical", "at": "10:00", "zone": "UTC"}, "day"),
    ("the day of a no", recovery_forms.validate_rejection,
     {"company": "Acme", "role": "Engineer"}, "rejected_on"),
]  # fmt: skip


# A future day applied or heard has its own message there (tests/test_application_rules).
NO_FUTURE = ("date_applied", "rejected_on")
CASES = [
    pytest.param(validate, values, field, day, id=f"{what}-{day}")
    for what, validate, values, field in FORMS
    for day in ("0001-01-01", "1999-12-31", "9999-12-31")
    if not (day == "9999-12-31" and field in NO_FUTURE)
]


@pytest.mark.parametrize(("validate", "values", "field", "day"), CASES)
def test_a_day_more_than_ten_years_off_is_refused(
    validate: Validator, values: dict[str, str], field: str, day: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        validate({**values, field: day}, FIXED_TODAY)
    messages = [e.message for e in refused.value.errors if e.field == field]
    assert messages and messages[0].endswith("pick a day within ten years of today."), messages


def test_the_edges_of_the_ten_years() -> None:
    today = date(2026, 3, 16)
    assert parse_record_date("2016-03-16", today) == date(2016, 3, 16)
    assert parse_record_date("2036-03-16", today) == date(2036, 3, 16)
    for outside in ("2016-03-15", "2036-03-17", "+600w"):
        with pytest.raises(ValueError):
            parse_record_date(outside, today)
    # From a 29 February, ten years on is the 28th.
    assert parse_record_date("2034-02-28", date(2024, 2, 29)) == date(2034, 2, 28)
