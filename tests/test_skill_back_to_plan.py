"""A Skills item begun on a recovery plan goes back to that plan once the person is done.

`s` ("To skill") on a plan, or Enter on its step "Pick one skill to grow", opened the Skills
pane's form; Escape then left the person on Skills, not on the plan they came from (a
stranger's walk, twenty-fourth round). Cancelled or saved, the form now closes back to the
plan with the focus where it was, as a thought record begun there does
(tests/test_reframe_back_to_plan.py); saved, the note says the item went to Skills and which
step it ticked. Begun on Skills itself, the form still closes to Skills.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from textual.widgets import TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.answer import AnswerScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.quiet import until_quiet
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle, toasts

REASON = (
    "Not really a fit. The feedback said I need more experience presenting design decisions "
    "to senior stakeholders."
)


def _skills(paths: DataPaths) -> list[tuple[str, int | None]]:
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute("SELECT title, rejection_id FROM skill ORDER BY id").fetchall()
    conn.close()
    return rows


async def test_escape_from_to_skill_on_a_plan_goes_back_to_the_plan(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "First", rejected_on=date(2026, 3, 12), reason=REASON)
    second = add_rejection(db, "Second", rejected_on=date(2026, 3, 1), reason=REASON)
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, recovery):
        await until_quiet(pilot)
        assert isinstance(recovery, RecoveryPane)
        await pilot.press("j")  # the second plan
        await until_quiet(pilot)
        assert recovery.table.selected_id == second
        await pilot.press("s")
        await until_quiet(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.current_pane.id == "skills"
        await pilot.press("escape")
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen)
        assert app.current_pane is recovery
        assert recovery.table.selected_id == second
        assert app.focused is recovery.table
        assert focus_problem(app) is None
    assert _skills(opened_paths) == []


async def test_escape_from_the_pick_one_skill_step_goes_back_to_that_step(
    opened_paths: DataPaths, db: Database
) -> None:
    rejection = add_rejection(db, "Lumen", "Designer", reason=REASON)
    skill_step = step_by_key(db, rejection, "keep_going.skill")
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, recovery):
        await until_quiet(pilot)
        assert recovery.select_step(skill_step.id)
        await pilot.press("enter")  # "Pick one skill to grow" opens the Skills form
        await until_quiet(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane is recovery
        assert app.focused is recovery.step_list
        highlighted = recovery.step_list.highlighted_step
        assert highlighted is not None and highlighted.id == skill_step.id
        assert focus_problem(app) is None
    assert step_by_key(db, rejection, "keep_going.skill").done_at is None


async def test_saved_from_a_plan_it_goes_back_and_says_where_the_item_went(
    opened_paths: DataPaths, db: Database
) -> None:
    rejection = add_rejection(db, "Lumen", "Designer", reason=REASON)
    async with app_on(opened_paths, "recovery", size=(100, 30), notifications=True) as (
        app,
        pilot,
        recovery,
    ):
        await until_quiet(pilot)
        await pilot.press("s")
        await until_quiet(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert app.current_pane is recovery
        assert recovery.table.selected_id == rejection
        assert app.focused is recovery.table
        assert toasts(app) == [
            # The title as toasts cut it (kit/text.toast_with); the list shows it whole.
            "Added to Skills: Presenting design decisions to…, and ticked "
            "“Pick one skill to grow” in your plan."
        ]
    assert _skills(opened_paths) == [
        ("Presenting design decisions to senior stakeholders", rejection)
    ]
    assert step_by_key(db, rejection, "keep_going.skill").done_at is not None


async def test_an_answer_naming_two_skills_goes_back_to_its_step_after_the_last(
    opened_paths: DataPaths, db: Database
) -> None:
    """Saved, the form offers the next skill the answer names; declined, back to the plan."""
    rejection = add_rejection(db)
    reply = step_by_key(db, rejection, "feedback.response")
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, recovery):
        await until_quiet(pilot)
        assert recovery.select_step(reply.id)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AnswerScreen)
        answer = app.screen.query_one("#answer-text", TextArea)
        answer.insert("they wanted more SQL and stakeholder experience")
        await pilot.press("ctrl+s")
        await settle(pilot)
        # Saved, the cursor went on to the next open step: back up to the reply.
        assert recovery.select_step(reply.id)
        await pilot.press("s")
        await until_quiet(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)  # "Stakeholder experience" too?
        assert app.current_pane.id == "skills"
        await pilot.press("n")
        await settle(pilot, 4)
        assert app.current_pane is recovery
        assert app.focused is recovery.step_list
        highlighted = recovery.step_list.highlighted_step
        assert highlighted is not None and highlighted.id == reply.id
        assert focus_problem(app) is None
    assert _skills(opened_paths) == [("SQL", rejection)]


async def test_an_item_added_on_skills_still_closes_to_skills(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills", size=(80, 24), notifications=True) as (
        app,
        pilot,
        skills,
    ):
        await until_quiet(pilot)
        await pilot.press("a")
        await until_quiet(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press(*"SQL window functions", "ctrl+s")
        await settle(pilot, 4)
        assert app.current_pane is skills
        assert toasts(app) == ["Added: SQL window functions. u takes it away."]
        assert focus_problem(app) is None
