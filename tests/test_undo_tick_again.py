"""`u` in Recovery takes back a tick every time it is offered: tick, `u`, tick again, `u`
again on the same step, three times over. A second `u` on one step was reported refused
after the first took back its tick (the thirty-third round's left-alone list); not
reproduced here (frozen clock) nor in the app on demo data (real clock, every kind of step,
keys typed fast): this keeps the sequence as it was reported."""

from __future__ import annotations

from datetime import date

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, keep_toasts, settle

BREATHE = "breathe.talk"


async def test_a_second_u_on_the_same_step_takes_its_tick_back_too(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 12))
    step = step_by_key(db, rid, BREATHE)
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        pane.select_step(step.id)
        await settle(pilot)
        for _round in range(3):
            await pilot.press("space")
            await settle(pilot, 3)
            assert step_by_key(db, rid, BREATHE).done_at is not None
            await pilot.press("u")
            await settle(pilot, 3)
            assert said[-1] == f"Tick taken back: “{step.title}” is to do again.", said
            assert step_by_key(db, rid, BREATHE).done_at is None
            assert pane.step_list.highlighted_step.done_at is None
        assert app.focused is pane.step_list and focus_problem(app) is None
