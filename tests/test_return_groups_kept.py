"""Follow-ups due before a time away stay grouped after the return day, until acted on.

A tester back after nine days read "✉ 2 follow-ups due before you were away: let them go or
move them on" on the return day; the next day, after anything done on the return day, they
were "Follow up with Soylent 17d late" again, one by one, on Today and in `today`. They stay
one gentle line until the person acts on them (moved on, each has a day after the time away)
or the return is 30 days back (each is "from a while back" then).

Today is Monday 16 March 2026 (tests/conftest.py). Every application is in Screening or on,
so none is asked about as "ghosted?".
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.due import BEFORE_AWAY
from bounceback_tui.domain.time_away import here_before_away
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.long_past import long_past_follow_ups
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.written_over import another_program_writes

ACME = ("Acme", "offer", "2026-01-10")
GLOBEX = ("Globex", "screening", "2026-02-20")  # late already when the time away began
NORTHWIND = ("Northwind", "screening", "2026-03-04")  # came due while away

BEFORE_LINE = "2 follow-ups due before you were away: let them go or move them on"


def _store(paths: DataPaths, *days_here: str) -> None:
    with sqlite3.connect(paths.database) as conn:
        for company, stage, day in (ACME, GLOBEX, NORTHWIND):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, 'Engineer', ?, '2025-12-01', ?, "
                "'2025-12-01 09:00:00', '2025-12-01 09:00:00')",
                (company, stage, day),
            )
        for day in days_here:
            conn.execute("INSERT INTO activity_day (day, actions) VALUES (?, 2)", (day,))
    conn.close()


def _lines(paths: DataPaths) -> list[str]:
    summary = load_today(paths.database, FIXED_TODAY)
    return [item.title for item in summary.due if item.kind.label.startswith("Follow")]


def test_the_day_after_the_return_they_are_still_one_line(opened_paths: DataPaths) -> None:
    # Here on 23 February, away three weeks, back yesterday and did something then.
    _store(opened_paths, "2026-02-23", "2026-03-15")
    assert _lines(opened_paths) == ["Follow up with Northwind (Engineer)", BEFORE_LINE]
    db = Database(opened_paths.database)
    try:
        found = long_past_follow_ups(db, FIXED_TODAY, BEFORE_AWAY)  # the line's review
        assert [f.name for f in found] == ["Acme", "Globex"]
    finally:
        db.dispose()


def test_days_of_use_after_the_return_keep_them_too(opened_paths: DataPaths) -> None:
    _store(opened_paths, "2026-02-23", "2026-03-09", "2026-03-10", "2026-03-12", "2026-03-16")
    assert _lines(opened_paths) == ["Follow up with Northwind (Engineer)", BEFORE_LINE]


def test_the_command_groups_them_alike(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _store(opened_paths, "2026-02-23", "2026-03-15")
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "2 follow-ups due before you were away" in out, out
    assert "Globex" not in out and "Acme" not in out, out


def test_one_moved_on_leaves_the_line(opened_paths: DataPaths) -> None:
    _store(opened_paths, "2026-02-23", "2026-03-15")
    # Globex moved on to Friday
    another_program_writes(
        opened_paths,
        "UPDATE application SET next_follow_up = '2026-03-20' WHERE company = 'Globex'",
    )
    assert _lines(opened_paths) == [
        "Follow up with Northwind (Engineer)",
        "1 follow-up due before you were away: let them go or move them on",
    ]


def test_a_month_after_the_return_they_are_from_a_while_back() -> None:
    # Back on 12 February after a fortnight away, here every few days since: over 30 days
    # ago, so no return divides them; the last day here is yesterday's but one.
    days = [date(2026, 3, 14), date(2026, 3, 9), date(2026, 3, 4), date(2026, 2, 27)]
    days += [date(2026, 2, 22), date(2026, 2, 17), date(2026, 2, 12), date(2026, 1, 29)]
    assert here_before_away(days, FIXED_TODAY) == date(2026, 3, 14)
    # Back on 20 February: within 30 days, the day before the time away.
    days = [date(2026, 3, 14), date(2026, 3, 10), date(2026, 3, 5), date(2026, 2, 28)]
    days += [date(2026, 2, 23), date(2026, 2, 20), date(2026, 2, 6)]
    assert here_before_away(days, FIXED_TODAY) == date(2026, 2, 6)
    assert here_before_away([], FIXED_TODAY) is None
