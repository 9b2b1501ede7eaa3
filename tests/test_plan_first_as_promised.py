"""Today says exactly how long a fresh no's plan comes before the weekly goal.

A tester in a hard week read "For a day or two your plan comes first; the weekly goal can
wait" the day after a no, and the next morning, with thirteen of its steps waiting, the next
step was "Send 1 more application this week": "a day or two" had been one more day. The
plan comes first on the day of the no and the day after, and the promise now says so: "Today
and tomorrow" on the day it came, "Today … still" the day after.
"""

from __future__ import annotations

from datetime import timedelta

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import put
from tests.recovery_fixtures import add_rejection, step_by_key


def _next_step_after_a_no(
    paths: DataPaths, db: Database, days_ago: int, ticked: str = "breathe.feel"
) -> tuple[str, str]:
    put(db, "Kilo", [("applied", FIXED_TODAY - timedelta(days=3))])  # sent last week
    rid = add_rejection(db, "Sunny Labs", "Analyst", FIXED_TODAY - timedelta(days=days_ago))
    # A step ticked: the plan is begun, not "Start your recovery plan".
    step_service.set_step_done(db, step_by_key(db, rid, ticked).id, True)
    step = load_today(paths.database, FIXED_TODAY).next_step
    return step.title, step.reason


def test_on_the_day_of_the_no_the_promise_says_today_and_tomorrow(
    opened_paths: DataPaths, db: Database
) -> None:
    title, reason = _next_step_after_a_no(opened_paths, db, 0, ticked="guardrails.bridge")
    assert title == "Let yourself feel it for a while"
    assert reason == (
        "Sunny Labs (Analyst) said no today. Today and tomorrow your plan comes first; the "
        "weekly goal can wait."
    )


def test_the_day_after_the_no_it_says_today_still(opened_paths: DataPaths, db: Database) -> None:
    title, reason = _next_step_after_a_no(opened_paths, db, 1)
    assert title == "Talk it through with someone close"
    assert reason == (
        "Sunny Labs (Analyst) said no yesterday. Today your plan still comes first; the weekly "
        "goal can wait."
    )


def test_two_days_after_the_no_the_promise_is_over(opened_paths: DataPaths, db: Database) -> None:
    title, reason = _next_step_after_a_no(opened_paths, db, 2)
    assert title.startswith("Send")  # the applications come back
    assert "comes first" not in reason
