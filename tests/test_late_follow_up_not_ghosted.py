"""A follow-up the person set is theirs: once its day has passed it stays "N days late" on
Today, as the Pipeline says it ("4d late"), until they act on it; "ghosted?" is asked of an
application in Applied with no follow-up set.

A stranger's walk: an application sent 30 days ago with its follow-up four days late read
"No word from Hooli (Engineer): ghosted?" on Today, its follow-up gone from the list, while
the Pipeline's row beside it said "4d late" and counted it quiet too. Today is Monday 16
March 2026 (tests/conftest.py); "ghost after" is the default 21 days.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bounceback_tui.domain.due import DueKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.ui.pipeline.lines import follow_up_cell
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import put
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _day(days: int) -> date:
    return FIXED_TODAY + timedelta(days=days)


def _store(db: Database) -> None:
    # Both sent 30 days ago and still in Applied; Hooli's follow-up was due four days ago.
    put(db, "Hooli", [("applied", _day(-30))], date_applied=_day(-30), next_follow_up=_day(-4))
    put(db, "Initech", [("applied", _day(-30))], date_applied=_day(-30))


def test_today_and_the_pipeline_say_the_late_follow_up_alike(db: Database) -> None:
    _store(db)
    due = {(item.kind, item.title) for item in load_today(db.path, FIXED_TODAY).due}
    assert (DueKind.FOLLOW_UP, "Follow up with Hooli (Engineer)") in due, due
    assert (DueKind.GHOSTED, "No word from Initech (Engineer): ghosted?") in due, due
    assert not any(kind is DueKind.GHOSTED and "Hooli" in title for kind, title in due), due
    rows = {row.company: row for row in load_rows(db, FIXED_TODAY).rows}
    assert follow_up_cell(rows["Hooli"], FIXED_TODAY)[0] == "4d late"
    assert not rows["Hooli"].quiet  # not counted in "N quiet (r)" either
    assert rows["Initech"].quiet


def test_a_follow_up_let_go_leaves_the_question(db: Database) -> None:
    put(db, "Hooli", [("applied", _day(-30))], date_applied=_day(-30))
    kinds = {item.kind for item in load_today(db.path, FIXED_TODAY).due if "Hooli" in item.title}
    assert kinds == {DueKind.GHOSTED}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_due_list_says_how_late(
    db: Database, opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    _store(db)
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        lines = screen_lines(run.app)
    hooli = [line for line in lines if "│ ✉ " in line and "Hooli" in line]
    # In fewer cells at 80 columns, as every line of its box says it there (Initech's
    # quiet line has to: tests/test_today_due_one_form.py).
    late = "4 days late" if size[0] >= 120 else "4d late"
    assert len(hooli) == 1 and hooli[0].split("│")[1].strip().endswith(late), lines
    assert not [line for line in lines if "Hooli" in line and "ghosted?" in line], lines
