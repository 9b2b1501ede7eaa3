"""Today's "How did it go?" in two windows: window A opens the form, window B (here the
service on its own connection) changes the interview, A saves. A is told what changed
and chooses, as on every other form: reload, keep theirs over it, or (the interview
deleted) discard; never a save refused again and again with Cancel the only way out."""

from __future__ import annotations

import sqlite3
from typing import Any

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview, validate_outcome
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, fill, settle_workers

# Another window's line: whatever it holds, the dialog names the field, never shows markup.
THEIRS = "[b]theirs[/b] [link=x]y ["
PAST = {"kind": "technical", "day": "2026-03-13", "at": "14:00", "zone": "Europe/London"}


def _past_interview(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        app = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
        assert app.id is not None
        return interviews.add_interview(db, app.id, validate_interview(PAST, FIXED_TODAY))
    finally:
        db.dispose()


def _other_window(paths: DataPaths, change: str, interview_id: int) -> None:
    """Window B, on its own connection: answers first, moves the interview, or deletes it."""
    db = Database(paths.database)
    try:
        if change == "outcome":
            outcome = validate_outcome({"note": THEIRS, "rating": "2"}, close_key="Escape")
            interviews.save_outcome(db, interview_id, outcome)
        elif change == "place":
            values = interviews.get_interview(db, interview_id).form_values()
            data = validate_interview({**values, "place": "Room 4"}, FIXED_TODAY)
            interviews.update_interview(db, interview_id, data)
        else:
            interviews.delete_interview(db, interview_id)
    finally:
        db.dispose()


def _outcome(paths: DataPaths, interview_id: int) -> tuple[Any, ...] | None:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(
            "SELECT outcome_note, rating, place FROM interview WHERE id = ?", (interview_id,)
        ).fetchone()


async def _open_and_type(pilot: Any, note: str, rating: str) -> FormScreen[Any]:
    await settle_workers(pilot)  # Today's people part is read after the first paint
    await pilot.press("h")
    await settle_workers(pilot)
    form = pilot.app.screen
    assert isinstance(form, FormScreen)
    await fill(pilot, note=note, rating=rating)
    return form


async def test_an_outcome_saved_in_another_window_is_named_and_mine_can_go_over_it(
    opened_paths: DataPaths,
) -> None:
    interview_id = _past_interview(opened_paths)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        form = await _open_and_type(pilot, "Went well", "4")
        _other_window(opened_paths, "outcome", interview_id)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen), "the save was refused with no way on"
        assert not dialog.deleted
        assert dialog.choices == ("reload", "overwrite")
        # Both fields the other window wrote are named (by their labels), its text is not.
        assert "How it went" in dialog.changed_there and "Rating" in dialog.changed_there
        assert "theirs" not in dialog.changed_there
        # Escape: back to the form as typed, focused; saving again asks again.
        await pilot.press("escape")
        await settle_workers(pilot)
        assert app.screen is form
        assert form.values()["note"] == "Went well" and form.values()["rating"] == "4"
        assert focus_problem(app) is None
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("o")  # save mine over it
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)  # saved: the thank-you offer
        assert focus_problem(app) is None
    assert _outcome(opened_paths, interview_id) == ("Went well", 4, "")


async def test_a_moved_interview_can_be_reloaded_and_then_saved(
    opened_paths: DataPaths,
) -> None:
    interview_id = _past_interview(opened_paths)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        form = await _open_and_type(pilot, "Went well", "4")
        _other_window(opened_paths, "place", interview_id)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen), "the save was refused with no way on"
        assert dialog.changed_there == "No field of this form changed there."
        await pilot.press("r")
        await settle_workers(pilot)
        assert app.screen is form
        assert form.values()["note"] == "" and form.values()["rating"] == ""  # as stored
        assert app.focused is form.query_one("#field-note")
        assert focus_problem(app) is None
        await fill(pilot, note="Second try", rating="5")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
    # The other window's change and this one's both kept.
    assert _outcome(opened_paths, interview_id) == ("Second try", 5, "Room 4")


async def test_an_interview_deleted_in_another_window_can_only_be_discarded(
    opened_paths: DataPaths,
) -> None:
    interview_id = _past_interview(opened_paths)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await _open_and_type(pilot, "Went well", "4")
        _other_window(opened_paths, "delete", interview_id)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen), "the save was refused with no way on"
        assert dialog.deleted and dialog.choices == ("discard",)
        await pilot.press("d")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen | ConflictScreen)
        assert focus_problem(app) is None
    assert _outcome(opened_paths, interview_id) is None
