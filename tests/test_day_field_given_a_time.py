"""A day-only field given a time says so, in every form alike.

"2026-03-20 14:30" typed into a follow-up's day was kept as 20 March without a word (the
14:30 was dropped unsaid), while "2026-03-20T14:30" was refused as no date at all. Every
date field of the app's forms reads through one reader (``dates.parse_date``, its shapes in
``domain/day_shapes.py``): each now refuses a time after the day, saying the time it saw and
the day to write. The CSV import keeps the day, as before. Today is Monday 16 March 2026
(tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import pytest

from bounceback_tui.errors import ValidationError
from tests.conftest import FIXED_TODAY

PAST = "2026-03-13"  # a day that fits a field taking no later day
AHEAD = "2026-03-20"  # and one that fits a field taking only today or later


def _application(values: Mapping[str, str], today: date) -> object:
    from bounceback_tui.domain.applications import validate_application

    return validate_application({"company": "Northwind", "role": "Analyst", **values}, today)


def _no(values: Mapping[str, str], today: date) -> object:
    from bounceback_tui.domain.applications import validate_rejection

    return validate_rejection(values, today)


def _recorded_no(values: Mapping[str, str], today: date) -> object:
    from bounceback_tui.domain.recovery_forms import validate_rejection

    return validate_rejection({"company": "Northwind", "role": "Analyst", **values}, today)


def _asked(values: Mapping[str, str], today: date) -> object:
    from bounceback_tui.domain.recovery_forms import validate_feedback_request

    return validate_feedback_request(values, date(2026, 3, 2), today)


def _contact(values: Mapping[str, str], today: date) -> object:
    from bounceback_tui.domain.people import validate_contact

    return validate_contact({"name": "Ada Lovelace", **values}, today)


def _contact_log(values: Mapping[str, str], today: date) -> object:
    from bounceback_tui.domain.people import validate_interaction

    return validate_interaction({"kind": "called", "note": "Talked", **values}, today)


def _skill(values: Mapping[str, str], today: date) -> object:
    from bounceback_tui.domain.skills import validate_skill

    return validate_skill({"title": "SQL windows", **values}, today)


def _interview(values: Mapping[str, str], today: date) -> object:
    from bounceback_tui.domain.interviews import validate_interview

    form = {"kind": "technical", "at": "10:00", "zone": "Europe/London"}
    return validate_interview({**form, **values}, today)


FIELDS: list[tuple[Callable[[Mapping[str, str], date], Any], str, str]] = [
    (_application, "date_applied", PAST),
    (_application, "next_follow_up", AHEAD),
    (_application, "posted_on", PAST),
    (_no, "rejected_on", PAST),
    (_recorded_no, "rejected_on", PAST),
    (_asked, "asked_on", PAST),
    (_contact, "next_follow_up", AHEAD),
    (_contact_log, "happened_on", PAST),
    (_skill, "target_date", AHEAD),
    (_interview, "day", AHEAD),
]


@pytest.mark.parametrize(("validate", "field", "day"), FIELDS)
def test_the_day_alone_is_taken(
    validate: Callable[[Mapping[str, str], date], Any], field: str, day: str
) -> None:
    validate({field: day}, FIXED_TODAY)  # the form's other values are good


@pytest.mark.parametrize("written", ["{day} 14:30", "{day}T14:30", "{day} at 14:30"])
@pytest.mark.parametrize(("validate", "field", "day"), FIELDS)
def test_a_time_after_the_day_is_refused_saying_so(
    validate: Callable[[Mapping[str, str], date], Any], field: str, day: str, written: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        validate({field: written.format(day=day)}, FIXED_TODAY)
    said = [message for name, message in refused.value.errors if name == field]
    assert len(said) == 1, refused.value.errors
    assert "time" in said[0] and "14:30" in said[0] and day in said[0], said


def test_a_day_written_out_with_a_time_is_refused_too() -> None:
    from bounceback_tui.domain.dates import DateParseError, parse_date

    for written in ("20 March 2026 14:30", "Mar 20, 2026 2:30 PM", "20.3.2026 14:30"):
        with pytest.raises(DateParseError) as refused:
            parse_date(written, FIXED_TODAY)
        assert "time" in str(refused.value) and AHEAD in str(refused.value), written


def test_the_import_still_keeps_the_day() -> None:
    from bounceback_tui.transfer.csv_values import DateOrder, read_sheet_date

    assert read_sheet_date(f"{AHEAD} 14:30", FIXED_TODAY, DateOrder()) == date(2026, 3, 20)
