"""A date field takes a weekday's name: the next such day after today, never today itself.

The twenty-third round left it: no date field took "fri", "friday" or "next mon" (which way
they point was a decision). The decision: a weekday names the next such day after today,
so "fri" typed on a Friday is a week later, and "next fri" is the same day as "fri"; the
field's refusal says so. It is read by the one date parser (``domain/dates.parse_date``),
so every date field and the Pipeline's ``since:``/``until:`` take it.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.dates import DateParseError, parse_date
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_ZONE
from tests.ui_harness import app_on, settle_workers

MONDAY = date(2026, 3, 16)
FRIDAY = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("fri", date(2026, 3, 20)),
        ("Friday", date(2026, 3, 20)),
        (" FRI ", date(2026, 3, 20)),
        ("next fri", date(2026, 3, 20)),  # the same day as "fri"
        ("Next Friday", date(2026, 3, 20)),
        ("tue", date(2026, 3, 17)),
        ("tues", date(2026, 3, 17)),
        ("wed", date(2026, 3, 18)),
        ("thu", date(2026, 3, 19)),
        ("thurs", date(2026, 3, 19)),
        ("sat", date(2026, 3, 21)),
        ("sunday", date(2026, 3, 22)),
        ("mon", date(2026, 3, 23)),  # today is a Monday: the next one, a week on
        ("next mon", date(2026, 3, 23)),
        ("monday", date(2026, 3, 23)),
    ],
)
def test_a_weekday_is_the_next_such_day_after_today(typed: str, day: date) -> None:
    assert parse_date(typed, MONDAY) == day


def test_on_a_friday_fri_is_a_week_later() -> None:
    assert parse_date("fri", FRIDAY) == date(2026, 3, 27)
    assert parse_date("sat", FRIDAY) == date(2026, 3, 21)
    assert parse_date("thu", FRIDAY) == date(2026, 3, 26)


@pytest.mark.parametrize("typed", ["next", "fridays", "fri 3", "next next fri", "frid"])
def test_other_words_are_refused_saying_what_a_weekday_means(typed: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(typed, MONDAY)
    assert str(caught.value) == (
        f"Could not read {typed!r} as a date; use YYYY-MM-DD, today, yesterday, tomorrow, "
        "an offset like -3d or +1w, or a weekday: fri (the next one after today) or last fri."
    )


def _seed(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    finally:
        db.dispose()


def _follow_up(paths: DataPaths) -> str:
    with sqlite3.connect(paths.database) as connection:
        row = connection.execute("SELECT next_follow_up FROM application").fetchone()
    connection.close()
    return str(row[0])


@pytest.mark.parametrize(
    ("now", "saved"),
    [
        (datetime(2026, 3, 16, 9, 30), "2026-03-20"),  # a Monday: this week's Friday
        (datetime(2026, 3, 20, 9, 30), "2026-03-27"),  # a Friday: the next one
    ],
)
async def test_a_follow_up_typed_as_fri_is_saved_on_that_day(
    opened_paths: DataPaths, now: datetime, saved: str
) -> None:
    clock.freeze(now, tz=FIXED_ZONE)
    _seed(opened_paths)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("f")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press(*"fri", "enter")  # over the suggested "+1w", which is selected
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
    assert _follow_up(opened_paths) == saved
