"""Two windows on one thought record: once a conflict is settled, nothing of it stays.

A tester (100x30, windows A and B on one store) opened the same draft in both; B typed,
then A typed and was told "Not saved: … changed in another window. Escape or moving on
asks what to do." A chose Reload and typed again: the corner stayed "not saved", the same
line came back, and nothing was saved (kill -9 lost it). The next new record in A said the
same and was not written until ctrl+n, which did not ask. The page kept the unsettled
conflict after the reload, and beginning another record did not forget it.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.reframe.draft_saving import AUTOSAVE_DELAY
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle, toasts

SIZE = (100, 30)
QUIET = AUTOSAVE_DELAY + 0.5  # long enough for the autosave to run


def message(app: Any) -> str:
    return str(app.query_one("#rf-message", Static).render())


def corner(app: Any) -> str:
    return str(app.query_one("#rf-saved", Static).render())


async def open_draft(pilot: Any, pane: Any, record_id: int) -> None:
    """`Home` then `e` on the draft, as the tester did (the draft is the only row)."""
    await pilot.press("home")
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert pane.mode == "exercise"
    assert pane.exercise.draft.id == record_id


async def type_and_wait(pilot: Any, text: str) -> None:
    await pilot.press("end", *text)
    await pilot.pause(QUIET)
    await settle(pilot)


def situation(db: Database, record_id: int) -> str:
    return reframe_service.load_record(db, record_id).situation


async def conflict_in_a(paths: DataPaths, db: Database, record_id: int, a: Any) -> None:
    """Window B opens the same draft and types " Bx" into its situation; then A types
    " Ax", and A's autosave is refused and says so."""
    app_a, pilot_a, pane_a = a
    await open_draft(pilot_a, pane_a, record_id)
    async with app_on(paths, "reframe", size=SIZE) as (_b, pilot_b, pane_b):
        await open_draft(pilot_b, pane_b, record_id)
        await type_and_wait(pilot_b, " Bx")
        await pilot_b.press("escape")
        await settle(pilot_b)
    assert situation(db, record_id) == "A no by email. Bx"
    await type_and_wait(pilot_a, " Ax")
    assert message(app_a).startswith("Not saved: this thought record was changed")
    assert corner(app_a) == "not saved"
    assert situation(db, record_id) == "A no by email. Bx"  # nothing of A's written


async def choose(pilot: Any, app: Any, key: str) -> None:
    """Escape asks what to do (the conflict dialog); ``key`` chooses."""
    await pilot.press("escape")
    await settle(pilot)
    assert isinstance(app.screen, ConflictScreen)
    await pilot.press(key)
    await settle(pilot, 3)
    assert not isinstance(app.screen, ConflictScreen)


async def test_typing_after_reload_is_saved_as_it_is_typed(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=0)
    async with app_on(opened_paths, "reframe", size=SIZE) as a:
        app, pilot, pane = a
        await conflict_in_a(opened_paths, db, record_id, a)
        await choose(pilot, app, "r")
        assert pane.exercise.draft.situation == "A no by email. Bx"  # B's text, reloaded
        await type_and_wait(pilot, " Typed after reload, must be kept.")
        # Saved by the autosave, before any Escape (a kill -9 now keeps it).
        assert situation(db, record_id) == "A no by email. Bx Typed after reload, must be kept."
        assert corner(app) == "draft saved"
        assert "Not saved" not in message(app)
        assert focus_problem(app) is None


@pytest.mark.parametrize("begin", ["new", "other"], ids=["new-record", "another-record"])
async def test_a_record_begun_after_a_reload_is_saved_as_it_is_typed(
    opened_paths: DataPaths, db: Database, begin: str
) -> None:
    other_id = add_record(db, "I always freeze", complete=False, step=0)
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=0)
    async with app_on(opened_paths, "reframe", size=SIZE) as a:
        app, pilot, pane = a
        await conflict_in_a(opened_paths, db, record_id, a)
        await choose(pilot, app, "r")
        await pilot.press("escape")  # nothing typed since the reload: back to the list
        await settle(pilot)
        assert pane.mode == "history"
        if begin == "new":
            await pilot.press("a")
            await settle(pilot, 3)
            assert pane.exercise.draft.id is None
        else:
            assert pane.select_item(other_id)
            await settle(pilot, 3)
            assert pane.exercise.draft.id == other_id
        await type_and_wait(pilot, "Written in A afterwards")
        assert "Not saved" not in message(app)
        assert corner(app) == "draft saved"
        assert any(
            "Written in A afterwards" in reframe_service.load_record(db, row.id).situation
            for row in reframe_service.history(db)
        )


