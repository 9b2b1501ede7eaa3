"""Rest days keep the Active run, and a week that missed the goal is no cold zero.

A tester who took Sundays off (and weekends) read "Active  starts again today" every Monday:
the run counted days in a row, so it could never pass six. Two days of rest in any seven now
keep it (docs/metrics.md); three days without action end it. Beside it, "Goal streak  0 weeks"
after a missed week read as a mark against them; it now starts this week, as on the first day.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.metrics import active_day_streak
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.pipeline_fixtures import add
from tests.quiet import until_quiet
from tests.screen_text import screen_lines
from tests.today_fixtures import build_store

MONDAY = date(2026, 3, 16)  # the fixtures' frozen today


def _days(*back: int) -> list[date]:
    return [MONDAY - timedelta(days=n) for n in back]


def test_sundays_off_keep_the_run() -> None:
    # Three weeks of Monday to Saturday, Sundays rested; nothing yet this Monday morning.
    worked = [n for n in range(1, 22) if (MONDAY - timedelta(days=n)).weekday() != 6]
    assert active_day_streak(_days(*worked), MONDAY) == 18


def test_weekends_off_keep_the_run() -> None:
    worked = [n for n in range(1, 15) if (MONDAY - timedelta(days=n)).weekday() < 5]
    assert active_day_streak(_days(0, *worked), MONDAY) == 11


def test_three_days_without_action_end_it() -> None:
    assert active_day_streak(_days(4, 5, 6), MONDAY) == 0
    assert active_day_streak(_days(0, 4, 5, 6), MONDAY) == 1
    # Rest on three days of one week is one too many, even apart.
    assert active_day_streak(_days(0, 2, 4, 6, 7, 8), MONDAY) == 3


def _store_with(paths: DataPaths, days: list[date]) -> None:
    build_store(paths.database)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("DELETE FROM activity_day")
        conn.executemany(
            "INSERT INTO activity_day (day, actions) VALUES (?, 1)",
            [(day.isoformat(),) for day in days],
        )
    conn.close()


def test_the_command_on_a_monday_after_a_weekend_off(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # Monday to Friday last week and the week before: nothing sent, so no goal week met.
    _store_with(opened_paths, _days(3, 4, 5, 6, 7, 10, 11, 12, 13, 14))
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "starts again today" not in out, out
    assert "  Active streak   10 of last 15 days\n" in out, out


async def test_todays_box_on_a_monday_after_a_weekend_off(opened_paths: DataPaths) -> None:
    _store_with(opened_paths, _days(3, 4, 5, 6, 7, 10, 11, 12, 13, 14))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_quiet(pilot)
        screen = "\n".join(screen_lines(app))
        assert "Active      10 of last 15 days" in screen, screen
        assert "starts again today" not in screen


def _a_missed_week(db: Database, paths: DataPaths) -> None:
    add(db, "Acme")  # one application today; the goal is 5 a week
    with sqlite3.connect(paths.database) as conn:  # here all last week, nothing sent
        conn.executemany(
            "INSERT INTO activity_day (day, actions) VALUES (?, 1)",
            [(day.isoformat(),) for day in _days(3, 4, 5, 6, 7)],
        )
    conn.close()


def test_the_command_after_a_missed_week(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _a_missed_week(db, opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "0 weeks" not in out, out
    assert "  Goal streak     starts this week\n" in out, out


async def test_todays_box_after_a_missed_week(opened_paths: DataPaths, db: Database) -> None:
    _a_missed_week(db, opened_paths)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_quiet(pilot)
        screen = "\n".join(screen_lines(app))
        assert "Goal streak starts this week" in screen, screen
        assert "0 weeks" not in screen
