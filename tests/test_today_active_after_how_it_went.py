"""Today's "Active … days in a row" after "How did it go?", whatever the answer to the
thank-you question (ui/today/actions.py).

A tester's walk: three days in a row behind them, `h` on Today, a note, ctrl+s, then "Not
now" to "Write a thank-you…?". The save counted today (the `today` command said 4 days and
the store's activity_day had today), but Today's box still said 3 days; only writing the
thank-you, a check-in or a practice round brought the box up to date.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, fill, settle_workers


def _three_days_then_an_interview(paths: DataPaths, db: Database) -> None:
    app = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    assert app.id is not None
    data = validate_interview(
        {"kind": "technical", "day": "2026-03-13", "at": "14:00", "zone": "Europe/London"},
        FIXED_TODAY,
    )
    interviews.add_interview(db, app.id, data)
    with sqlite3.connect(paths.database) as conn:  # the three days before today, nothing today
        conn.execute("DELETE FROM activity_day")
        conn.executemany(
            "INSERT INTO activity_day (day, actions) VALUES (?, 1)",
            [((FIXED_TODAY - timedelta(days=n)).isoformat(),) for n in (1, 2, 3)],
        )
    conn.close()


def _active_line(app: object) -> str:
    lines = [line for line in screen_lines(app) if "Active" in line]  # type: ignore[arg-type]
    assert lines, "\n".join(screen_lines(app))  # type: ignore[arg-type]
    return lines[0]


@pytest.mark.parametrize("answer", ["n", "escape"], ids=["not-now", "escape"])
async def test_the_run_counts_today_once_the_note_is_saved(
    opened_paths: DataPaths, db: Database, answer: str
) -> None:
    _three_days_then_an_interview(opened_paths, db)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _):
        await settle_workers(pilot)
        assert "3 days in a row" in _active_line(app)
        await pilot.press("h")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, note="Went well, they liked the case study.")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press(answer)
        await settle_workers(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert "4 days in a row" in _active_line(app)
