"""The next step says how late something is as the due list below it does, and names the
check-in's key as the person's keymap binds it.

A tester read "The suggested day passed 11 days ago" and "It was due 3 days ago" over a
list that said "11 days late" and "3 days late"; and a welcome back said "A check-in (c)"
with the check-in moved to another key (the words wrote it by hand)."""

from __future__ import annotations

import sqlite3
from datetime import date

from bounceback_tui.domain.due import follow_up_item
from bounceback_tui.domain.due_said import describe_due
from bounceback_tui.domain.next_step import choose_next_step, welcome_back
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.test_keymap import _keymapped
from tests.test_today_low_day import _facts, _feedback


def test_a_late_feedback_request_is_said_late_as_the_list_says_it() -> None:
    item = _feedback(11)
    reason = choose_next_step(_facts(flagged_feedback=item)).reason
    assert describe_due(item, FIXED_TODAY) == "was due 5 Mar"  # a plan's step: its day
    assert reason == "It was due 5 Mar. A short, friendly note is enough."


def test_a_late_follow_up_is_said_late_as_the_list_says_it() -> None:
    item = follow_up_item(5, "Echo", "Engineer", date(2026, 3, 13), FIXED_TODAY)
    assert describe_due(item, FIXED_TODAY) == "3 days late"
    assert choose_next_step(_facts(overdue_follow_up=item)).reason == "It is 3 days late."


def test_a_day_late_is_one_day() -> None:
    item = follow_up_item(5, "Echo", "Engineer", date(2026, 3, 15), FIXED_TODAY)
    assert choose_next_step(_facts(overdue_follow_up=item)).reason == "It is 1 day late."


def test_the_welcome_names_the_key_it_is_given() -> None:
    step = welcome_back(21).keyed("k")
    assert step.reason.startswith("It has been 21 days. A check-in (k) is a gentle start")
    assert (
        step.short_reason
        == "It has been 21 days. A check-in (k) is a gentle start; there is no rush."
    )
    # Without the app (the `today` command's JSON), the usual key.
    assert "A check-in (c)" in welcome_back(21).reason


async def test_the_welcome_names_the_check_ins_key_as_bound(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    with sqlite3.connect(opened_paths.database) as conn:  # nothing done for 21 days
        conn.execute("DELETE FROM activity_day WHERE day > '2026-02-23'")
    conn.close()
    # x, not k: k is Up in Today's due list, and a refused entry is not named
    # (tests/test_today_keys_refused.py).
    async with _keymapped(opened_paths, '[keymap]\n"today.check_in" = "x"\n') as (app, _pilot):
        assert app.keymap_problems == ()
        text = screen_text(app)
    assert "Welcome back" in text
    assert "A check-in (x) is a gentle start" in text, text
    assert "(c)" not in text, text
