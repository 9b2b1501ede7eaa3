"""A recovery plan's lines on a narrow Today keep saying that their day has passed, what to
do, and as much of the company as the line has room for.

Found at 80x24 and 70x24 on the demo store: at 80 columns a plan's step read "☐ Riverstone
Legal (Site…)   12 Nov" where wider terminals said "was due 12 Nov" (a bare date does not say
it has passed); "☐ Tidewater…: How…       29 Nov" left seven cells empty beside a company
that was cut (its words were planned before the company was cut at a word's end); and at
70 columns "? Harbor Freight Tech (Frontend Developer)  was due 26 Nov" had lost "Ask … for
feedback" to its day. A step's day in fewer cells is now "due 26 Nov" (then how late), the
room a cut leaves goes to the company, and a feedback request keeps "Ask … for feedback",
its day said in fewer cells first (ui/today/text.py, ui/today/due_fit.py).

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import feedback_item
from bounceback_tui.domain.due_plans import recovery_step_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, recorded_on_its_day
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads


def _due_lines(lines: list[str], mark: str) -> list[str]:
    """The due box's lines that start with ``mark``, without the box drawn round them."""
    return [line.split("│")[1].strip() for line in lines if f"│ {mark} " in line]


async def test_at_80_columns_a_plan_step_says_its_day_has_passed(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        # A no 27 days ago: its plan's first steps were due on 18 February.
        no = add_rejection(db, "Lumen", rejected_on=FIXED_TODAY - timedelta(days=27))
        recorded_on_its_day(db, no)
    finally:
        db.dispose()
    async with app_on(opened_paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        steps = _due_lines(screen_lines(run.app), "☐")
    # "was due 18 Feb" in fewer cells still says it was due: not the day alone.
    assert len(steps) == 1, steps
    assert re.search(r"  (was )?due 18 Feb$", steps[0]), steps


def _tidewater(width: int, short: bool) -> str:
    # A plan's step due three days after a no twenty days ago, two more due after it.
    item = recovery_step_item(
        1, "Tidewater Foods", FIXED_TODAY - timedelta(days=20), 3, 3, 2, "How prepared was I?"
    )
    return DuePrompt(partial(due_prompt, item, SUMMARY)).fitted(width, short).plain


# The due list's words have 35 cells at 80x24 (tests/test_today_soon_interview.py); at 29
# cells "Tidewater Foods: How…" fits with what is left for its day ("late"), from 35 with
# "due 27 Feb", "(+2)" or "(+2 more)" (at 30 and 31 its "17d late" takes the room: a bare
# "due" read as due today, tests/test_today_overdue_says_when.py).
@pytest.mark.parametrize("width", [29, 35, 36, 40, 41, 45])
def test_a_company_cut_takes_the_room_its_line_leaves(width: int) -> None:
    for short in (False, True):
        line = _tidewater(width, short)
        assert line.startswith("☐ Tidewater Foods: How"), (width, short, line)
        assert len(line) <= width, line


async def test_at_70_columns_a_feedback_ask_keeps_what_to_do(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        # A no 24 days ago: its feedback step was due on 23 February.
        no = add_rejection(
            db, "Harbor Freight Tech", "Frontend Developer", rejected_on=date(2026, 2, 20)
        )
        recorded_on_its_day(db, no)
    finally:
        db.dispose()
    async with app_on(opened_paths, size=(70, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        asks = _due_lines(screen_lines(run.app), "?")
    # "? Ask Harbor Freight Tech (Frontend Developer) for feedback" (59 cells) and "  was
    # due 23 Feb" (16) do not fit in 62: its day is said in fewer cells and the role cut at
    # a word's end, "Ask … for feedback" kept.
    assert len(asks) == 1, asks
    said = re.sub(r" {2,}", "  ", asks[0])
    assert said == "? Ask Harbor Freight Tech (Frontend…) for feedback  due 23 Feb", asks


def test_a_name_too_short_for_its_room_takes_more_of_it() -> None:
    """At 70x24 "? Ask Riverstone Legal for feedback" stood beside 13 empty cells: cut at
    words' ends, its name in 27 cells was "Riverstone Legal", where "Riverstone…
    (Paralegal)" fits."""
    item = feedback_item(
        7, 3, "Riverstone Legal", date(2026, 2, 20), 3, FIXED_TODAY, role="Paralegal"
    )
    line = DuePrompt(partial(due_prompt, item, SUMMARY)).fitted(58).plain
    assert line.startswith("? Ask Riverstone… (Paralegal) for feedback  "), line
    # Its day in the cells left: "was due 23 Feb" (tests/test_today_ask_day_in_its_cells.py).
    assert line.endswith("  was due 23 Feb"), line
