"""The reason a no gave becomes a skill directly: `s` with the plan in view turns the reason
its header quotes into a Skills item, and the step "Pick one skill to grow" opens its form
prefilled from that reason, titled as an answer is (`domain/skill_prefill`). `s` was not
offered there, and the step opened an empty form (a stranger's walk)."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle_workers

REASON = (
    "Not really a fit. The feedback said I need more experience presenting design decisions "
    "to senior stakeholders."
)
TITLE = "Presenting design decisions to senior stakeholders"


async def test_s_on_the_plan_makes_a_skill_from_the_reason(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Lumen", "Designer", reason=REASON)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert isinstance(pane, RecoveryPane) and pane.check_action("skill", ()) is True
        await pilot.press("s")
        await settle_workers(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == TITLE
        assert form.query_one("#field-why", TextArea).text == REASON
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
    # Saved from the plan, it ticks the step that asks for it.
    assert step_by_key(db, rid, "keep_going.skill").done_at is not None


async def test_the_pick_one_skill_step_opens_the_form_prefilled(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Lumen", "Designer", reason=REASON)
    step = step_by_key(db, rid, "keep_going.skill")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert isinstance(pane, RecoveryPane) and pane.select_step(step.id)
        await pilot.press("enter")
        await settle_workers(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == TITLE


async def test_without_a_reason_s_is_not_offered(opened_paths: DataPaths, db: Database) -> None:
    add_rejection(db, "Lumen", "Designer")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert isinstance(pane, RecoveryPane) and not pane.check_action("skill", ())
        await pilot.press("s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
