"""Today's "Mood by week" (issue 20; docs/metrics.md): the mean check-in mood of each of the
last 12 weeks, Monday to Sunday, oldest first and this week last, worked out by hand."""

from __future__ import annotations

import sqlite3
from datetime import date

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.care import load_care_today
from tests.conftest import FIXED_TODAY  # Monday 16 March 2026


def _check_ins(paths: DataPaths, moods: dict[str, int]) -> None:
    with sqlite3.connect(paths.database) as conn:
        conn.executemany(
            "INSERT INTO check_in (day, mood, note, updated_at) VALUES (?, ?, '', ?)",
            [(day, mood, f"{day} 20:00:00") for day, mood in moods.items()],
        )


def test_mood_by_week_is_each_weeks_mean_from_monday_to_sunday(opened_paths: DataPaths) -> None:
    _check_ins(
        opened_paths,
        {
            "2025-12-28": 1,  # a Sunday: the day before the first week shown
            "2025-12-29": 4,  # Monday of the first week shown (11 weeks before this one)
            "2026-03-02": 2,  # Monday  } the week of 2 March: (2 + 4 + 5) / 3
            "2026-03-04": 4,  #         }
            "2026-03-08": 5,  # Sunday  }
            # the week of 9 March: no check-in
            "2026-03-16": 3,  # this week, today
        },
    )
    weeks = load_care_today(opened_paths.database, FIXED_TODAY, with_suggestions=False)
    moods = weeks.mood_per_week
    assert len(moods) == 12
    assert moods[0] == 4
    assert moods[1:9] == (None,) * 8
    assert moods[9] == (2 + 4 + 5) / 3
    assert moods[10] is None
    assert moods[11] == 3


def test_no_check_in_at_all_gives_twelve_empty_weeks(opened_paths: DataPaths) -> None:
    moods = load_care_today(opened_paths.database, date(2026, 3, 16), with_suggestions=False)
    assert moods.mood_per_week == (None,) * 12
