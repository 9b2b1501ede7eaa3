"""On the first days of a fresh store, the weekly goal's run is not a zero.

A tester in a hard week met "Goal streak  0 weeks" on their first day: a count of weeks they
were never here, read as a failure. Before any week has ended since they began, a run of none
starts this week, on Today and in `bounceback-tui today`. Once a goal week is met, it counts.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.pipeline_fixtures import add
from tests.quiet import until_quiet
from tests.screen_text import screen_lines


async def test_todays_box_on_the_first_day(opened_paths: DataPaths, db: Database) -> None:
    add(db, "Acme")  # the first thing done, today (Monday 16 March)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_quiet(pilot)
        screen = "\n".join(screen_lines(app))
        assert "Goal streak starts this week" in screen, screen
        assert "0 weeks" not in screen


def test_the_command_on_the_first_day(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    add(db, "Acme")
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "  Goal streak     starts this week\n" in out, out
    assert "0 weeks" not in out


def test_after_a_week_here_the_run_is_counted(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    add(db, "Acme")
    with sqlite3.connect(opened_paths.database) as conn:  # here a week ago too
        conn.execute("INSERT INTO activity_day (day, actions) VALUES ('2026-03-09', 1)")
    conn.close()
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "  Goal streak     starts this week\n" in out, out  # never "0 weeks"
