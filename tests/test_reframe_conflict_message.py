"""After a conflict is settled by saving, the exercise stops saying "Not saved".

Found in tmux with two windows: B deleted the thought record A was writing; A's autosave
said "Not saved: This thought record was deleted in another window."; Escape asked, A chose
"save as new", the label turned to "draft saved", and the line under the step still said
"Not saved: ..." until A typed again.
"""

from __future__ import annotations

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle


def _message(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.query_one("#rf-message", Static).render())


async def _edit(pilot, pane, record_id: int) -> None:  # type: ignore[no-untyped-def]
    """Open the stored record ``record_id`` in the exercise, as `e` on its row does."""
    assert pane.select_item(record_id)
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)


@pytest.mark.parametrize("choice", ["n", "o"], ids=["save-as-new", "save-mine-over"])
async def test_saving_after_a_conflict_clears_the_not_saved_line(
    opened_paths: DataPaths, choice: str
) -> None:
    db = Database(opened_paths.database)
    record_id = add_record(db, "They must think I'm a fraud")
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await _edit(pilot, pane, record_id)
        assert pane.mode == "exercise"
        if choice == "n":
            reframe_service.delete_record(db, record_id)  # window B deletes it
        else:
            draft = reframe_service.load_record(db, record_id)
            draft.situation = "Changed in window B"
            reframe_service.save_draft(db, draft)  # window B changes it
        await pilot.press(*"Friday")
        await pilot.pause(1.0)  # the autosave: refused, and said on the page
        assert _message(app).startswith("Not saved:")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press(choice)
        await settle(pilot)
        assert not isinstance(app.screen, ConflictScreen)
        assert "saved" in str(app.query_one("#rf-saved", Static).render())
        assert "Not saved" not in _message(app)
    assert any(
        "Friday" in row.situation
        for row in map(lambda r: reframe_service.load_record(db, r.id), reframe_service.history(db))
    )
    db.dispose()


async def test_a_refused_autosave_does_not_say_saved(opened_paths: DataPaths) -> None:
    """Walking the app (rev5): B deleted the record A was writing; A's autosave said "Not
    saved: …" under the step while the corner still said "saved" (of the text before)."""
    db = Database(opened_paths.database)
    record_id = add_record(db, "They must think I'm a fraud")
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await _edit(pilot, pane, record_id)
        corner = app.query_one("#rf-saved", Static)
        assert str(corner.render()).endswith("saved")  # as opened: what is stored
        reframe_service.delete_record(db, record_id)  # window B deletes it
        await pilot.press(*"Friday")
        await pilot.pause(1.0)  # the autosave: refused, and said on the page
        assert _message(app).startswith("Not saved:")
        assert str(corner.render()) == "not saved"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("n")  # save it as new
        await settle(pilot)
        assert str(corner.render()) in ("saved", "draft saved")
    db.dispose()


async def test_save_mine_over_keeps_the_steps_only_the_other_window_changed(
    opened_paths: DataPaths,
) -> None:
    """A changes the situation, B the thought and the evidence for it; A's "save mine over
    it" saved the whole page, so B's thought and evidence went back to what A had read. A's
    situation wins; B's steps stay, and A's page shows them."""
    db = Database(opened_paths.database)
    record_id = add_record(db, "They must think I'm a fraud")
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await _edit(pilot, pane, record_id)
        assert pane.mode == "exercise"
        draft = reframe_service.load_record(db, record_id)
        situation_read = draft.situation
        draft.thought = "B's thought"
        draft.evidence_for = "B's evidence"
        reframe_service.save_draft(db, draft)  # window B
        await pilot.press(*"Friday")
        await pilot.pause(1.0)  # the autosave: refused, and said on the page
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("o")
        await settle(pilot)
        assert not isinstance(app.screen, ConflictScreen)
    saved = reframe_service.load_record(db, record_id)
    db.dispose()
    assert saved.situation != situation_read and "Friday" in saved.situation
    assert (saved.thought, saved.evidence_for) == ("B's thought", "B's evidence")
