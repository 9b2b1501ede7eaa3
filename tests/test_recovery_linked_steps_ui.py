"""The walk that found the plan's linked steps never ticking, at 80x24: Enter on "Watch for
negative thought patterns · → Reframe", the eight steps to the summary, `o` back to the
plan: the step is ticked there and the person was told; Enter on "Pick one skill to grow ·
→ Skills", the item saved: the same (tests/test_recovery_linked_steps.py has the rules)."""

from __future__ import annotations

from textual.widgets import Input, Select, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle, toasts

SIZE = (80, 24)


def _line(pane, step_id: int) -> str:  # type: ignore[no-untyped-def]
    """The step's line in the plan as drawn."""
    index = pane.step_list.get_option_index(f"step-{step_id}")
    return str(pane.step_list.get_option_at_index(index).prompt)


async def _focused_text(pilot) -> TextArea:  # type: ignore[no-untyped-def]
    for _ in range(150):
        if isinstance(pilot.app.focused, TextArea):
            return pilot.app.focused
        await pilot.pause(0.02)
    raise AssertionError(f"no text box took focus: {pilot.app.focused!r}")


async def test_finishing_the_reframe_from_its_step_ticks_it(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, reason="They wanted more SQL and stakeholder experience.")
    step = step_by_key(db, rid, "guardrails.thoughts")
    async with app_on(opened_paths, "recovery", size=SIZE) as (app, pilot, pane):
        await pilot.press("enter")  # into the plan
        assert pane.step_list.select_step(step.id)
        assert _line(pane, step.id).startswith("[ ] Watch for negative thought patterns")
        await pilot.press("enter")
        await settle(pilot)
        assert app.current_pane.id == "reframe"
        await pilot.press("ctrl+n")  # the situation, prefilled from the no
        area = await _focused_text(pilot)
        area.insert("I'll never get hired")
        await pilot.pause()
        for _ in range(7):  # feelings, traps, the evidence, the balanced thought, re-rate
            await pilot.press("ctrl+n")
            await settle(pilot)
        assert app.current_pane.mode == "summary"
        said = "Finished, and ticked “Watch for negative thought patterns” in your plan."
        assert said in toasts(app)
        await pilot.press("o")
        await settle(pilot)
        assert app.current_pane is pane
        assert _line(pane, step.id).startswith("[✓] Watch for negative thought patterns")
        assert focus_problem(app) is None
    assert step_by_key(db, rid, "guardrails.thoughts").done_at is not None


async def test_saving_a_skill_from_its_step_ticks_it(opened_paths: DataPaths, db: Database) -> None:
    rid = add_rejection(db)
    step = step_by_key(db, rid, "keep_going.skill")
    async with app_on(opened_paths, "recovery", size=SIZE) as (app, pilot, pane):
        await pilot.press("enter")
        assert pane.step_list.select_step(step.id)
        await pilot.press("enter")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).has_focus
        await pilot.press(*"Tableau basics")
        # The kind follows the title here too (it stayed Other from this step).
        assert form.query_one("#field-kind", Select).value == "technical"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        said = "Added to Skills: Tableau basics, and ticked “Pick one skill to grow” in your plan."
        assert said in toasts(app)
        await settle(pilot)
        assert app.current_pane is pane  # back on the plan (tests/test_skill_back_to_plan.py)
        assert _line(pane, step.id).startswith("[✓] Pick one skill to grow")
        assert focus_problem(app) is None
    assert step_by_key(db, rid, "keep_going.skill").done_at is not None