@pytest.mark.parametrize("key", ["o", "n"], ids=["keep-mine", "save-as-new"])
async def test_after_keep_mine_or_save_as_new_the_typing_is_saved(
    opened_paths: DataPaths, db: Database, key: str
) -> None:
    """Keep mine (a change there) and save as new (deleted there) settle it too: what is
    typed next is saved by the autosave, with no stale line."""
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=0)
    async with app_on(opened_paths, "reframe", size=SIZE) as a:
        app, pilot, pane = a
        if key == "o":
            await conflict_in_a(opened_paths, db, record_id, a)
        else:
            await open_draft(pilot, pane, record_id)
            async with app_on(opened_paths, "reframe", size=SIZE) as (_b, pilot_b, _pane_b):
                await pilot_b.press("home", "d")
                await settle(pilot_b)
                await pilot_b.press("y")
                await settle(pilot_b)
            assert reframe_service.history(db) == []
            await type_and_wait(pilot, " Ax")
            assert message(app).startswith("Not saved: this thought record is no longer there")
        await choose(pilot, app, key)
        await type_and_wait(pilot, " And more")
        assert "Not saved" not in message(app)
        assert corner(app) == "draft saved"
        stored = reframe_service.load_record(db, pane.exercise.draft.id)
        assert stored.situation.endswith("Ax And more")


async def test_after_discard_the_next_record_is_saved_as_it_is_typed(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=0)
    async with app_on(opened_paths, "reframe", size=SIZE) as a:
        app, pilot, pane = a
        await open_draft(pilot, pane, record_id)
        reframe_service.delete_record(db, record_id)  # window B deletes it
        await type_and_wait(pilot, " Ax")
        await choose(pilot, app, "d")
        assert pane.mode == "history"
        await pilot.press("a")
        await settle(pilot, 3)
        await type_and_wait(pilot, "A new one")
        assert "Not saved" not in message(app)
        assert corner(app) == "draft saved"
        (row,) = reframe_service.history(db)
        assert reframe_service.load_record(db, row.id).situation == "A new one"


async def test_save_as_new_then_undo_of_the_delete_there_leaves_one_draft(
    opened_paths: DataPaths, db: Database
) -> None:
    """Window B deleted the draft A was writing; A chose "save as new"; then `u` in B brought
    the old draft back beside A's: two drafts of one thought. A's "save as new" puts the
    record back under its own id now, with what A typed; B's `u` finds it there, says so and
    changes nothing. One draft, holding everything A had and typed."""
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=0)
    async with app_on(opened_paths, "reframe", size=SIZE) as a:
        app, pilot, pane = a
        await open_draft(pilot, pane, record_id)
        async with app_on(opened_paths, "reframe", size=SIZE, notifications=True) as (
            app_b,
            pilot_b,
            _pane_b,
        ):
            await pilot_b.press("home", "d")
            await settle(pilot_b)
            await pilot_b.press("y")
            await settle(pilot_b)
            assert reframe_service.history(db) == []
            await type_and_wait(pilot, " Ax")
            assert message(app).startswith("Not saved: this thought record is no longer there")
            await choose(pilot, app, "n")
            assert corner(app) == "draft saved"
            await pilot_b.press("u")
            await settle(pilot_b, 3)
            assert toasts(app_b)[-1] == (
                "The thought record cannot be brought back: that record is in the store "
                "again (a restore or another window put it back). Nothing changed."
            )
        (row,) = reframe_service.history(db)
        assert row.id == record_id == pane.exercise.draft.id
        stored = reframe_service.load_record(db, record_id)
        assert stored.situation == "A no by email. Ax"
        assert stored.thought == "They must think I'm a fraud"
        await type_and_wait(pilot, " And more")  # A goes on saving onto it
        assert situation(db, record_id) == "A no by email. Ax And more"
