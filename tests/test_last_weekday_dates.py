"""A date field reads "last fri" as the last Friday before today, where a past day is allowed.

The twenty-fourth round left it: "last fri" and "last friday" were refused in every date
field ("Could not read 'last fri' as a date"), while a person means by it the most recent
Friday before today (a week ago when typed on a Friday). It is now read so by the one date
parser (``domain/dates.parse_date``), forward field or past-only field alike. A field that
takes only later days (a skill's target date) refuses it, saying which day it was read as.
"next fri" in a past-only field is still refused, saying the day, as before.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bounceback_tui.domain.applications import validate_application, validate_rejection
from bounceback_tui.domain.dates import DateParseError, parse_date, parse_date_or_ago
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import validate_interaction
from bounceback_tui.domain.recovery_forms import validate_feedback_request
from bounceback_tui.domain.recovery_forms import validate_rejection as record_a_no
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, fill, settle, settle_workers

SUNDAY = date(2026, 12, 6)
FRIDAY = date(2026, 12, 11)
LAST_FRIDAY = date(2026, 12, 4)  # the Friday before both
APPLIED = {"company": "Initech", "role": "Analyst", "stage": "applied"}


@pytest.mark.parametrize("typed", ["last fri", "last friday", "Last Friday.", " LAST  FRI "])
@pytest.mark.parametrize("past", [False, True])
def test_last_fri_is_the_friday_before_today_in_any_field(typed: str, past: bool) -> None:
    assert parse_date(typed, SUNDAY, past=past) == LAST_FRIDAY


@pytest.mark.parametrize("past", [False, True])
def test_on_a_friday_last_fri_is_a_week_ago_never_today(past: bool) -> None:
    assert parse_date("last fri", FRIDAY, past=past) == LAST_FRIDAY
    assert parse_date("last thu", FRIDAY, past=past) == date(2026, 12, 10)
    assert parse_date("last sat", FRIDAY, past=past) == date(2026, 12, 5)


def test_the_past_fields_take_it() -> None:
    assert validate_application({**APPLIED, "date_applied": "last fri"}, SUNDAY).date_applied == (
        LAST_FRIDAY
    )
    posted = validate_application({**APPLIED, "posted_on": "last friday"}, SUNDAY)
    assert posted.posted_on == LAST_FRIDAY
    assert validate_rejection({"rejected_on": "last fri"}, SUNDAY).rejected_on == LAST_FRIDAY
    no = record_a_no({"company": "Initech", "role": "Analyst", "rejected_on": "last fri"}, SUNDAY)
    assert no.rejected_on == LAST_FRIDAY
    asked = validate_feedback_request({"asked_on": "last fri", "asked_via": ""}, SUNDAY, SUNDAY)
    assert asked.asked_on == LAST_FRIDAY
    met = validate_interaction({"kind": "sent", "happened_on": "last fri", "note": ""}, SUNDAY)
    assert met.happened_on == LAST_FRIDAY


def test_the_forward_fields_that_take_a_past_day_take_it_too() -> None:
    interview = validate_interview(
        {"kind": "phone_screen", "day": "last fri", "at": "9am", "zone": "UTC"}, SUNDAY
    )
    assert interview.starts_at.date() == LAST_FRIDAY  # an interview that happened
    values = {**APPLIED, "date_applied": "2026-11-20", "next_follow_up": "last fri"}
    assert validate_application(values, SUNDAY).next_follow_up == LAST_FRIDAY
    assert parse_date_or_ago("last fri", SUNDAY) == LAST_FRIDAY  # since: and --from


def test_a_target_date_refuses_it_saying_which_day_it_was_read_as() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_skill({"title": "SQL", "target_date": "last fri"}, SUNDAY)
    assert [e.message for e in caught.value.errors] == [
        "Target date: last fri was read as Fri 4 Dec 2026, which has passed; pick today or a "
        "later day."
    ]
    # "fri" there is still the next Friday, and taken.
    assert validate_skill({"title": "SQL", "target_date": "fri"}, SUNDAY).target_date == FRIDAY


@pytest.mark.parametrize(
    ("check", "message"),
    [
        (
            lambda typed: validate_application({**APPLIED, "date_applied": typed}, SUNDAY),
            "next fri was read as Fri 11 Dec 2026. The date applied cannot be in the future.",
        ),
        (
            lambda typed: validate_application({**APPLIED, "posted_on": typed}, SUNDAY),
            "next fri was read as Fri 11 Dec 2026. The posting's date cannot be in the future.",
        ),
        (
            lambda typed: validate_rejection({"rejected_on": typed}, SUNDAY),
            "next fri was read as Fri 11 Dec 2026. The day of the no cannot be in the future.",
        ),
        (
            lambda typed: record_a_no(
                {"company": "Initech", "role": "Analyst", "rejected_on": typed}, SUNDAY
            ),
            "next fri was read as Fri 11 Dec 2026. That date is in the future; use the day "
            "the no came.",
        ),
        (
            lambda typed: validate_feedback_request(
                {"asked_on": typed, "asked_via": ""}, SUNDAY, SUNDAY
            ),
            "next fri was read as Fri 11 Dec 2026. That day has not come yet; note it once asked.",
        ),
        (
            lambda typed: validate_interaction(
                {"kind": "sent", "happened_on": typed, "note": ""}, SUNDAY
            ),
            "next fri was read as Fri 11 Dec 2026. That date has not come yet; log it once it has.",
        ),
    ],
)
def test_next_fri_in_a_past_field_is_still_refused_saying_the_day(check, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check("next fri")
    assert [e.message for e in caught.value.errors] == [message]


@pytest.mark.parametrize("typed", ["last", "last week", "last fri 3", "last next fri"])
def test_other_words_after_last_are_refused_naming_the_forms(typed: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(typed, SUNDAY, past=True)
    assert str(caught.value) == (
        f"Could not read {typed!r} as a date; use YYYY-MM-DD, today, yesterday, an offset like "
        "-3d or -1w, or a weekday: fri (the latest one, today included) or last fri (the last "
        "one before today)."
    )


async def test_date_applied_typed_as_last_fri_is_saved_on_that_day(opened_paths: DataPaths) -> None:
    """The clock is frozen at Monday 2026-03-16 (tests/conftest.py): last Friday is the 13th."""
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, company="Initech", role="Analyst", date_applied="last fri")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
    with sqlite3.connect(opened_paths.database) as connection:
        stored = connection.execute("SELECT date_applied FROM application").fetchall()
    connection.close()
    assert stored == [("2026-03-13",)]
