"""`u` on the Pipeline after `I`, the interview changed since in another window: the note
names the interview as it does when this window changed it ("The Phone screen interview
with Gamma Ltd (BI Developer) has changed since you scheduled it"), not the application
alone ("Gamma Ltd (BI Developer) has changed since you scheduled it, so it stays.": a
stranger's walk, window B moving the interview's time).

The clock is Mon 16 Mar 2026 09:30 London (tests/conftest.py).
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import InterviewInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.interviews import interviews_of_application, update_interview
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.ui_harness import app_on, fill, keep_toasts, settle


def _gamma(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        gamma = add_application(
            db, ApplicationInput(company="Gamma Ltd", role="BI Developer", stage=Stage.APPLIED)
        )
        assert gamma.id is not None
        return gamma.id
    finally:
        db.dispose()


async def test_u_names_the_interview_another_window_changed(opened_paths: DataPaths) -> None:
    gamma = _gamma(opened_paths)
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(gamma)
        await settle(pilot)
        await pilot.press("I")
        await settle(pilot)
        await fill(pilot, kind="phone_screen", day="2026-03-18", at="15:00")
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        other = Database(opened_paths.database)  # window B moves its time
        try:
            (row,) = interviews_of_application(other, gamma)
            moved = InterviewInput(row.kind, row.starts_at + timedelta(hours=1), row.zone)
            update_interview(other, row.id, moved, expected_version=row.version)
        finally:
            other.dispose()
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "The Phone screen interview with Gamma Ltd (BI Developer) has changed since you "
            "scheduled it, so it stays. Press N, then d, to delete it."
        ), said
        with sqlite3.connect(opened_paths.database) as conn:
            assert conn.execute("SELECT count(*) FROM interview").fetchone() == (1,)
        conn.close()
        assert focus_problem(app) is None
