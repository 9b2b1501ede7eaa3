"""Today's and Recovery's plan counts read the same side by side (fix11, item 2).

Today said "7 open" while Recovery said "10 still open": Today leaves out the open plans
that rest (their no is older than 30 days) and said nothing of it. Now Today counts its
plans as "active" and Recovery says how many of its open ones rest.

The store is built by hand, and every count below is worked out on paper from it. Today is
Monday 2026-03-16 (the frozen clock), so a plan is active from a no on 2026-02-14 (30
days back: 14 days of February, 16 of March) and rests from one on 2026-02-13.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.commands.today import render_text
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from bounceback_tui.ui.recovery.header import resting_words
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle

NOW = "2026-03-16 09:00:00"

# company, rejected_on, finished (its one step done and the plan marked complete)
PLANS = [
    ("Arden", "2026-03-10", False),  # open, 6 days: active
    ("Birch", "2026-03-01", False),  # open, 15 days: active
    ("Cedar", "2026-02-14", False),  # open, 30 days: still active (the last day)
    ("Dune", "2026-02-13", False),  # open, 31 days: resting
    ("Elm", "2025-11-20", False),  # open, months old: resting
    ("Fjord", "2026-03-05", True),  # finished
    ("Grove", "2026-01-02", True),  # finished long ago: done, not resting
]
# By hand: 7 plans; 2 done; 5 still open, of which 3 active (Arden, Birch, Cedar) and
# 2 resting (Dune, Elm).
TODAY_FIGURE = "Plans       2 done · 3 active"
RECOVERY_HEADER = "7 recovery plans, 5 still open, 2 of them resting"


def _build(database: Path) -> None:
    with sqlite3.connect(database) as conn:
        for number, (company, on, finished) in enumerate(PLANS, start=1):
            conn.execute(
                "INSERT INTO rejection (id, company, role, rejected_on, plan_completed_at, "
                "created_at) VALUES (?, ?, 'Engineer', ?, ?, ?)",
                (number, company, on, f"{on} 20:00:00" if finished else None, NOW),
            )
            conn.execute(
                "INSERT INTO recovery_step (rejection_id, group_key, title, kind, position, "
                "done_at, updated_at) VALUES (?, 'g', 'Feel it', 'check', 0, ?, ?)",
                (number, f"{on} 20:00:00" if finished else None, NOW),
            )


@pytest.fixture
def plans_store(opened_paths: DataPaths) -> DataPaths:
    _build(opened_paths.database)
    return opened_paths


def test_the_counts_behind_the_words(plans_store: DataPaths) -> None:
    summary = load_today(plans_store.database, FIXED_TODAY)
    assert (summary.plans_finished, summary.plans_open, summary.plans_resting) == (2, 3, 2)
    assert "Plans           2 finished, 3 active, 2 resting" in render_text(summary)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_today_and_recovery_count_the_same_plans(
    plans_store: DataPaths, size: tuple[int, int]
) -> None:
    async with app_on(plans_store, "today", size=size) as (app, pilot, _pane):
        await settle(pilot)
        today = screen_text(app)
        assert TODAY_FIGURE in today  # in full: nothing clipped at either width
        assert "open" not in today.split("Plans", 1)[1].splitlines()[0]
        await pilot.press("3")
        await settle(pilot)
        assert RECOVERY_HEADER in screen_text(app)
        # The open plans only (v): the header still says the same, and what is shown.
        await pilot.press("v")
        await settle(pilot)
        assert f"{RECOVERY_HEADER}  ·  showing 5 open plans" in screen_text(app)


def test_how_many_of_the_open_plans_rest() -> None:
    assert resting_words(5, 0) == ""
    assert resting_words(5, 2) == ", 2 of them resting"
    assert resting_words(3, 3) == ", all resting"
    assert resting_words(1, 1) == ", resting"
    assert resting_words(1_500, 1_200) == ", 1,200 of them resting"
