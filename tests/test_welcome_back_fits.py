"""At 80x24 the welcome back keeps the line that says how long it has been.

A stranger's walk on the demo store after three weeks away, at 80x24: Today's next step
read "Next step: Welcome back  (n)" and, under it, only the return's gentle card line ("Time
away is no mark against you…"); "It has been 21 days. A check-in (c) is a gentle start…",
the line that says how long and what to do first, had no row. On a return that line comes
before the card's, in words short enough for one row of an 80-column board, and where even
those are too long it is cut at a word's end, never inside one. Today is Monday 16 March
2026 (tests/conftest.py); the demo store is filled on that day.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes


@pytest.fixture
def back_after_three_weeks(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 60)
    with sqlite3.connect(opened_paths.database) as conn:  # nothing done for 21 days
        conn.execute("DELETE FROM activity_day WHERE day > '2026-02-23'")
    conn.close()
    return opened_paths


@pytest.fixture
def back_with_nothing_to_ask(back_after_three_weeks: DataPaths) -> DataPaths:
    """The same, each interview over already told how it went: the ask about one waiting
    keeps its row before the welcome's (tests/test_today_ask_keeps_its_row.py)."""
    another_program_writes(
        back_after_three_weeks,
        "UPDATE interview SET outcome_at = '2026-03-14 10:00:00' "
        "WHERE starts_at < '2026-03-16' AND outcome_at IS NULL",
    )
    return back_after_three_weeks


async def _next_step(paths: DataPaths, size: tuple[int, int]) -> list[str]:
    async with app_on(paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = [line.strip(" █") for line in screen_lines(run.app)]
    (row,) = [n for n, line in enumerate(lines) if line.startswith("Next step:")]
    return lines[row : row + 2]


async def test_at_80x24_the_welcome_says_how_long_it_has_been(
    back_with_nothing_to_ask: DataPaths,
) -> None:
    title, reason = await _next_step(back_with_nothing_to_ask, (80, 24))
    assert title == "Next step: Welcome back  (n)"
    assert reason == "It has been 21 days. A check-in (c) is a gentle start; there is no rush."


async def test_with_room_the_welcome_says_it_all(back_after_three_weeks: DataPaths) -> None:
    title, reason = await _next_step(back_after_three_weeks, (120, 40))
    assert title == "Next step: Welcome back  (n)"
    assert reason == (
        "It has been 21 days. A check-in (c) is a gentle start; what waited is below, and "
        "there is no rush."
    )


async def test_narrower_the_welcome_is_cut_at_a_words_end(
    back_after_three_weeks: DataPaths,
) -> None:
    # 60x30: at 60x20 the figures come whole under the due list and the reason's row goes to
    # the interviews strip (tests/test_today_narrow_figures.py).
    title, reason = await _next_step(back_after_three_weeks, (60, 30))
    assert title == "Next step: Welcome back  (n)"
    assert reason == "It has been 21 days. A check-in (c) is a gentle start…"
