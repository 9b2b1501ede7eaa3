"""A run that keeps rest days is not said to be "in a row".

Two rest days in any seven keep the Active run (docs/metrics.md), and Today still said
"Active  10 days in a row" of ten days in a fortnight, a weekend off twice: it was not true.
Such a run is now "10 of last 14 days", its first day through today, on Today's box and in
`bounceback-tui today` alike; a run with no rest day in it is still "N days in a row" (the
command said "N days" of it, and now says it as the box does).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.metrics import ActiveRun, active_run
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.quiet import until_quiet
from tests.screen_text import screen_lines
from tests.today_fixtures import build_store

MONDAY = date(2026, 3, 16)  # the fixtures' frozen today


def _days(*back: int) -> list[date]:
    return [MONDAY - timedelta(days=n) for n in back]


def test_a_run_with_no_rest_day_is_in_a_row() -> None:
    assert active_run(_days(0, 1, 2), MONDAY) == ActiveRun(3, 3, in_a_row=True)
    # Nothing yet this morning: the run up to yesterday, still a row of days.
    assert active_run(_days(1, 2, 3, 4, 5), MONDAY) == ActiveRun(5, 6, in_a_row=True)


def test_a_run_with_rest_days_is_not() -> None:
    # Tuesday to Saturday twice, weekends off, nothing yet this Monday.
    assert active_run(_days(2, 3, 4, 5, 6, 9, 10, 11, 12, 13), MONDAY) == ActiveRun(
        10, 14, in_a_row=False
    )
    # The run's last day of action two days back: yesterday was a rest day in it.
    assert active_run(_days(2, 3, 4), MONDAY) == ActiveRun(3, 5, in_a_row=False)


def test_no_run() -> None:
    assert active_run(_days(4, 5, 6), MONDAY) == ActiveRun(0, 0, in_a_row=True)


def _store_with(paths: DataPaths, days: list[date]) -> None:
    build_store(paths.database)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("DELETE FROM activity_day")
        conn.executemany(
            "INSERT INTO activity_day (day, actions) VALUES (?, 1)",
            [(day.isoformat(),) for day in days],
        )
    conn.close()


WEEKENDS_OFF = _days(2, 3, 4, 5, 6, 9, 10, 11, 12, 13)
A_ROW = _days(0, 1, 2, 3)


@pytest.mark.parametrize(
    ("days", "said"), [(WEEKENDS_OFF, "10 of last 14 days"), (A_ROW, "4 days in a row")]
)
def test_the_command_says_it(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], days: list[date], said: str
) -> None:
    _store_with(opened_paths, days)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"  Active streak   {said}\n" in out, out


@pytest.mark.parametrize(
    ("days", "said"), [(WEEKENDS_OFF, "10 of last 14 days"), (A_ROW, "4 days in a row")]
)
async def test_todays_box_says_it(opened_paths: DataPaths, days: list[date], said: str) -> None:
    _store_with(opened_paths, days)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_quiet(pilot)
        screen = "\n".join(screen_lines(app))
        assert f"Active      {said}" in screen, screen
