"""`u` after unticking the last step of a finished plan puts the plan back as it was: finished
on the day it was finished, not today. The untick reopened the plan; `u` ticked the step
again with its own day but finished the plan again "now", so a plan done on 14 March read as
done on 16 March, and Today's plan length grew by two days (a stranger's walk).

Today is the frozen 2026-03-16 (tests/conftest.py)."""

from __future__ import annotations

from datetime import date, datetime

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Rejection
from bounceback_tui.ui.kit.focus import focus_problem
from tests.recovery_fixtures import add_rejection, rejection, steps_of, tick_first
from tests.ui_harness import app_on, keep_toasts, settle

FINISHED = datetime(2026, 3, 14, 20, 0)  # the evening every step was ticked (tick_first)


def _finished_plan(db: Database) -> int:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 12))
    tick_first(db, rid, len(steps_of(db, rid)))
    with db.write() as session:
        found = session.get(Rejection, rid)
        assert found is not None
        found.plan_completed_at = FINISHED
        session.add(found)
    return rid


async def test_u_after_unticking_the_last_step_finishes_the_plan_on_its_own_day(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = _finished_plan(db)
    last = steps_of(db, rid)[-1]
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        pane.select_step(last.id)
        await settle(pilot)
        await pilot.press("space")  # done on an earlier day: it asks first
        await settle(pilot, 2)
        await pilot.press("y")
        await settle(pilot, 3)
        reopened = rejection(db, rid)
        assert reopened is not None and reopened.plan_completed_at is None
        await pilot.press("u")
        await settle(pilot, 3)
        assert any("” is ticked again." in note for note in said), said
        back = rejection(db, rid)
        assert back is not None and back.plan_completed_at == FINISHED
        assert steps_of(db, rid)[-1].done_at == FINISHED
        assert pane._plan.rejection.plan_completed_at == FINISHED
        assert focus_problem(app) is None


async def test_u_after_unticking_an_old_finished_plan_does_not_celebrate_it_again(
    opened_paths: DataPaths, db: Database
) -> None:
    """The plan was finished two days ago and celebrated then: `u` puts it back as it was
    and says so, never "Plan finished ... That took steadiness" as if it were new."""
    rid = _finished_plan(db)
    last = steps_of(db, rid)[-1]
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        pane.select_step(last.id)
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot, 2)
        await pilot.press("y")
        await settle(pilot, 3)
        await pilot.press("u")
        await settle(pilot, 3)
        assert not any("took steadiness" in note for note in said), said
        assert any(note.endswith("The plan is finished again.") for note in said), said
        back = rejection(db, rid)
        assert back is not None and back.plan_completed_at == FINISHED
        assert focus_problem(app) is None
