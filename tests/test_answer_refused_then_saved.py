"""A step's writing screen after a refused draft: the warning that the text could not be kept
goes once it is saved after all, and the save says so (a stranger's walk). With the disk
full, Escape said "Your text could not be kept…"; once there was room, ctrl+s saved the
answer, but that warning stayed over the saved answer, and nothing said it was saved."""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store import database as database_module
from bounceback_tui.store.database import Database
from bounceback_tui.ui.recovery.answer import AnswerScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle, toasts

NOT_KEPT = (
    "Your text could not be kept. Copy it or fix what the message says; press Escape "
    "again to close without keeping it."
)


def _full_disk(self: object) -> None:
    raise sqlite3.OperationalError("database or disk is full")


async def test_a_save_after_a_refused_draft_takes_the_warning_away_and_says_saved(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = add_rejection(db)
    step = step_by_key(db, rid, "reflect.prepared")
    async with app_on(opened_paths, "recovery", size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        assert isinstance(pane, RecoveryPane)
        assert pane.select_step(step.id)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AnswerScreen)
        monkeypatch.setattr(database_module.Session, "commit", _full_disk)
        await pilot.press(*"What I would say now")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, AnswerScreen)  # refused: the text stays on screen
        assert NOT_KEPT in toasts(app)
        monkeypatch.undo()  # room on the disk again
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, AnswerScreen)
        kept = step_by_key(db, rid, "reflect.prepared")
        assert (kept.answer, kept.done_at is not None) == ("What I would say now", True)
        shown = toasts(app)
        assert NOT_KEPT not in shown
        assert "Saved: your answer is kept, and the step is ticked." in shown


async def test_a_draft_kept_after_all_takes_the_warning_away(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second Escape, once there is room, keeps the draft: the warning that it could not
    be kept goes with the screen."""
    rid = add_rejection(db)
    step = step_by_key(db, rid, "reflect.prepared")
    async with app_on(opened_paths, "recovery", size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        assert pane.select_step(step.id)
        await pilot.press("enter")
        await settle(pilot)
        monkeypatch.setattr(database_module.Session, "commit", _full_disk)
        await pilot.press(*"Half a thought")
        await pilot.press("escape")
        await settle(pilot)
        assert NOT_KEPT in toasts(app)
        monkeypatch.undo()
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, AnswerScreen)
        assert step_by_key(db, rid, "reflect.prepared").answer_draft == "Half a thought"
        shown = toasts(app)
        assert NOT_KEPT not in shown
        assert "Your draft is kept." in shown
