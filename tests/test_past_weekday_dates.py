"""A weekday typed in a field that takes no later day is the last such day before today.

A stranger's walk: Date applied, a rejection's "Heard on" and the other fields that refuse
a day "in the future" showed "fri" in their placeholder and could never take it ("sun" on a
Sunday in Date applied: "The date applied cannot be in the future."). There a weekday is now
the latest such day, today included (tests/test_past_weekday_today.py: it was the last such
day before today, never today itself, until a stranger's "wed" on a Wednesday was saved a week
early); the others still point forward. "this
fri" is "fri", a trailing full stop is taken, and a refused day typed as a word says which
day it was read as.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import validate_application, validate_rejection
from bounceback_tui.domain.dates import parse_date
from bounceback_tui.domain.people import validate_interaction
from bounceback_tui.domain.recovery_forms import validate_feedback_request
from bounceback_tui.errors import ValidationError

SUNDAY = date(2026, 12, 6)
FRIDAY = date(2026, 12, 11)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("sun", SUNDAY),  # today is a Sunday: today (test_past_weekday_today.py)
        ("fri", date(2026, 12, 4)),
        ("Friday.", date(2026, 12, 4)),
        ("this fri", date(2026, 12, 4)),
        ("sat", date(2026, 12, 5)),
    ],
)
def test_a_past_field_reads_a_weekday_as_the_latest_one(typed: str, day: date) -> None:
    assert parse_date(typed, SUNDAY, past=True) == day


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("fri", date(2026, 12, 11)),
        ("this fri", date(2026, 12, 11)),
        ("friday.", date(2026, 12, 11)),
        ("sun", date(2026, 12, 13)),
    ],
)
def test_other_fields_still_read_it_forward(typed: str, day: date) -> None:
    assert parse_date(typed, SUNDAY) == day


def test_next_says_it_is_ahead_even_where_no_later_day_is_taken() -> None:
    assert parse_date("next mon", SUNDAY, past=True) == date(2026, 12, 7)
    values = {"company": "Initech", "role": "Analyst", "stage": "applied"}
    with pytest.raises(ValidationError) as caught:
        validate_application({**values, "date_applied": "next mon"}, SUNDAY)
    assert [e.message for e in caught.value.errors] == [
        "next mon was read as Mon 7 Dec 2026. The date applied cannot be in the future."
    ]


def test_date_applied_sun_on_a_sunday_is_today() -> None:
    values = {"company": "Initech", "role": "Analyst", "stage": "applied", "date_applied": "sun"}
    checked = validate_application(values, SUNDAY)
    assert checked.date_applied == SUNDAY


def test_a_follow_up_fri_is_still_the_next_friday() -> None:
    values = {"company": "Initech", "role": "Analyst", "stage": "applied", "next_follow_up": "fri"}
    assert validate_application(values, SUNDAY).next_follow_up == FRIDAY


def test_the_day_of_a_no_and_of_an_ask_and_an_interaction_take_a_past_weekday() -> None:
    no = validate_rejection({"rejected_on": "fri", "stage_reached": "applied"}, SUNDAY)
    assert no.rejected_on == date(2026, 12, 4)
    asked = validate_feedback_request({"asked_on": "fri", "asked_via": ""}, SUNDAY, SUNDAY)
    assert asked.asked_on == date(2026, 12, 4)
    happened = validate_interaction({"kind": "sent", "happened_on": "fri", "note": ""}, SUNDAY)
    assert happened.happened_on == date(2026, 12, 4)


def test_a_refused_day_says_which_day_it_was_read_as() -> None:
    values = {"company": "Initech", "role": "Analyst", "stage": "applied"}
    with pytest.raises(ValidationError) as caught:
        validate_application({**values, "date_applied": "tomorrow"}, SUNDAY)
    assert [e.message for e in caught.value.errors] == [
        "tomorrow was read as Mon 7 Dec 2026. The date applied cannot be in the future."
    ]
    with pytest.raises(ValidationError) as caught:
        validate_rejection({"rejected_on": "mon"}, SUNDAY, date(2026, 12, 2))
    assert [e.message for e in caught.value.errors] == [
        "mon was read as Mon 30 Nov 2026. That is before the application was sent (2026-12-02)."
    ]


def test_a_day_typed_as_a_date_is_refused_as_before() -> None:
    values = {"company": "Initech", "role": "Analyst", "stage": "applied"}
    with pytest.raises(ValidationError) as caught:
        validate_application({**values, "date_applied": "2026-12-07"}, SUNDAY)
    assert [e.message for e in caught.value.errors] == ["The date applied cannot be in the future."]
