"""Every overdue line in Today's due box says how late it is one way.

Each overdue line said its day, "Nd late" or "late" by the room it had, so one box mixed
them: at 36 cells "? Ask Riverstone… for feedback  late" stood above "✉ Northwind…
(Senior Data…)  3d late" and "↑ SQL window functions  3d late". Where one line has to say
it more plainly than its words can, every overdue line in view says it that way: the
richest way that fits them all. A follow-up has no day to say: its "3d late" is its richest
and asks nothing of the others.

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import feedback_item, follow_up_item, skill_target_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.today.due_box import said_bare, said_late, said_short
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads

# How a line ends, as a person reads it: its day, how many days late, or "late" alone.
DAY = re.compile(r"  (was )?due \d+ \w+$")
DAYS = re.compile(r"  \d+ ?\w* late$")
LATE = re.compile(r"\S  +late$")


def _way(line: str) -> str:
    for name, pattern in (("day", DAY), ("days", DAYS), ("late", LATE)):
        if pattern.search(line):
            return name
    return ""


def _items() -> list[Any]:
    return [  # a feedback request three weeks late, a follow-up and a skill's target three days
        feedback_item(
            7, 3, "Riverstone Legal", date(2026, 2, 20), 3, FIXED_TODAY, role="Paralegal"
        ),
        follow_up_item(
            1, "Northwind Traders", "Senior Data Analyst", date(2026, 3, 13), FIXED_TODAY
        ),
        skill_target_item(2, "SQL window functions", date(2026, 3, 13)),
    ]


def _box(width: int) -> list[str]:
    """The lines as the board draws them at ``width`` (ui/today/board.TodayBoard.due_line)."""
    prompts = [DuePrompt(partial(due_prompt, item, SUMMARY)) for item in _items()]
    short = said_short(prompts, width)
    bare = said_bare(prompts, width, short)
    late = said_late(prompts, width, short, bare)
    return [prompt.fitted(width, short, bare, late).plain for prompt in prompts]


def test_at_36_cells_every_line_says_late() -> None:
    ask, follow_up, skill = _box(36)
    assert ask.endswith("for feedback  late"), ask
    assert _way(follow_up) == _way(skill) == "late", (follow_up, skill)


def test_at_24_cells_the_ask_says_how_many_days_as_the_others_do() -> None:
    lines = _box(24)
    assert [_way(line) for line in lines] == ["days"] * 3, lines


@pytest.mark.parametrize("width", range(20, 70))
def test_no_box_mixes_late_with_days_or_a_day_with_days_late(width: int) -> None:
    lines = _box(width)
    ways = {_way(line) for line in lines} - {""}
    # A follow-up's "3d late" beside a request's day is each saying it as richly as it can.
    assert ways in ({"day", "days"}, {"days"}, {"late"}, set()), (width, lines)
    if "late" in ways:
        assert all(_way(line) == "late" for line in lines[1:]), (width, lines)


def _store(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        add_rejection(db, "Riverstone Legal", "Paralegal", rejected_on=date(2026, 2, 20))
    finally:
        db.dispose()
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
            "created_at, updated_at) VALUES ('Northwind Traders', 'Senior Data Analyst', "
            "'screening', '2026-02-01', '2026-03-13', '2026-02-01 09:00:00', "
            "'2026-02-01 09:00:00')"
        )
        conn.execute(
            "INSERT INTO skill (title, status, priority, target_date, created_at) "
            "VALUES ('SQL window functions', 'todo', 1, '2026-03-13', '2026-03-01 09:00:00')"
        )
    conn.close()


@pytest.mark.parametrize("columns", [46, 49, 66, 82, 85])
async def test_on_screen_one_box_says_late_one_way(opened_paths: DataPaths, columns: int) -> None:
    _store(opened_paths)
    async with app_on(opened_paths, size=(columns, 30)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    due = [line.split("│")[1].rstrip() for line in lines if re.search(r"│ [✉?☐↑] ", line)]
    ways = {_way(line) for line in due} - {""}
    assert "late" not in ways or ways == {"late"}, due
    assert not {"day", "days"} <= ways or not [
        line for line in due if line.lstrip().startswith(("?", "☐")) and _way(line) == "days"
    ], due
