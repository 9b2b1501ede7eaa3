"""`h` on Today with no interview to ask about says so.

A new user's walk: `h` (how did it go?) on Today with no interview just past did nothing
and said nothing; the key bar leaves it out then, and the key went by without a word. It
now gives a short note (ui/kit/refused_keys.py, ``TodayPane.refused_key_note``).
The clock is Monday 2026-03-16 09:30, Europe/London (tests/conftest.py).
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, settle, settle_workers, toasts

NOTE = "No interview to ask about yet: once one has ended, Today asks how it went."


def _store(paths: DataPaths, *, ahead: bool) -> None:
    """One application; with ``ahead``, an interview for it on Wednesday (not yet over)."""
    db = Database(paths.database)
    try:
        app = add_application(
            db, ApplicationInput(company="Acme", role="Engineer", stage=Stage.INTERVIEWING)
        )
        assert app.id
        if ahead:
            values = {"kind": "technical", "day": "2026-03-18", "at": "10:00"}
            values["zone"] = "Europe/London"
            interviews.add_interview(db, app.id, validate_interview(values, FIXED_TODAY))
    finally:
        db.dispose()


@pytest.mark.parametrize("ahead", [False, True], ids=["no-interview", "one-ahead"])
async def test_h_with_nothing_to_ask_about_says_so(opened_paths: DataPaths, ahead: bool) -> None:
    _store(opened_paths, ahead=ahead)
    async with app_on(opened_paths, size=(100, 30), notifications=True) as (app, pilot, _pane):
        await settle_workers(pilot)
        screen = app.screen
        await pilot.press("h")
        await settle(pilot)
        assert toasts(app) == [NOTE]
        assert app.screen is screen  # nothing opened
        # Held down, the note is not raised again while it is on screen.
        await pilot.press("h")
        await settle(pilot)
        assert toasts(app) == [NOTE]
        assert focus_problem(app) is None
