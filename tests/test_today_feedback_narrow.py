"""Today's feedback lines on a narrow due list keep saying what to do.

Found in the twenty-third round (its left-alone list): below 34 cells of words a feedback
request read "? Ask Riverston…  overdue 21 days", what to do lost; and one not yet
overdue ("  today") was cut at its end. Between 68 and 79 columns the due list beside the
figures has 23 to 34 cells of words. The company is cut now, "for feedback" kept whole,
and how late it is (or its day) gives way before the company goes below a few letters.

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import feedback_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.today.board_rows import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, recorded_on_its_day
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

# "? Ask Riverstone Legal for feedback" is 35 cells; the company 16 of them.
OVERDUE = [  # 21 days after the step's day: "  was due 23 Feb" besides (a plan's step)
    # "due 23 Feb" and "21d late" leave too little of the company: "late" (its day alone,
    # "23 Feb", did not say it had passed: tests/test_today_was_due_narrow.py; a bare "due"
    # read as due today: tests/test_today_overdue_says_when.py), then nothing.
    (33, "? Ask Riverst… for feedback  late"),
    (30, "? Ask Riverstone… for feedback"),
    (25, "? Ask River… for feedback"),
    (22, "? Ask Ri… for feedback"),
]
TODAY = [  # the step's day is today: "  today" besides, muted
    (34, "? Ask Riverst… for feedback  today"),
    (30, "? Ask Riverstone… for feedback"),
    (22, "? Ask Ri… for feedback"),
]
YESTERDAY = [  # a day past, not yet flagged: its day at the line's end, as a plan's step's
    (42, "? Ask Rivers… for feedback  was due 15 Mar"),
    (30, "? Ask Riverstone… for feedback"),  # "1d late" and "late" leave it too little
]


def _fitted(rejected_on: date, width: int) -> str:
    # The plan's feedback step is due three days after the no (domain/recovery.py).
    item = feedback_item(7, 3, "Riverstone Legal", rejected_on, 3, FIXED_TODAY)
    summary: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads
    return DuePrompt(partial(due_prompt, item, summary)).fitted(width).plain


@pytest.mark.parametrize(("width", "wanted"), OVERDUE)
def test_an_overdue_ask_keeps_for_feedback_below_34_cells(width: int, wanted: str) -> None:
    assert _fitted(date(2026, 2, 20), width) == wanted


@pytest.mark.parametrize(("width", "wanted"), TODAY)
def test_an_ask_due_today_is_not_cut_at_its_end(width: int, wanted: str) -> None:
    assert _fitted(date(2026, 3, 13), width) == wanted


@pytest.mark.parametrize(("width", "wanted"), YESTERDAY)
def test_an_ask_due_yesterday_is_not_cut_at_its_end(width: int, wanted: str) -> None:
    assert _fitted(date(2026, 3, 12), width) == wanted


async def test_at_70_columns_both_asks_name_their_application(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        add_rejection(db, "Riverstone Legal", "Paralegal", rejected_on=date(2026, 2, 20))
        add_rejection(db, "Tidewater Foods", "Buyer", rejected_on=date(2026, 3, 13))
    finally:
        db.dispose()
    async with app_on(opened_paths, size=(70, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        due = [line.split("│")[1].strip() for line in screen_lines(run.app) if "│ ? " in line]
    # 70 columns: the due list takes the whole width (beside the figures its 29 cells of
    # words read "? River… (Par…)  21d late"), and both asks name their application whole,
    # their days at the line's right edge; the late one says the day it was for (a plan's
    # step) in fewer cells, "Ask … for feedback" kept (tests/test_today_was_due_narrow.py).
    assert due[:2] == [
        "? Ask Riverstone Legal (Paralegal) for feedback     due 23 Feb",
        "? Ask Tidewater Foods (Buyer) for feedback               today",
    ], due


# A stranger's walk at 80x24: "? Ask Rivers… for feedback  overdue" lost how many days, while
# the follow-ups below it kept "3 days late". At 80 columns the words have 35 cells; "  3d
# late" takes 9 and "? Ask … for feedback" 19, so the company keeps 7 (its ellipsis in them).
# A plan's step, it says the day it was for now (tests/test_plan_steps_was_due.py); at 35
# cells "due 13 Mar" leaves the company too little: how late, as the follow-ups say it, then
# "late" (a bare "due" read as due today: tests/test_today_overdue_says_when.py).
LATE = [
    (date(2026, 3, 10), 35, "? Ask Rivers… for feedback  3d late"),  # due 13 March
    (date(2026, 3, 10), 45, "? Ask Riverston… for feedback  was due 13 Mar"),
    (date(2026, 2, 20), 35, "? Ask River… for feedback  21d late"),  # due 23 February
    (date(2026, 2, 20), 32, "? Ask Rivers… for feedback  late"),  # its day's fewest cells
]


@pytest.mark.parametrize(("rejected_on", "width", "wanted"), LATE)
def test_an_overdue_ask_at_80_columns_keeps_how_late(
    rejected_on: date, width: int, wanted: str
) -> None:
    assert _fitted(rejected_on, width) == wanted


async def test_at_80_columns_the_ask_keeps_what_to_do_never_a_bare_due(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        no = add_rejection(db, "Riverstone Legal", "Paralegal", rejected_on=date(2026, 3, 10))
        recorded_on_its_day(db, no)  # one recorded today is not flagged for two days
    finally:
        db.dispose()
    async with app_on(opened_paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        due = [line.split("│")[1].strip() for line in screen_lines(run.app) if "│ ? " in line]
    # "Ask … for feedback" kept before its role and its day. "3d late", even "late", would
    # cut its company inside its first word (tests/test_today_cuts_at_words.py): its day
    # gives way, never to a bare "due", which read as due today
    # (tests/test_today_overdue_says_when.py).
    assert [re.sub(r" {2,}", "  ", line) for line in due[:1]] == [
        "? Ask Riverstone Legal for feedback"
    ], due
