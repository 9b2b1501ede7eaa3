"""Reframe's list says in words how each record's feelings moved.

Its last column showed "↓40", "↑5" and "±0" under "Shift": a bare arrow and a number that said
neither of what nor whether down was good (the twenty-third round left it; the figure above
the list, Today and the `today` command already said "eased 40 points"). The column is called
"Feelings" now and each record reads "eased 40 pts", "rose 5 pts" or "held steady", in the
shared wording (domain.wording.shift), whole at 100x30, 80x24 and 60x20 ("eased 40" had no
unit, beside Today's "eased 24 pts": a stranger's walk).

Each record has one feeling, so its average is its own shift; the words are written by hand.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.reframe_fixtures import add_record
from tests.screen_text import screen_lines

# thought, (before, after) of its one feeling, and what the list says of it.
RECORDS = [
    ("Eased a lot", (80, 40), "eased 40 pts"),
    ("Rose a bit", (30, 35), "rose 5 pts"),
    ("Held still", (50, 50), "held steady"),
    ("Eased fully", (100, 0), "eased 100 pts"),
]


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (60, 20)])
async def test_each_record_says_how_its_feelings_moved(
    opened_paths: DataPaths, db: Database, size: tuple[int, int]
) -> None:
    for thought, (before, after), _said in RECORDS:
        add_record(db, thought, traps=("labeling",), feelings=(("sad", before, after),))
    add_record(db, "Not rated again", traps=("labeling",), feelings=(("sad", 60, None),))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press("4")
        await pilot.pause()
        lines = screen_lines(app)
        header = next(line for line in lines if "Date" in line and "Thought" in line)
        # The Belief column follows where it fits (these records' belief was not rated: "–").
        ends = ("–", "Belief") if size[0] >= 80 else ("", "")
        assert " ".join(header.split()).endswith(" ".join(("Feelings", ends[1])).rstrip())
        for thought, _ratings, said in RECORDS:
            row = next(line for line in lines if thought[:8] in line)
            assert " ".join(row.split()).endswith(" ".join((said, ends[0])).rstrip()), row
        row = next(line for line in lines if "Not rate" in line)
        assert " ".join(row.split()).endswith(" ".join(("not re-rated", ends[0])).rstrip()), row
        screen = "\n".join(lines)
        for arrow in ("↓", "↑", "±"):
            assert arrow not in screen
