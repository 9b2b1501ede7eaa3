"""A morning after a day away: Today's "Active" figure and the `today` command say the run
starts again today, not "0 days in a row"; where nothing was ever done, that it starts today.

A stranger's fortnight (frozen mornings, a few days skipped) met "Active  0 days in a row" on
every morning after a skipped day, before doing anything: a count of nothing, read as a
reproach. Once something is done that day the run counts again ("1 day in a row").
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.quiet import until_quiet
from tests.screen_text import screen_lines
from tests.today_fixtures import build_store

# The fixtures' frozen today is 2026-03-16 (tests/today_fixtures.py): the last action four days
# before it, so three days were away (two days of rest keep the run: domain/metrics) and
# nothing is done yet today.
DAY_AWAY = "2026-03-12"


def _last_action_on(paths: DataPaths, day: str) -> None:
    build_store(paths.database)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("DELETE FROM activity_day")
        conn.execute("INSERT INTO activity_day (day, actions) VALUES (?, 1)", (day,))
    conn.close()


def test_the_command_says_it_starts_again(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _last_action_on(opened_paths, DAY_AWAY)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.endswith("  Active streak   starts again today\n")
    assert "Active streak   0 days" not in out


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_todays_box_says_it_starts_again(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    _last_action_on(opened_paths, DAY_AWAY)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        await until_quiet(pilot)
        screen = "\n".join(screen_lines(app))
        assert "Active      starts again today" in screen, screen
        assert "in a row" not in screen.split("Active", 1)[1].splitlines()[0]


# A store where nothing was ever done: the applications came in by an import (or a copy of
# another's store), and no day has an action. "Starts again today" told of a run there never
# was; the run starts today, for the first time.


def _never_active(paths: DataPaths) -> None:
    _last_action_on(paths, DAY_AWAY)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("DELETE FROM activity_day")
    conn.close()


def test_the_command_says_a_first_run_starts_today(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _never_active(opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.endswith("  Active streak   starts today\n"), out
    assert "again" not in out


def test_a_new_store_s_command_says_it_starts_today(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "  Active streak   starts today\n" in out, out
    assert "again" not in out


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_todays_box_says_a_first_run_starts_today(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    _never_active(opened_paths)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        await until_quiet(pilot)
        screen = "\n".join(screen_lines(app))
        assert "Active      starts today" in screen, screen
        assert "again" not in screen.split("Active", 1)[1].splitlines()[0]
