"""Reframe's history shows how the belief in the thought moved, beside the feelings.

Issue 20.3 asks that "the summary and history show both shifts": the summary showed "Belief
in the thought 90 → 40", but the history's only shift column was "Feelings" and its figure
only "Feelings eased 24 points", though the service read each record's belief shift and the
average belief drop (an audit's walk: `4`, `a`, belief 90, re-rated 40, ctrl+n, Esc).

Each record's belief shift and the figure's average are written by hand: 90 → 40 eased 50,
30 → 40 rose 10; their average drop (50 - 10) / 2 eased 20 points, over the two records
whose belief was rated at the start and the end.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.reframe_fixtures import add_record
from tests.screen_text import screen_lines

# thought, feeling (before, after), belief (before, after), the Feelings and Belief cells.
RECORDS = [
    ("Eased a lot", (80, 40), (90, 40), "eased 40 pts", "eased 50 pts"),
    ("Belief rose", (50, 50), (30, 40), "held steady", "rose 10 pts"),
    ("No belief", (60, 30), (None, None), "eased 30 pts", "–"),
]


@pytest.mark.parametrize("size", [(120, 40), (100, 30), (80, 24)])
async def test_history_shows_the_belief_shift_per_record_and_on_average(
    opened_paths: DataPaths, db: Database, size: tuple[int, int]
) -> None:
    for thought, (before, after), (believed, believed_after), _f, _b in RECORDS:
        add_record(
            db,
            thought,
            traps=("labeling",),
            feelings=(("sad", before, after),),
            belief=believed,
            belief_after=believed_after,
        )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press("4")
        await pilot.pause()
        lines = screen_lines(app)
        header = next(line for line in lines if "Date" in line and "Thought" in line)
        assert header.index("Feelings") < header.index("Belief"), header
        for thought, _f, _b, feelings, belief in RECORDS:
            row = next(line for line in lines if thought[:8] in line)
            assert f" {feelings} " in row, row
            assert row.rstrip().endswith(f" {belief}"), row
            # Each cell sits under its own column's title.
            assert row.index(f" {feelings} ") + 1 == header.index("Feelings"), (row, header)
            assert row.index(f" {belief}", row.index(feelings)) + 1 == header.index("Belief")
        screen = "\n".join(lines)
        # The figure: feelings (40 + 0 + 30) / 3 = 23.3 over three, belief over two.
        assert "Feelings eased 23 points" in screen
        assert "Belief eased 20 points" in screen
