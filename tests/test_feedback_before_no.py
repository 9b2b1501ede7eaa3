"""A "Feedback asked" dated before the no ticks the plan's step as of the no's day.

A tester logged (People `i`) a feedback asked on 5 Dec about an application turned down on
6 Dec: the plan's "Ask … for feedback" step was ticked with that earlier day ("asked 5 Dec"),
a day before the no it is a step of. They did ask, so the step is ticked (the plan does not
ask them again), but as of the day of the no, and the toast says why that day; the line
keeps the day typed. Here the no (Initech) is on the frozen today, Monday 16 Mar
(tests/people_fixtures.py).
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.test_people_pane import seeded  # noqa: F401  (Rita, linked to Initech)
from tests.ui_harness import fill, settle, toasts


def _ask_step(paths: DataPaths) -> tuple[object, object]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(
            "SELECT done_at, asked_on FROM recovery_step WHERE template_key = 'feedback.ask'"
        ).fetchone()


async def _log_feedback_asked(app: BouncebackApp, pilot: object, initech: int, day: str) -> None:
    await pilot.press("i")  # type: ignore[attr-defined]
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)
    await fill(
        pilot,
        kind="feedback_asked",
        application=str(initech),
        happened_on=day,
        note="Asked Rita how it went",
    )
    await pilot.press("ctrl+s")  # type: ignore[attr-defined]
    await settle(pilot)
    assert not isinstance(app.screen, FormScreen)


async def test_feedback_asked_the_day_before_the_no_ticks_its_step_on_the_day_of_the_no(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await _log_feedback_asked(app, pilot, ids["initech"], "2026-03-15")
        with sqlite3.connect(paths.database) as conn:
            logged = conn.execute("SELECT kind, happened_on FROM interaction").fetchall()
        assert logged == [("feedback_asked", "2026-03-15")]  # the line is kept as typed
        done_at, asked_on = _ask_step(paths)
        assert str(done_at).startswith("2026-03-16") and asked_on == "2026-03-16"
        said = toasts(app)[-1]
        assert said.startswith("Logged, and ticked “Ask the recruiter or hiring manager")
        assert said.endswith(
            " as of 16 Mar, the day of the no (the line is dated before it). u takes it away."
        )
        assert focus_problem(app) is None
