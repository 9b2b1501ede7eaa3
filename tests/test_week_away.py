"""A week away is a return: Today welcomes the person back and groups what was late before.

A tester's month with a frozen clock: after a 7-day break the first screen read "Due now · 14"
over a column of "N days late", with no welcome, because a return (``domain/care.
is_back_after_gap``) waited for ten days without an action. Seven days since the last thing
the person did is a return now: the next step is "Welcome back", what is late is said gently,
and what was due before the break is one line, "due before you were away".

Today is Monday 16 March 2026 (tests/conftest.py); the last action was on Monday 9 March.
Northwind's follow-up was on 4 March, before the break; Globex's on 12 March, during it.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.domain.care import is_back_after_gap, return_line
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers


def _store(paths: DataPaths, last_here: str) -> None:
    with sqlite3.connect(paths.database) as conn:
        for company, follow_up in (("Northwind", "2026-03-04"), ("Globex", "2026-03-12")):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, 'Engineer', 'screening', '2026-02-01', ?, "
                "'2026-02-01 09:00:00', '2026-02-01 09:00:00')",
                (company, follow_up),
            )
        conn.execute("INSERT INTO activity_day (day, actions) VALUES (?, 3)", (last_here,))
    conn.close()


def test_seven_days_without_an_action_is_a_return() -> None:
    assert not is_back_after_gap(6)
    assert is_back_after_gap(7)
    assert return_line(7) is not None
    assert return_line(6) is None


def test_after_a_week_away_today_welcomes_and_groups_what_was_late_before(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths, "2026-03-09")
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert summary.days_away == 7
    assert summary.next_step.title == "Welcome back"
    assert summary.hard_day
    assert [item.title for item in summary.due] == [
        "Follow up with Globex (Engineer)",
        "1 follow-up due before you were away: let them go or move them on",
    ]


def test_six_days_away_is_an_ordinary_day(opened_paths: DataPaths) -> None:
    _store(opened_paths, "2026-03-10")
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert summary.days_away == 6
    assert summary.next_step.title != "Welcome back"
    assert not summary.hard_day
    assert [item.title for item in summary.due] == [
        "Follow up with Northwind (Engineer)",
        "Follow up with Globex (Engineer)",
    ]


async def test_today_after_a_week_away_says_welcome_back(opened_paths: DataPaths) -> None:
    _store(opened_paths, "2026-03-09")
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = screen_text(app)
        assert "Next step: Welcome back" in text, text
        assert "It has been 7 days" in text, text
        assert "due before you were away" in text, text
        assert "Northwind" not in text, text  # inside the group's line, not listed alone
        assert focus_problem(app) is None
