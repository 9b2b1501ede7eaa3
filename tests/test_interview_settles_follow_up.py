"""An interview held settles its application's follow-up, as a logged call does.

A logged call or message dated on or after a follow-up's day settles it
(``services/people_log.settle_follow_ups``), but an interview held, its time passed and how
it went saved from Today's `h`, left "Follow up with Northwind (Engineer) overdue 5 days" on
Today, the day after two hours with them. Saving how it went now settles the application's
follow-up when the interview was on its day or after it, in the same transaction, and the
note says so; `u` on Today puts the day back (while it is still empty), and the outcome stays.

Today is Monday 16 March 2026 (tests/conftest.py, London time). Northwind, in Interviewing,
had a technical interview on Friday 13 March at 14:00.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.interviews import OutcomeInput, validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.ui_harness import app_on, fill, settle, settle_workers, toasts

NORTHWIND = "Follow up with Northwind (Engineer)"


def _store(paths: DataPaths, follow_up: str) -> tuple[int, int]:
    """Northwind with its follow-up on ``follow_up``, and its interview; their ids."""
    db = Database(paths.database)
    try:
        values = {
            "company": "Northwind",
            "role": "Engineer",
            "stage": "interviewing",
            "date_applied": "2026-02-20",
            "next_follow_up": follow_up,
        }
        app_id = add_application(db, validate_application(values, FIXED_TODAY)).id or 0
        when = {"kind": "technical", "day": "2026-03-13", "at": "14:00", "zone": "Europe/London"}
        return app_id, interviews.add_interview(db, app_id, validate_interview(when, FIXED_TODAY))
    finally:
        db.dispose()


def _northwinds_line(app: object) -> str:
    """Northwind's follow-up's line on Today ("" when none)."""
    return next((line for line in screen_text(app).splitlines() if NORTHWIND in line), "")


def _follow_up(paths: DataPaths) -> str | None:
    with sqlite3.connect(paths.database) as conn:
        (day,) = conn.execute("SELECT next_follow_up FROM application").fetchone()
    conn.close()
    return day


def test_saving_how_it_went_settles_a_follow_up_due_by_its_day(opened_paths: DataPaths) -> None:
    _app_id, interview_id = _store(opened_paths, "2026-03-11")
    db = Database(opened_paths.database)
    try:
        saved = interviews.save_outcome(db, interview_id, OutcomeInput(note="Went well", rating=4))
    finally:
        db.dispose()
    assert _follow_up(opened_paths) is None
    assert [(one.name, one.day.isoformat()) for one in saved.settled] == [
        ("Northwind (Engineer)", "2026-03-11")
    ]


def test_a_follow_up_set_for_after_the_interview_stays(opened_paths: DataPaths) -> None:
    # Set for the 14th, the day after: still to come when they met (as a line dated before
    # the day leaves it).
    _app_id, interview_id = _store(opened_paths, "2026-03-14")
    db = Database(opened_paths.database)
    try:
        saved = interviews.save_outcome(db, interview_id, OutcomeInput(note="Went well", rating=4))
    finally:
        db.dispose()
    assert _follow_up(opened_paths) == "2026-03-14"
    assert saved.settled == ()


async def test_h_settles_it_and_u_on_today_puts_it_back(opened_paths: DataPaths) -> None:
    _store(opened_paths, "2026-03-11")
    async with app_on(opened_paths, size=(120, 40), notifications=True) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert "5 days late" in _northwinds_line(app)
        await pilot.press("h")
        await settle(pilot)
        await fill(pilot, note="Went well")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        said = (
            # The day first: "Northwind (Engineer) (was 11 Mar)" had two sets of brackets.
            "Saved. That settles your 11 Mar follow-up with Northwind (Engineer)."
        )
        # Said in the thank-you question that follows, not a toast over its buttons; its
        # key once the question is answered, where `u` works (test_thank_you_keys_work.py).
        assert said in str(app.screen.detail), app.screen.detail
        assert _follow_up(opened_paths) is None
        await pilot.press("escape")  # no thank-you now
        await settle_workers(pilot)
        assert "u puts the follow-up back." in toasts(app)
        assert _northwinds_line(app) == ""
        await pilot.press("u")
        await settle_workers(pilot)
        assert _follow_up(opened_paths) == "2026-03-11"
        assert "Your follow-up with Northwind (Engineer) is back on 11 Mar." in toasts(app)
        assert "5 days late" in _northwinds_line(app)
        with sqlite3.connect(opened_paths.database) as conn:  # how it went stays
            (note,) = conn.execute("SELECT outcome_note FROM interview").fetchone()
        conn.close()
        assert note == "Went well"
        assert focus_problem(app) is None
