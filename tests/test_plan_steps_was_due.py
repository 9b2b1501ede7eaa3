"""A recovery plan's steps past their day say when they were due, never how many days late.

A tester's month with a frozen clock: 27 days after a no (its plan still in its first 30
days, so on Today), the comfort steps rested as they should, but the other steps did not:
Today's due list said "Keep the bridge intact… (+11 more)  26 days late", the next step "It
is 26 days late", and the `today` command the same. Someone finding their feet after a no
(or back after a break) met a count of lateness that grew every day. A plan's step past its
day now says the day it was for, "was due 18 Feb", as the plan itself says "since 18 Feb":
in Today's list, its next step, the `today` command and the Recovery pane. (A feedback
request keeps its own flag, "N days late" while flagged: domain/step_timing.py.)

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bounceback_tui.domain.next_step import LatePlanStep, StepFacts, choose_next_step
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, recorded_on_its_day
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle, settle_workers

NO_DAY = FIXED_TODAY - timedelta(days=27)  # Tuesday 17 February
BRIDGE = "Keep the bridge intact"


def _lines(text: str, word: str) -> list[str]:
    return [line for line in text.splitlines() if word in line]


def _in_due_box(text: str, word: str) -> list[str]:
    """The due list's lines with ``word``, without the boxes drawn round it and beside it."""
    return [line.split("│")[1].strip() for line in _lines(text, word) if "│" in line]


async def test_a_plan_in_its_first_month_is_never_days_late(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main

    rid = add_rejection(db, "Lumen", rejected_on=NO_DAY)
    recorded_on_its_day(db, rid)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    step_lines = [line for line in out.splitlines() if line.startswith("  - Lumen")]
    assert step_lines and not any("late" in line for line in step_lines), out
    # The gracious reply was for the day after the no. "Note what came back" is not among
    # the others: nothing was asked yet (tests/test_reply_waits_for_ask.py).
    assert f"Lumen (Engineer): {BRIDGE}: send a gracious reply (+10 more) (was due 18 Feb)" in (
        out
    ), out
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = screen_text(app)
        # Its step's words before its role (tests/test_today_plan_step_before_role.py).
        (bridge,) = _in_due_box(text, f"☐ Lumen: {BRIDGE}")
        assert bridge.endswith("was due 18 Feb"), bridge
        await pilot.press("3")
        await settle_workers(pilot)
        await pilot.press("enter")  # its plan says the same day
        await settle_workers(pilot)
        await settle(pilot)
        (step,) = _lines(screen_text(app), BRIDGE)
        assert "since 18 Feb" in step and "late" not in step, step


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_narrow_today_says_the_day_in_fewer_words(
    opened_paths: DataPaths, db: Database, size: tuple[int, int]
) -> None:
    rid = add_rejection(db, "Lumen", rejected_on=NO_DAY)
    recorded_on_its_day(db, rid)
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = screen_text(app)
        # "was due 18 Feb" in fewer cells, "due 18 Feb", as "26 days late" was "26d late";
        # never the day alone, which did not say it had passed (tests/
        # test_today_was_due_narrow.py).
        (step,) = _in_due_box(text, "☐ ")
        assert step.endswith(" due 18 Feb") and "late" not in step, text


def test_the_next_step_says_when_a_late_step_was_due() -> None:
    late = LatePlanStep(1, "Lumen", 7, "What went well?", date(2026, 2, 19), "Engineer", 3)
    facts = StepFacts(
        today=FIXED_TODAY,
        has_data=True,
        last_application_on=FIXED_TODAY,
        applications_this_week=5,
        late_plan_step=late,
    )
    step = choose_next_step(facts)
    assert step.title == "What went well?"
    assert step.reason == (
        "It was due 19 Feb, in your plan for Lumen (Engineer). 3 more steps of it are due."
    )
