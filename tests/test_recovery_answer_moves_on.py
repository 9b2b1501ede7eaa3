"""After "save and tick" of an answer, the cursor stayed on that step: Enter, meant for the
next question, reopened the same answer with the caret at its end, and what was typed joined
it with no space ("Need numbers.Generic cover letter": a stranger's fortnight). Text added to
an answer is set off by a space. (The cursor moving on after a save was taken back: it stays
on the step, as after a tick, tests/test_recovery_cursor_after_step_keys.py.)"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.recovery.answer import AnswerScreen
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle


async def _open(pilot, pane, step_id: int) -> AnswerScreen:  # type: ignore[no-untyped-def]
    assert pane.step_list.select_step(step_id)
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, AnswerScreen)
    return screen


async def test_adding_to_an_answer_is_set_off_by_a_space(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    went_well = step_by_key(db, rid, "reflect.went_well")
    step_service.save_answer(db, went_well.id, "Need numbers.")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (_app, pilot, pane):
        await pilot.press("enter")
        await settle(pilot)
        await _open(pilot, pane, went_well.id)
        await pilot.press("G", "e", "n", "e", "r", "i", "c", "ctrl+s")
        await settle(pilot)
        assert step_by_key(db, rid, "reflect.went_well").answer == "Need numbers. Generic"
        # A new line typed first is taken as it is, and a stop after a word needs no space.
        await _open(pilot, pane, went_well.id)
        await pilot.press("enter", "O", "k", "full_stop", "ctrl+s")
        await settle(pilot)
    assert step_by_key(db, rid, "reflect.went_well").answer == "Need numbers. Generic\nOk."
