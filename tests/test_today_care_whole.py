"""Today's suggestions are shown whole or not at all, never cut mid-sentence unmarked.

A stranger's 100,000 store: the coping card and two suggestions of two lines each needed
five lines, the board gave four, and at 100x30 the second suggestion ended at "… 113 in
5,069:" with no mark; the advice after the colon was lost. Now the card and the suggestions
take the lines they need where there is room, and where there is not, a suggestion that
does not fit is left out whole and a line says What's working holds it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import flat, screen_lines
from tests.ui_harness import settle_workers

CARD = (
    "One no is about one role at one company on one day; it says nothing about the work "
    "I have done for years, and the next application starts fresh."
)
# Referrals and "Data Analyst" roles (the same twelve applications) got ten replies in
# twelve; job boards and "Product Designer" roles none in twelve: one sentence each.
BY_SOURCE = (
    "Referrals got a reply 10 times in 12, job boards 0 in 12: ask for one referral this week."
)
BY_ROLE = (
    '"Data Analyst" roles got a reply 10 times in 12, "Product Designer" roles 0 in 12: '
    'look for one more "data analyst" role this week.'
)


def _store(path: Path) -> None:
    """Twelve referrals for data analyst roles, ten replied; twelve job-board applications
    for product designer roles, none; a low check-in today and a coping card kept."""
    with sqlite3.connect(path) as conn:
        for index in range(24):
            referral = index < 12
            replied = index < 10
            cursor = conn.execute(
                "INSERT INTO application (company, role, stage, source, date_applied, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, '2026-02-02', "
                "'2026-02-02 10:00:00', '2026-02-02 10:00:00')",
                (
                    f"Company {index}",
                    "Data Analyst" if referral else "Product Designer",
                    "screening" if replied else "applied",
                    "referral" if referral else "job_board",
                ),
            )
            for stage, day in [("applied", "2026-02-02")] + (
                [("screening", "2026-02-06")] if replied else []
            ):
                conn.execute(
                    "INSERT INTO stage_change (application_id, to_stage, changed_on, "
                    "created_at) VALUES (?, ?, ?, '2026-02-02 10:00:00')",
                    (cursor.lastrowid, stage, day),
                )
        conn.execute(
            "INSERT INTO check_in (day, mood, note, updated_at) VALUES (?, 2, '', ?)",
            (clock.today().isoformat(), f"{clock.today().isoformat()} 09:00:00"),
        )
        conn.execute(
            "INSERT INTO coping_card (text, created_at) VALUES (?, '2026-02-01 10:00:00')",
            (CARD,),
        )


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (120, 40)], ids=str)
async def test_each_suggestion_is_whole_or_counted_in_a_line_of_its_own(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    _store(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        await settle_workers(pilot)
        lines = screen_lines(app)
        text = flat("\n".join(lines))
        whole = [said for said in (BY_SOURCE, BY_ROLE) if f"→ {said}" in text]
        # A suggestion not shown whole is not begun either: no line ends half-way through it.
        for said in (BY_SOURCE, BY_ROLE):
            if said not in whole:
                assert said[:30] not in text, (size, lines)
        left_out = 2 - len(whole)
        more = [line.strip() for line in lines if "more in What's working" in line]
        if left_out:
            assert more == [f"+{left_out} more in What's working (w)"], (size, lines)
        else:
            assert more == [], (size, lines)
        # 100x30 and 120x40 have room for the card and both suggestions, each whole; at
        # 80x24 the card takes three of the four lines, and both suggestions are counted.
        assert whole == ([] if size == (80, 24) else [BY_SOURCE, BY_ROLE]), (size, lines)
        assert f"A card you kept: “{CARD}”" in text
        assert focus_problem(app) is None
