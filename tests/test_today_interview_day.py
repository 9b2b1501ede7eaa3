"""On the day of an interview Today says "today 14:00" and gets you ready for it.

A tester's month: on the day of a phone screen Today's strip said "Fri 8 Jan 14:00 Phone
screen: Globex", and its next step was a follow-up a week late, not the interview; on a
Sunday evening Monday's read "Mon 18 Jan 15:00". Today's strip and the `today` command now
say "today 14:00" and "tomorrow 15:00" (the date beyond tomorrow), and on the day of an
interview the next step is getting ready for it, until it starts. The clock is Monday
2026-03-16 09:30, Europe/London (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.dates import near_day_time
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.screen_text import flat, screen_text
from tests.ui_harness import app_on, settle_workers


@pytest.mark.parametrize(
    ("moment", "said"),
    [
        (datetime(2026, 3, 16, 14, 0), "today 14:00"),
        (datetime(2026, 3, 17, 15, 0), "tomorrow 15:00"),
        (datetime(2026, 3, 18, 10, 0), "Wed 18 Mar 10:00"),
        (datetime(2026, 3, 13, 15, 0), "Fri 13 Mar 15:00"),
    ],
)
def test_an_interview_today_or_tomorrow_is_said_so(moment: datetime, said: str) -> None:
    assert near_day_time(moment, FIXED_TODAY) == said


def _store(db: Database) -> None:
    """A follow-up a week late (Initech), a phone screen at Globex today at 14:00 and a
    technical at Hooli tomorrow at 15:00, applied for four days ago."""
    add_application(
        db,
        ApplicationInput(
            company="Initech",
            role="Analyst",
            date_applied=date(2026, 3, 2),
            next_follow_up=date(2026, 3, 9),
        ),
    )
    for company, kind, day, at in (
        ("Globex", "phone_screen", "2026-03-16", "14:00"),
        ("Hooli", "technical", "2026-03-17", "15:00"),
    ):
        app = add_application(
            db,
            ApplicationInput(
                company=company,
                role="Engineer",
                stage=Stage.INTERVIEWING,
                date_applied=date(2026, 3, 12),
            ),
        )
        assert app.id
        values = {"kind": kind, "day": day, "at": at, "zone": "Europe/London"}
        interviews.add_interview(db, app.id, validate_interview(values, FIXED_TODAY))


GET_READY = "Next step: Get ready for your phone screen with Globex (Engineer)"


def test_the_today_command_says_today_and_tomorrow_and_gets_you_ready(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _store(db)
    assert main(["today"]) == 0
    out = capsys.readouterr().out
    assert "  - today 14:00  Phone screen: Globex (Engineer)" in out
    assert "  - tomorrow 15:00  Technical: Hooli (Engineer)" in out
    assert GET_READY in out
    assert "It is today at 14:00" in out


def test_once_the_interview_has_started_the_next_step_is_the_usual_one(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _store(db)
    clock.freeze(datetime(2026, 3, 16, 14, 10), tz="Europe/London")
    assert main(["today"]) == 0
    out = capsys.readouterr().out
    assert "Get ready" not in out
    assert "Next step: Follow up with Initech (Analyst)" in out


async def test_todays_strip_and_next_step_say_it(opened_paths: DataPaths, db: Database) -> None:
    _store(db)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        shown = flat(screen_text(app))
        assert "today 14:00 Phone screen: Globex (Engineer)" in shown
        assert "tomorrow 15:00 Technical: Hooli (Engineer)" in shown
        assert "Get ready for your phone screen with Globex (Engineer)" in shown
        assert "Mon 16 Mar 14:00" not in shown
