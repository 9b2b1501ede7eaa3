"""Space, `s` and `m` say why they do nothing where they do nothing on the Recovery pane.

A new user's walk (twenty-first round): on the plan list, straight after "Open the plan",
space, `s` and `m` did nothing and said nothing; they work on a step of an open plan.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.recovery_fixtures import add_rejection, steps_of
from tests.ui_harness import app_on, settle, toasts

ON_THE_LIST = "Enter opens the plan's steps; these keys work on a step."


async def test_the_step_keys_on_the_plan_list_say_to_open_the_plan(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    before = steps_of(db, rid)
    async with app_on(opened_paths, "recovery", notifications=True) as (app, pilot, pane):
        assert app.focused is not pane.step_list
        for key in ("space", "s", "m"):
            await pilot.press(key)
            await settle(pilot)
        assert toasts(app).count(ON_THE_LIST) == 1  # said once while it is on screen
        assert focus_problem(app) is None
    assert [s.done_at for s in steps_of(db, rid)] == [s.done_at for s in before]


async def test_on_a_step_they_do_not_fit_they_say_why(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db)  # recorded by hand: no application behind it
    async with app_on(opened_paths, "recovery", notifications=True) as (app, pilot, pane):
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is pane.step_list
        step = pane.step_list.highlighted_step
        assert step is not None and not step.answer
        await pilot.press("m")
        await settle(pilot)
        assert "This no has no application in the Pipeline, so no one to write to." in toasts(app)
        await pilot.press("s")
        await settle(pilot)
        said = toasts(app)
        assert (
            "Only a review answer or a feedback reply becomes a skill." in said
            or "This step has no answer yet to turn into a skill." in said
        )
        assert app.focused is pane.step_list
