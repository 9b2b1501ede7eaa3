"""After a return Today's due list tells two follow-ups at one company apart.

A stranger's walk at 100x30 after 13 days away (Today's welcome back): two follow-ups at
Lumen Health read "✉ Follow up with Lumen Health  due 10 days ago" and "… due 9 days ago",
the roles dropped, while on any other day the role showed, cut ("Follow up with Lumen
Health (Data An…"). On a return a late item's day is muted, not the warning's "overdue",
but it now stands at the line's end as how late does on other days, so the words before it
are cut the same way. Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _store_two_at_lumen(paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        for role, day in (
            ("Data Analyst", "2026-03-06"),
            ("Machine Learning Engineer", "2026-03-07"),
        ):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES ('Lumen Health', ?, 'screening', '2026-02-01', "
                "?, '2026-02-01 09:00:00', '2026-02-01 09:00:00')",
                (role, day),
            )
        # Last here on 3 March: back after 13 days, Today welcomes the person back.
        conn.execute("INSERT INTO activity_day (day, actions) VALUES ('2026-03-03', 3)")
    conn.close()


async def test_after_a_return_two_follow_ups_at_one_company_are_told_apart(
    opened_paths: DataPaths,
) -> None:
    _store_two_at_lumen(opened_paths)
    async with app_on(opened_paths, size=(100, 30)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    assert any("Welcome back" in line for line in lines), lines
    due = [line.split("│")[1].strip() for line in lines if "│ ✉ " in line]
    assert due[:2] == [
        # 55 cells of words: the day at the end; two at one company keep their roles, each
        # named as the app names an application ("Company (Role)", cut inside its brackets
        # where it is too long: tests/test_today_follow_ups_told_apart.py).
        # A return is a hard day: what is late reads "late", never how late
        # (tests/test_today_low_day.py), which leaves the first row room for its verb.
        "✉ Follow up with Lumen Health (Data Analyst)       late",
        "✉ Lumen Health (Machine Learning Engineer)         late",
    ], due
