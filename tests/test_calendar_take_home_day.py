"""A take-home due in another zone is on the person's own day in the calendar file.

A tester in Berlin had a take-home due Thu 10 Dec 08:00 in Sydney: the app said "Wed 9 Dec
22:00 (Thu 10 Dec 08:00 Australia/Sydney)", but `calendar -o -` wrote
``DTSTART;VALUE=DATE:20261210``, Sydney's day, so their calendar showed it on Thursday,
after it had passed. Here the person is in London (tests/conftest.py: GMT until 29 March)
and the take-home is due Wed 18 Mar 08:00 in Sydney (AEDT, eleven hours ahead): 21:00 on
Tue 17 Mar in London.
"""

from __future__ import annotations

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY


def _take_home(paths: DataPaths, zone: str) -> None:
    db = Database(paths.database)
    try:
        app = add_application(db, ApplicationInput(company="Driftwood Games", role="Engineer"))
        assert app.id is not None
        data = validate_interview(
            {"kind": "take home", "day": "2026-03-18", "at": "08:00", "zone": zone}, FIXED_TODAY
        )
        interviews.add_interview(db, app.id, data)
    finally:
        db.dispose()


def _ics(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--data-dir", str(paths.data_dir), "calendar", "-o", "-", "--days", "7"]) == 0
    # RFC 5545 folds lines longer than 75 octets: a CRLF and a space carry one on.
    return capsys.readouterr().out.replace("\r\n ", "").replace("\r\n", "\n")


def test_a_take_home_due_in_sydney_is_on_the_londoners_tuesday(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _take_home(opened_paths, "Australia/Sydney")
    ics = _ics(opened_paths, capsys)
    assert "DTSTART;VALUE=DATE:20260317\n" in ics
    assert "DTEND;VALUE=DATE:20260318\n" in ics
    assert "DTSTART;VALUE=DATE:20260318" not in ics  # not Sydney's Wednesday
    # Its time both ways, as the app says it: the person's first, then the one they gave.
    assert "Due 21:00 Europe/London (Wed 18 Mar 08:00 Australia/Sydney)." in ics


def test_a_take_home_in_the_persons_own_zone_keeps_its_day_and_time(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _take_home(opened_paths, "Europe/London")
    ics = _ics(opened_paths, capsys)
    assert "DTSTART;VALUE=DATE:20260318\n" in ics
    assert "Due 08:00 (Europe/London)." in ics
