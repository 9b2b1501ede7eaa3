"""Each of Today's figures keeps to one line of its box, however large its counts.

At 80x24 on a 10,000-application demo the box read "Plans       1,951 done, 398" with
"active" alone on the line under it, which pushed the box's last figure out of sight; "40
days ago · 12 sent" and "2 years ago · 12 sent" wrapped "sent" the same way. A figure now
takes its first form that fits the box's 20 cells (the Recovery list's ✓ for "done",
"40d ago" as People's column says it), and one that fits in no form is cut with an ellipsis.

The store is tests/today_fixtures.py (today is Monday 16 March 2026) with finished and
recent plans added; every expected line is worked out by hand.
"""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace
from typing import Any

import pytest
from rich.cells import cell_len

from bounceback_tui.domain.metrics import ActiveRun
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.today.figures import figures_text
from tests.screen_text import screen_lines
from tests.today_fixtures import NOW, build_store
from tests.ui_harness import app_on, settle_workers


def _summary(**changed: object) -> Any:
    figures: dict[str, object] = {
        "bounce_back_days_latest": 2,
        "bounce_back_days_median_90d": 3.5,
        "bounce_back_open_days": None,
        "days_since_last_rejection": 2,
        "applications_since_last_rejection": 1,
        "applications_this_week": 1,
        "weekly_goal": 5,
        "weeks_goal_met": 1,
        "plans_finished": 2,
        "plans_open": 2,
        "plans_resting": 0,
        "plan_days_median": None,
        "intensity_drop_30d": None,
        "streak_days": 3,
        "rejections_unreadable": 0,
        "streak": ActiveRun(3, 3, in_a_row=True),
    }
    return SimpleNamespace(**{**figures, **changed})


def _line(label: str, **changed: object) -> str:
    lines = figures_text(_summary(**changed)).plain.splitlines()
    (line,) = [line for line in lines if line.startswith(f"{label} ")]
    assert all(cell_len(each) <= 32 for each in lines), lines  # the box's 32 cells inside
    return line


@pytest.mark.parametrize(
    ("done", "active", "said"),
    [
        (15, 7, "Plans       15 done · 7 active"),
        (964, 210, "Plans       964 done, 210 active"),
        (1951, 398, "Plans       1,951 ✓ · 398 active"),
        (12345, 398, "Plans       12,345 ✓, 398 active"),
        (123456, 12345, "Plans       123,456 ✓, 12,345 a…"),  # no form fits: cut
    ],
)
def test_plan_counts_keep_to_one_line(done: int, active: int, said: str) -> None:
    assert _line("Plans", plans_finished=done, plans_open=active) == said


@pytest.mark.parametrize(
    ("days", "sent", "said"),
    [
        (2, 1, "Last no     2 days ago · 1 sent"),
        (40, 12, "Last no     40 days ago, 12 sent"),
        (60, 1, "Last no     60 days ago · 1 sent"),
        (200, 123, "Last no     6 mo ago · 123 sent"),
        (400, 123, "Last no     a year ago, 123 sent"),
        (800, 12, "Last no     2 years ago, 12 sent"),
    ],
)
def test_the_last_no_keeps_to_one_line(days: int, sent: int, said: str) -> None:
    changed = {"days_since_last_rejection": days, "applications_since_last_rejection": sent}
    assert _line("Last no", **changed) == said


def test_a_long_bounce_back_keeps_its_typical_figure() -> None:
    changed = {"bounce_back_days_latest": 1234, "bounce_back_days_median_90d": 45.5}
    assert _line("Bounce-back", **changed) == "Bounce-back 1,234d · typ. 45.5"
    changed = {"bounce_back_days_latest": 123, "bounce_back_days_median_90d": 45.5}
    assert _line("Bounce-back", **changed) == "Bounce-back 123 days · typ. 45.5"
    assert _line("Bounce-back") == "Bounce-back 2 days · typ. 3.5"


def _add_plans(paths: DataPaths) -> None:
    """1,949 plans finished last June, 396 open from 1 March: with the fixture's two finished
    (Alpha, Charlie) and two open (Romeo, Sierra; Oldco's rests), 1,951 done and 398 active."""
    finished = ("Zulu", "2025-06-01", "2025-06-10 20:00:00", NOW)
    recent = ("Yankee", "2026-03-01", None, NOW)
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.executemany(
            "INSERT INTO rejection (company, role, rejected_on, plan_completed_at, created_at) "
            "VALUES (?, 'Engineer', ?, ?, ?)",
            [finished] * 1949 + [recent] * 396,
        )
    conn.close()


async def test_four_figure_plan_counts_fit_the_box_at_80_columns(
    opened_paths: DataPaths,
) -> None:
    build_store(opened_paths.database)
    _add_plans(opened_paths)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        lines = screen_lines(app)
    (row,) = [n for n, line in enumerate(lines) if "│ Plans " in line]
    assert "│ Plans       1,951 ✓ · 398 active │" in lines[row], lines[row]
    assert "│ Plan length " in lines[row + 1], lines[row : row + 2]  # nothing wrapped under it
