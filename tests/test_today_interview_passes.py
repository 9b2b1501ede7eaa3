"""Today notices an interview beginning and ending while the app stays open.

A tester left the app open: at 16:50 an interview of 15:30-16:30 was still "Get ready for
your phone screen … It is today at 15:30", until a new day or ctrl+r. Today now reads again
when the next interview it lists begins or ends: one timer set to that moment on each read.
Here the timers Today sets are kept, not run; the test moves the frozen clock (Monday
2026-03-16 09:30, Europe/London: tests/conftest.py) and says when the moment has come.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.today import people_part
from bounceback_tui.ui.today.pane import TodayPane
from tests.conftest import FIXED_TODAY
from tests.screen_text import flat, screen_text
from tests.ui_harness import app_on, settle_workers

GET_READY = "Get ready for your phone screen with Globex (Engineer)"
HOW = "How did it go?"


def _store(db: Database) -> None:
    """A phone screen at Globex today, 15:30 to 16:30."""
    app = add_application(
        db,
        ApplicationInput(
            company="Globex", role="Engineer", stage=Stage.INTERVIEWING,
            date_applied=date(2026, 3, 12),
        ),
    )  # fmt: skip
    assert app.id
    values = {"kind": "phone_screen", "day": "2026-03-16", "at": "15:30",
              "zone": "Europe/London", "length_minutes": "60"}  # fmt: skip
    interviews.add_interview(db, app.id, validate_interview(values, FIXED_TODAY))


@pytest.fixture
def timers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, Callable[[], Any]]]:
    """Today's timers for the next interview's moment, kept (how long, what it runs), never
    run by themselves; every other timer as it was."""
    kept: list[tuple[float, Callable[[], Any]]] = []
    set_timer = TodayPane.set_timer

    def keep(self: TodayPane, delay: float, callback: Any = None, **options: Any) -> Any:
        if options.get("name") == people_part.MOMENT_TIMER:
            kept.append((delay, callback))
            return set_timer(self, 3600 * 24 * 365, None, **options)  # a year: never
        return set_timer(self, delay, callback, **options)

    monkeypatch.setattr(TodayPane, "set_timer", keep)
    return kept


async def test_today_reads_again_as_the_interview_begins_and_ends(
    opened_paths: DataPaths, db: Database, timers: list[tuple[float, Callable[[], Any]]]
) -> None:
    _store(db)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown = flat(screen_text(app))
        assert GET_READY in shown
        assert "It is today at 15:30" in shown
        wait, when_it_begins = timers[-1]
        assert wait == 6 * 3600  # 09:30 to 15:30

        clock.freeze(datetime(2026, 3, 16, 15, 31))
        when_it_begins()
        await settle_workers(pilot)
        shown = flat(screen_text(app))
        assert GET_READY not in shown
        assert HOW not in shown  # not over yet
        wait, when_it_ends = timers[-1]
        assert wait == 59 * 60  # 15:31 to 16:30

        clock.freeze(datetime(2026, 3, 16, 16, 50))
        when_it_ends()
        await settle_workers(pilot)
        shown = flat(screen_text(app))
        assert GET_READY not in shown
        assert f"{HOW} Phone screen at Globex (Engineer)" in shown, shown
        assert focus_problem(app) is None


async def test_under_a_dialog_today_reads_again_once_it_is_back(
    opened_paths: DataPaths, db: Database, timers: list[tuple[float, Callable[[], Any]]]
) -> None:
    _store(db)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("question_mark")  # the keys
        await settle_workers(pilot)
        assert app.screen is not app.screen_stack[0]
        clock.freeze(datetime(2026, 3, 16, 16, 50))
        timers[-1][1]()
        await pilot.press("escape")
        await settle_workers(pilot)
        app._watch_tick()  # the idle check, every few seconds
        await settle_workers(pilot)
        shown = flat(screen_text(app))
        assert GET_READY not in shown
        assert f"{HOW} Phone screen at Globex (Engineer)" in shown, shown
        assert focus_problem(app) is None
