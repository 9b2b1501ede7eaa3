"""Feelings that rose after a reframe are said "rose", everywhere (domain.wording.shift).

A tester imported the demo with every feeling re-rated 30 points higher: `bounceback-tui
today` said "feelings eased -18 points in 30 days", Today's box "eased -18 pts · 30d" and
its trends "eased per reframe · all time: -20 pts", while Reframe's own summary said
"Feelings rose 20 points". Now Today, its trends, Reframe and the command share one wording:
"eased N", "rose N" or "held steady".

Each store is built by hand: two finished records in the last 30 days (today is 2026-03-16,
the frozen clock), one feeling each, and the averages below are worked out on paper.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.commands.today import render_text
from bounceback_tui.domain.wording import shift_words
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

# (intensity before, after, belief before, after) of the two records.
STORES = {
    # Feelings -25 and -15: rose 20 on average; belief 50 -> 60 and 40 -> 50: rose 10.
    "rose": [(40, 65, 50, 60), (50, 65, 40, 50)],
    # Feelings +30 and +20: eased 25; belief +30 and +20: eased 25.
    "eased": [(70, 40, 80, 50), (60, 40, 60, 40)],
    # No change at all.
    "held": [(50, 50, 50, 50), (60, 60, 70, 70)],
}

# What each place says, by hand.
CLI = {
    "rose": "  Per reframe     feelings rose 20 points in 30 days",
    "eased": "  Per reframe     feelings eased 25 points in 30 days",
    "held": "  Per reframe     feelings held steady in 30 days",
}
BOX = {
    "rose": "Per reframe rose 20 pts · 30d",
    "eased": "Per reframe eased 25 pts · 30d",
    "held": "Per reframe held steady · 30d",
}
TRENDS = {
    "rose": "■ feelings rose per reframe · all time: 20 pts, belief 10 pts",
    "eased": "■ feelings eased per reframe · all time: 25 pts, belief 25 pts",
    "held": "■ feelings per reframe · all time: held steady, belief held steady",
}
REFRAME = {
    "rose": "Feelings rose 20 points",
    "eased": "Feelings eased 25 points",
    "held": "Feelings held steady",
}


def _build(database: Path, ratings: list[tuple[int, int, int, int]]) -> None:
    with sqlite3.connect(database) as conn:
        for number, (before, after, belief_before, belief_after) in enumerate(ratings, 1):
            created = f"2026-03-1{number} 21:00:00"
            conn.execute(
                "INSERT INTO thought_record (id, thought, status, belief_before, belief_after, "
                "created_at, updated_at) VALUES (?, 'I will never get hired', 'complete', ?, ?, "
                "?, ?)",
                (number, belief_before, belief_after, created, created),
            )
            conn.execute(
                "INSERT INTO thought_feeling (record_id, name, intensity_before, "
                "intensity_after, position) VALUES (?, 'sad', ?, ?, 0)",
                (number, before, after),
            )


@pytest.mark.parametrize("kind", sorted(STORES))
def test_the_today_command_says_which_way_the_feelings_moved(
    opened_paths: DataPaths, kind: str
) -> None:
    _build(opened_paths.database, STORES[kind])
    lines = render_text(load_today(opened_paths.database, FIXED_TODAY)).splitlines()
    assert CLI[kind] in lines
    assert "-" not in next(line for line in lines if "Per reframe" in line)


@pytest.mark.parametrize("kind", sorted(STORES))
async def test_today_and_reframe_say_it_in_the_same_words(
    opened_paths: DataPaths, kind: str
) -> None:
    _build(opened_paths.database, STORES[kind])
    async with app_on(opened_paths, size=(140, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = "\n".join(screen_lines(app))
        assert BOX[kind] in text
        assert TRENDS[kind] in text
        await pilot.press("4")  # Reframe
        await settle_workers(pilot)
        assert REFRAME[kind] in "\n".join(screen_lines(app))


def test_the_shared_words_round_as_the_figures_do() -> None:
    assert shift_words(20.4) == "eased 20 points"
    assert shift_words(-0.6, "pt", "pts") == "rose 1 pt"
    assert shift_words(0.4) == "held steady"
    assert shift_words(-0.4) == "held steady"
