"""In a field about the past, today's weekday is today.

A stranger's fortnight: on Wednesday 13 January 2027 they sent an application and typed "wed"
in Date applied; it was saved as Wednesday 6 January, a week before. In a field that takes
no later day (the date applied, the day of a no, when feedback was asked, when something
happened with a person) a weekday is the latest such day, today included. A field that looks
ahead (the next follow-up) still reads "wed" on a Wednesday as next week's, and "last wed"
is still the Wednesday before today everywhere.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bounceback_tui.domain.applications import validate_application, validate_rejection
from bounceback_tui.domain.dates import parse_date
from bounceback_tui.domain.people import validate_interaction
from bounceback_tui.domain.recovery_forms import validate_feedback_request
from bounceback_tui.domain.recovery_forms import validate_rejection as record_a_no
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, fill, settle, settle_workers

WEDNESDAY = date(2027, 1, 13)
A_WEEK_AGO = date(2027, 1, 6)
NEXT_WEDNESDAY = date(2027, 1, 20)
APPLIED = {"company": "Acme", "role": "Analytics Engineer", "stage": "applied"}


@pytest.mark.parametrize("typed", ["wed", "Wednesday.", "this wed", " WEDS "])
def test_a_past_field_reads_todays_weekday_as_today(typed: str) -> None:
    assert parse_date(typed, WEDNESDAY, past=True) == WEDNESDAY


@pytest.mark.parametrize(
    ("typed", "day"),
    [("tue", date(2027, 1, 12)), ("thu", date(2027, 1, 7)), ("mon", date(2027, 1, 11))],
)
def test_other_weekdays_are_still_the_latest_before(typed: str, day: date) -> None:
    assert parse_date(typed, WEDNESDAY, past=True) == day


def test_last_wed_is_still_a_week_ago_and_a_forward_field_still_next_week() -> None:
    assert parse_date("last wed", WEDNESDAY, past=True) == A_WEEK_AGO
    assert parse_date("wed", WEDNESDAY) == NEXT_WEDNESDAY
    follow_up = validate_application({**APPLIED, "next_follow_up": "wed"}, WEDNESDAY)
    assert follow_up.next_follow_up == NEXT_WEDNESDAY


def test_every_field_about_the_past_takes_today() -> None:
    applied = validate_application({**APPLIED, "date_applied": "wed"}, WEDNESDAY)
    assert applied.date_applied == WEDNESDAY
    posted = validate_application({**APPLIED, "posted_on": "wed"}, WEDNESDAY)
    assert posted.posted_on == WEDNESDAY
    assert validate_rejection({"rejected_on": "wed"}, WEDNESDAY).rejected_on == WEDNESDAY
    no = record_a_no({"company": "Acme", "role": "Data Analyst", "rejected_on": "wed"}, WEDNESDAY)
    assert no.rejected_on == WEDNESDAY
    asked = validate_feedback_request({"asked_on": "wed", "asked_via": ""}, WEDNESDAY, WEDNESDAY)
    assert asked.asked_on == WEDNESDAY
    met = validate_interaction({"kind": "sent", "happened_on": "wed", "note": ""}, WEDNESDAY)
    assert met.happened_on == WEDNESDAY


async def test_date_applied_typed_as_todays_weekday_is_saved_as_today(
    opened_paths: DataPaths,
) -> None:
    """The clock is frozen at Monday 2026-03-16 (tests/conftest.py): "mon" is that day."""
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, company="Acme", role="Analytics Engineer", date_applied="mon")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
    with sqlite3.connect(opened_paths.database) as connection:
        stored = connection.execute("SELECT date_applied FROM application").fetchall()
    connection.close()
    assert stored == [("2026-03-16",)]
