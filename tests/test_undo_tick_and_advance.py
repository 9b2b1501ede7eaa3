"""`u` takes back the last tick or untick on a Recovery plan (`space`), and the last status
move on Skills (`space` advances, `[` and `]`), as it takes back a skip, an add or a delete.

Before, `u` straight after `space` said "Nothing to undo here." on both panes, though `u`
took back a skip or an added step. It puts things back only while they are as the key left
them: changed in another window since, they stay, and the note says so.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, skip_in_pane, step_by_key
from tests.ui_harness import app_on, keep_toasts, settle
from tests.written_over import another_program_writes

BREATHE = "breathe.talk"


async def _on_step(pilot: object, pane: object, step_id: int) -> None:
    pane.select_step(step_id)  # type: ignore[attr-defined]
    await settle(pilot)


async def test_u_after_space_unticks_the_step(opened_paths: DataPaths, db: Database) -> None:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 12))
    step = step_by_key(db, rid, BREATHE)
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await _on_step(pilot, pane, step.id)
        await pilot.press("space")
        await settle(pilot, 3)
        assert step_by_key(db, rid, BREATHE).done_at is not None
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == f"Tick taken back: “{step.title}” is to do again.", said
        assert step_by_key(db, rid, BREATHE).done_at is None
        assert pane.step_list.highlighted_step.done_at is None
        assert app.focused is pane.step_list and focus_problem(app) is None


async def test_u_after_an_untick_ticks_the_step_again(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 12))
    step = step_by_key(db, rid, BREATHE)
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await _on_step(pilot, pane, step.id)
        await pilot.press("space")
        await settle(pilot, 3)
        ticked_at = step_by_key(db, rid, BREATHE).done_at
        await pilot.press("space")
        await settle(pilot, 3)
        assert step_by_key(db, rid, BREATHE).done_at is None
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == f"“{step.title}” is ticked again.", said
        assert step_by_key(db, rid, BREATHE).done_at == ticked_at
        assert focus_problem(app) is None


async def test_u_leaves_a_tick_changed_in_another_window(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 12))
    step = step_by_key(db, rid, BREATHE)
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await _on_step(pilot, pane, step.id)
        await pilot.press("space")
        await settle(pilot, 3)
        step_service.set_step_done(db, step.id, False)  # unticked in another window
        step_service.set_step_done(db, step.id, True)  # and ticked again there
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == f"“{step.title}” has changed since, so it stays as it is.", said
        assert step_by_key(db, rid, BREATHE).done_at is not None
        assert focus_problem(app) is None


def _status(paths: DataPaths) -> tuple[str, object, object]:
    with sqlite3.connect(paths.database) as conn:
        row = conn.execute("SELECT status, started_at, finished_at FROM skill").fetchone()
        return row[0], row[1], row[2]


async def test_u_after_space_on_skills_puts_the_item_back(
    opened_paths: DataPaths, db: Database
) -> None:
    add_skill(db, validate_skill({"title": "SQL joins", "kind": "technical"}, FIXED_TODAY))
    async with app_on(opened_paths, "skills", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 3)
        await pilot.press("space")
        await settle(pilot, 3)
        assert _status(opened_paths)[0] == "doing"
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == "“SQL joins” is back in To do.", said
        assert _status(opened_paths) == ("todo", None, None)
        assert pane.selected is not None and pane.selected.title == "SQL joins"
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == "Nothing to undo here.", said


async def test_u_leaves_an_item_moved_in_another_window(
    opened_paths: DataPaths, db: Database
) -> None:
    add_skill(db, validate_skill({"title": "SQL joins", "kind": "technical"}, FIXED_TODAY))
    async with app_on(opened_paths, "skills", size=(100, 30)) as (app, pilot, _pane):
        said = keep_toasts(app)
        await settle(pilot, 3)
        await pilot.press("space")
        await settle(pilot, 3)
        # another window finished it
        another_program_writes(opened_paths, "UPDATE skill SET status = 'done'")
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == "“SQL joins” has changed since, so it stays as it is.", said
        assert _status(opened_paths)[0] == "done"
        assert focus_problem(app) is None


async def test_u_after_ticking_a_skipped_ask_skips_it_and_its_reply_again(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 12), reason="")
    ask = step_by_key(db, rid, "feedback.ask")
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await skip_in_pane(pilot, pane, ask.id)
        skipped_at = step_by_key(db, rid, "feedback.ask").skipped_at
        assert skipped_at is not None
        await pilot.press("space")  # ticked after all: its reply is waited for again
        await settle(pilot, 3)
        assert step_by_key(db, rid, "feedback.response").skipped_at is None
        await pilot.press("u")
        await settle(pilot, 3)
        reply = step_by_key(db, rid, "feedback.response")
        assert said[-1] == (
            f"Tick taken back: “{ask.title}” is skipped again. “{reply.title}” is skipped "
            "again with it."
        ), said
        back = step_by_key(db, rid, "feedback.ask")
        assert (back.done_at, back.skipped_at) == (None, skipped_at)
        assert reply.skipped_at == skipped_at
        assert focus_problem(app) is None
