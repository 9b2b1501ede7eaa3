"""A date a form could not read is refused in one sentence after the field's label.

A tester read "Date applied: Could not read 'xxx' as a date; use …" on the application form
and "Date: Could not read 'xxx…' as a date" on the interview form: a capital after the
label's colon. The refusal now goes on in lower case ("Date applied: could not read …"), as
every sentence joined after a colon does; one that starts with the person's text quoted
("Date: '31-02-2026' is not a real calendar date.") keeps it as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.errors import ValidationError

TODAY = date(2026, 12, 7)


def _refusal(validate: Callable[..., object], values: dict[str, str], field: str) -> str:
    with pytest.raises(ValidationError) as caught:
        validate(values, TODAY)
    return next(e.message for e in caught.value.errors if e.field == field)


def test_an_application_date_not_read_goes_on_in_lower_case() -> None:
    said = _refusal(
        validate_application,
        {"company": "Acme", "role": "Engineer", "date_applied": "xxx"},
        "date_applied",
    )
    assert said.startswith("Date applied: could not read 'xxx' as a date; use ")


def test_an_interview_date_not_read_goes_on_in_lower_case() -> None:
    long = "x" * 80
    said = _refusal(validate_interview, {"kind": "phone screen", "day": long, "at": "10:00"}, "day")
    assert said.startswith("Date: could not read 'xxxx")
    assert "as a date" in said


def test_a_date_quoted_first_keeps_its_quote_after_the_label() -> None:
    said = _refusal(
        validate_interview, {"kind": "phone screen", "day": "2026-02-31", "at": "10:00"}, "day"
    )
    assert said == "Date: '2026-02-31' is not a real calendar date."
