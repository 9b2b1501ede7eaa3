"""A day the app was only opened is a rest day for the Active run, and still a day here.

The app remembers the days it was opened (services/days_opened.py) so that reading Today
every morning is no "Welcome back". But an opened day neither broke the Active run nor
counted in it, so a person who only opened the app for three weeks still read "Active 5 days
in a row", a run that ended weeks ago. A day only opened is now a day without action, a rest
day like any other (docs/metrics.md, "Active streak"): two in seven keep the run, a third ends
it; it still counts as here, so no welcome back. Today and the `today` command agree.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.today_fixtures import build_store
from tests.ui_harness import app_on, settle_workers


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _store(paths: DataPaths, acted: list[date], opened: list[date]) -> None:
    build_store(paths.database)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("DELETE FROM activity_day")
        conn.executemany(
            "INSERT INTO activity_day (day, actions) VALUES (?, 1)",
            [(day.isoformat(),) for day in acted],
        )
    conn.close()
    (paths.data_dir / "opened-days").write_text("".join(f"{d.isoformat()}\n" for d in opened))


def _three_weeks_only_opened(paths: DataPaths) -> None:
    # Five days in a row up to Sunday 22 February, then only opened every day since.
    acted = _days(date(2026, 2, 18), date(2026, 2, 22))
    _store(paths, acted, _days(date(2026, 2, 23), FIXED_TODAY - timedelta(days=1)))


def test_three_weeks_only_opened_end_the_run_but_are_no_time_away(
    opened_paths: DataPaths,
) -> None:
    _three_weeks_only_opened(opened_paths)
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert summary.streak_days == 0
    assert summary.next_step.title != "Welcome back"  # opened yesterday: here, not away
    assert not summary.hard_day


def test_the_command_after_three_weeks_only_opened(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _three_weeks_only_opened(opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.endswith("  Active streak   starts again today\n"), out
    assert "Welcome back" not in out, out


async def test_todays_box_after_three_weeks_only_opened(opened_paths: DataPaths) -> None:
    _three_weeks_only_opened(opened_paths)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        screen = screen_text(app)
        assert "Active      starts again today" in screen, screen
        assert "Welcome back" not in screen, screen


def test_two_days_only_opened_in_seven_keep_the_run(opened_paths: DataPaths) -> None:
    # Monday to Friday last week, the weekend only opened: the weekend is rest.
    acted = _days(date(2026, 3, 9), date(2026, 3, 13))
    _store(opened_paths, acted, [date(2026, 3, 14), date(2026, 3, 15)])
    assert load_today(opened_paths.database, FIXED_TODAY).streak_days == 5


def test_a_third_day_only_opened_in_seven_ends_the_run(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # Monday to Thursday last week, Friday to Sunday only opened: three days without action.
    acted = _days(date(2026, 3, 9), date(2026, 3, 12))
    _store(opened_paths, acted, _days(date(2026, 3, 13), date(2026, 3, 15)))
    assert load_today(opened_paths.database, FIXED_TODAY).streak_days == 0
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    assert capsys.readouterr().out.endswith("  Active streak   starts again today\n")
