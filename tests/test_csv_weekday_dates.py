"""A CSV import reads a weekday in a past-only column as the app's forms do.

The twenty-fourth round left it: the forms read "fri" in a field that takes no later day
(Date applied, Posted on, the day of a no) as the latest Friday, but the CSV
import read "fri" in "Rejected on" or "Applied on" forwards, as next Friday, and then
refused the row for a day in the future. Both now read by one rule
(``domain/dates.NO_LATER_DAY``, ``parse_date``'s ``past``); a forward column ("Next
follow-up") still reads it forwards. The clock is frozen at Monday 2026-03-16
(tests/conftest.py): last Friday is the 13th, next Friday the 20th, and "mon" in a past-only
column is today (tests/test_past_weekday_today.py).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.paths import DataPaths
from tests.csv_sheets import planned, written_sheet

TRACKER = (
    "Company,Position,Status,Applied on,Posted on,Rejected on,Next follow-up\n"
    "Acme,Engineer,Rejected,thu,tue,fri,\n"
    "Globex,Developer,Applied,Last Friday,,,fri\n"
    "Initech,QA,Rejected,2026-03-02,,wednesday,\n"  # the no's day alone typed as a weekday
)
MONDAY = date(2026, 3, 16)


def test_a_weekday_in_a_past_only_column_is_the_latest_one(tmp_path: Path) -> None:
    plan = planned(tmp_path, TRACKER, today=MONDAY, name="tracker.csv")
    assert plan.bad == []
    acme, globex, initech = plan.rows
    assert acme.data.date_applied == date(2026, 3, 12)
    assert acme.data.posted_on == date(2026, 3, 10)
    assert acme.rejected_on == date(2026, 3, 13)
    assert globex.data.date_applied == date(2026, 3, 13)
    assert globex.data.next_follow_up == date(2026, 3, 20)  # a forward column: next Friday
    assert initech.rejected_on == date(2026, 3, 11)


def test_the_import_records_the_no_on_last_friday(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(tmp_path, TRACKER, "tracker.csv")
    assert main(["import", str(source), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "3 new applications to add, 0 duplicates to skip, 0 rows that cannot be read." in out
    with sqlite3.connect(opened_paths.database) as connection:
        stored = connection.execute(
            "SELECT a.company, a.date_applied, r.rejected_on FROM application a "
            "LEFT JOIN rejection r ON r.application_id = a.id ORDER BY a.company"
        ).fetchall()
    connection.close()
    assert stored == [
        ("Acme", "2026-03-12", "2026-03-13"),
        ("Globex", "2026-03-13", None),
        ("Initech", "2026-03-02", "2026-03-11"),
    ]


def test_on_a_sunday_sun_is_today_in_the_import_and_in_the_form(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The twenty-fifth round's list named "sun" on a Sunday in a past-only column, read as the
    Sunday a week before, the forms' rule then. A stranger's "wed" typed on a Wednesday and
    saved a week early changed the rule: a weekday in a field about the past is the latest such
    day, today included (``dates.parse_date``'s ``past``). The import reads it through that one
    function too: held here on a Sunday by the clock the import itself reads
    (``clock.today()``)."""
    clock.freeze(datetime(2026, 3, 15, 9, 30), tz="Europe/London")  # a Sunday
    source = written_sheet(
        tmp_path,
        "Company,Position,Status,Applied on,Posted on,Rejected on,Next follow-up\n"
        "Acme,Engineer,Rejected,sun,sun,sun,\n"
        "Globex,Developer,Applied,sunday,,,sun\n",
        "sunday.csv",
    )
    assert main(["import", str(source), "--yes"]) == 0
    with sqlite3.connect(opened_paths.database) as connection:
        stored = connection.execute(
            "SELECT a.company, a.date_applied, a.posted_on, a.next_follow_up, r.rejected_on "
            "FROM application a LEFT JOIN rejection r ON r.application_id = a.id "
            "ORDER BY a.company"
        ).fetchall()
    connection.close()
    assert stored == [
        ("Acme", "2026-03-15", "2026-03-15", None, "2026-03-15"),
        ("Globex", "2026-03-15", None, "2026-03-22", None),  # a forward column: next Sunday
    ]
    typed = validate_application(
        {"company": "Initech", "role": "QA", "stage": "applied", "date_applied": "sun"},
        clock.today(),
    )
    assert typed.date_applied == date(2026, 3, 15)
