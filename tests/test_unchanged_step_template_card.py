"""The last of the saves that wrote with nothing changed (after
tests/test_unchanged_small_forms.py): a plan step's answer saved as it opened moved the
step's version and updated_at on and counted as one of the day's actions (and a no just
recorded could then no longer be taken back with `u`: its plan had "changed"); a template
step reworded as it opened copied the whole built-in template into the store and moved the
step's version on; and `c` on a reframe's summary whose card already holds its balanced
thought wrote the card again and counted as one of the day's actions."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

from bounceback_tui import clock
from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.recovery.answer import AnswerScreen
from tests.conftest import FIXED_NOW, FIXED_TODAY, FIXED_ZONE
from tests.recovery_fixtures import add_rejection, steps_of
from tests.test_undo_after_nothing_saved import _keep_titled
from tests.ui_harness import app_on, keep_toasts, settle, settle_workers


def _state(paths: DataPaths, sql: str) -> tuple[Any, ...]:
    """What ``sql`` reads (every column, versions among them) and today's count of actions."""
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute(sql).fetchall()
        actions = conn.execute(
            "SELECT actions FROM activity_day WHERE day = ?", (FIXED_TODAY.isoformat(),)
        ).fetchone()
    conn.close()
    return rows, actions


def _an_hour_later() -> None:
    clock.freeze(FIXED_NOW + timedelta(hours=1), tz=FIXED_ZONE)  # a write would stamp this


async def test_a_plan_steps_answer_saved_as_it_opened(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Acme", "Data Analyst")
    step = next(s for s in steps_of(db, rid) if s.kind == StepKind.ANSWER)
    assert step.id is not None
    recovery_steps.save_answer(db, step.id, "I rushed the take-home.")
    sql = f"SELECT * FROM recovery_step WHERE rejection_id = {rid}"
    async with app_on(opened_paths, "recovery", size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        said = keep_toasts(app)
        titled = _keep_titled(app)
        await settle(pilot, 4)
        await pilot.press("enter")  # into the plan's steps
        await settle(pilot, 3)
        pane.step_list.select_step(step.id)
        await pilot.press("enter")
        await settle(pilot, 3)
        assert isinstance(app.screen, AnswerScreen)
        before = _state(opened_paths, sql)
        _an_hour_later()
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert not isinstance(app.screen, AnswerScreen)
        assert _state(opened_paths, sql) == before
        assert titled[-1][0] == "Nothing changed", titled
        assert said[-1] == f"The step “{step.title}” is as it was, so nothing was saved.", said
        assert not any("Saved" in message for message in said), said
        assert focus_problem(app) is None


async def test_a_template_step_reworded_as_it_opened(opened_paths: DataPaths, db: Database) -> None:
    """The built-in template, never edited: `e` on its first step and ctrl+s as it opened
    copied all of it into the store (and then every later change to the built-in steps
    would pass it by)."""
    from bounceback_tui.services import recovery_template as template_service
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.recovery.template import TemplateEditor
    from bounceback_tui.ui.screens.settings import SettingsScreen

    first = template_service.list_template(db)[0]
    sql = "SELECT * FROM recovery_template_step"
    async with app_on(opened_paths, None, size=(100, 40), notifications=True) as (
        app,
        pilot,
        _pane,
    ):
        said = keep_toasts(app)
        titled = _keep_titled(app)
        await pilot.press("comma")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        editor = app.screen.query_one(TemplateEditor)
        editor.table.focus()
        await settle(pilot)
        assert editor.selected is not None and editor.selected.key == first.key
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        before = _state(opened_paths, sql)
        assert before[0] == []  # the built-in template, not copied in
        _an_hour_later()
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert isinstance(app.screen, SettingsScreen)
        assert _state(opened_paths, sql) == before
        assert titled[-1][0] == "Nothing changed", titled
        assert said[-1] == f"The step “{first.title}” is as it was, so nothing was saved.", said
        assert focus_problem(app) is None


async def test_a_coping_card_kept_again_as_it_is(opened_paths: DataPaths, db: Database) -> None:
    """`c` on a finished reframe's summary, its card already holding its balanced thought:
    it says so, and now writes nothing (the card was written again and the day counted)."""
    from bounceback_tui.services.care import keep_as_card
    from tests.reframe_fixtures import add_record

    record_id = add_record(db, "I will never get hired anywhere", belief=90)
    keep_as_card(db, record_id)
    sql = "SELECT * FROM coping_card"
    async with app_on(opened_paths, "reframe", size=(100, 30), notifications=True) as (
        app,
        pilot,
        _pane,
    ):
        said = keep_toasts(app)
        await settle_workers(pilot)
        before = _state(opened_paths, sql)
        _an_hour_later()
        await pilot.press("enter")  # the record's summary
        await settle(pilot, 3)
        await pilot.press("c")
        await settle(pilot, 3)
        assert _state(opened_paths, sql) == before
        assert said[-1] == "This balanced thought is already kept as a card.", said
        assert focus_problem(app) is None
