"""Into a plan, the cursor lands on its first open step, not on a step already done.

Found by a stranger (seventeenth round): Enter on a half-done plan put the cursor on its
first step, done days ago; the space a person then pressed to tick "the next thing"
unticked it, and ticking it again gave it today's date instead of the day it was done.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection, steps_of, tick_first
from tests.ui_harness import app_on


async def test_enter_on_a_half_done_plan_lands_on_its_first_open_step(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    tick_first(db, rid, 2)
    before = steps_of(db, rid)
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        await pilot.press("enter")  # into the plan
        await pilot.pause()
        assert app.focused is pane.step_list
        assert pane.step_list.highlighted_step.id == before[2].id
    after = steps_of(db, rid)
    assert [s.done_at for s in after[:2]] == [s.done_at for s in before[:2]]


async def test_a_finished_plan_opens_on_its_first_step(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    steps = steps_of(db, rid)
    tick_first(db, rid, len(steps))
    async with app_on(opened_paths, "recovery") as (_app, pilot, pane):
        await pilot.press("enter")
        await pilot.pause()
        assert pane.step_list.highlighted_step.id == steps[0].id
