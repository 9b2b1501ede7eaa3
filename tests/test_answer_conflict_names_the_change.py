"""Two windows on one plan: the conflict question of a step's writing screen names what the
other window changed (a stranger's walk). A ticked the step B was writing on; B's ctrl+s
said "Its answer there is empty now.", though the answer had been empty all along."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.recovery.answer import AnswerScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle


@asynccontextmanager
async def _window(paths: DataPaths, step_id: int) -> AsyncIterator[Any]:
    """One window on Recovery with the plan open, the cursor on ``step_id``."""
    async with app_on(paths, "recovery", size=(110, 32), watch_seconds=3600.0) as running:
        app, pilot, pane = running
        assert isinstance(pane, RecoveryPane)
        assert pane.select_step(step_id)
        await settle(pilot)
        yield app, pilot, pane


def _step_id(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        step = step_by_key(db, add_rejection(db), "reflect.prepared")
    finally:
        db.dispose()
    assert step.id is not None
    return step.id


async def test_a_tick_there_is_named_and_not_the_answer(opened_paths: DataPaths) -> None:
    step_id = _step_id(opened_paths)
    async with (
        _window(opened_paths, step_id) as (_a, pilot_a, pane_a),
        _window(opened_paths, step_id) as (b, pilot_b, _pane_b),
    ):
        await pilot_b.press("enter")
        await settle(pilot_b)
        assert isinstance(b.screen, AnswerScreen)
        await pilot_b.press(*"B answer here")
        pane_a.step_list.focus()
        await pilot_a.press("space")  # A ticks it
        await settle(pilot_a)
        await pilot_b.press("ctrl+s")
        await settle(pilot_b)
        dialog = b.screen
        assert isinstance(dialog, ConflictScreen)
        assert dialog.changed_there == "It was ticked there."
        shown = " ".join(screen_text(b).split())
        assert "It was ticked there." in shown
        assert "answer there" not in shown
        await pilot_b.press("o")  # keep mine: the tick stays, my answer is saved
        await settle(pilot_b)
        assert not isinstance(b.screen, (AnswerScreen, ConflictScreen))
    db = Database(opened_paths.database)
    try:
        step = step_service.get_step(db, step_id)
    finally:
        db.dispose()
    assert step is not None
    assert (step.answer, step.done_at is not None) == ("B answer here", True)


async def test_an_untick_and_an_answer_there_are_both_named(opened_paths: DataPaths) -> None:
    step_id = _step_id(opened_paths)
    db = Database(opened_paths.database)
    try:
        step_service.save_answer(db, step_id, "First words")  # saved and ticked
        async with _window(opened_paths, step_id) as (b, pilot_b, _pane_b):
            await pilot_b.press("enter")
            await settle(pilot_b)
            assert isinstance(b.screen, AnswerScreen)
            await pilot_b.press(*" and more")
            # The other window unticks it, then writes another answer (left unticked).
            step = step_service.get_step(db, step_id)
            assert step is not None
            step_service.set_step_done(db, step_id, False, expected_version=step.version)
            step_service.save_draft(db, step_id, "Their words")
            await pilot_b.press("ctrl+s")
            await settle(pilot_b)
            dialog = b.screen
            assert isinstance(dialog, ConflictScreen)
            assert dialog.changed_there == (
                "It was unticked there. Its answer there now: “Their words”"
            )
    finally:
        db.dispose()
