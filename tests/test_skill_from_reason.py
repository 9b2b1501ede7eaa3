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


async def test_s_on_a_step_with_its_own_words_does_not_offer_the_reason(
    opened_paths: DataPaths, db: Database
) -> None:
    """The round's last walk: a note on "Let yourself feel it for a while" (no review, no
    reply), then `s`: the form offered the no's reason ("Went with applicants…") in place of
    what the person had written. Refused now, the review steps named as where a skill comes
    from; with the plan in view (no step), `s` still takes the reason."""
    from bounceback_tui.services.recovery_steps import save_answer

    rid = add_rejection(db, "Lumen", "Designer", reason=REASON)
    feel = step_by_key(db, rid, "breathe.feel")
    save_answer(db, feel.id or 0, "Next time I want to learn SQL and Python")
    async with app_on(opened_paths, "recovery", size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        await settle_workers(pilot)
        assert isinstance(pane, RecoveryPane) and pane.select_step(feel.id or 0)
        pane.step_list.focus()
        await settle_workers(pilot)
        assert pane.check_action("skill", ()) is False
        await pilot.press("s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        said = [str(n.message) for n in app._notifications]
        assert any("Only a review answer or a feedback reply becomes a skill." in m for m in said)
        assert focus_problem(app) is None
