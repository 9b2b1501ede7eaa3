"""After "Save as new" on the draft's conflict dialog, the exercise carries on with what the
person asked. Window B deleted the draft A was on (step 2); A pressed ctrl+n, the dialog
asked, A chose Save as new: the draft was saved and the page stayed on step 2, as if ctrl+n
had not been pressed."""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle

SIZE = (100, 30)


async def open_draft(pilot: Any, pane: Any, record_id: int) -> None:
    """`Home` then `e` on the draft (the only row)."""
    await pilot.press("home")
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert pane.mode == "exercise"
    assert pane.exercise.draft.id == record_id


async def _conflict_on_moving(pilot: Any, app: Any, key: str) -> None:
    """The draft deleted in another window; ``key`` (ctrl+n or ctrl+b) opens the dialog."""
    await pilot.press(key)
    await settle(pilot)
    assert isinstance(app.screen, ConflictScreen)
    await pilot.press("n")  # Save as new
    await settle(pilot, 4)
    assert not isinstance(app.screen, ConflictScreen)


async def test_next_step_after_save_as_new_goes_to_the_next_step(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=1)
    async with app_on(opened_paths, "reframe", size=SIZE) as (app, pilot, pane):
        await open_draft(pilot, pane, record_id)
        assert pane.exercise.index == 1  # step 2
        reframe_service.delete_record(db, record_id)  # window B deletes it
        await pilot.press("end", *" More")
        await _conflict_on_moving(pilot, app, "ctrl+n")
        assert pane.mode == "exercise"
        assert pane.exercise.index == 2  # step 3, as ctrl+n asked
        assert app.focused is pane.exercise.view().fields()[0]
        assert focus_problem(app) is None
        (row,) = reframe_service.history(db)
        stored = reframe_service.load_record(db, row.id)
        assert stored.current_step == 2
        assert stored.thought == "They must think I'm a fraud More"  # step 2, as typed


async def test_step_back_after_save_as_new_goes_back_a_step(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=1)
    async with app_on(opened_paths, "reframe", size=SIZE) as (app, pilot, pane):
        await open_draft(pilot, pane, record_id)
        reframe_service.delete_record(db, record_id)
        await pilot.press("end", *" More")
        await _conflict_on_moving(pilot, app, "ctrl+b")
        assert pane.exercise.index == 0
        assert app.focused is pane.exercise.view().fields()[0]
        assert focus_problem(app) is None
