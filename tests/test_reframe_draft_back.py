"""A thought record deleted in another window and brought back there with `u`.

A tester (two windows on one store): B deleted the draft A was writing, A's autosave said
"Not saved: This thought record is no longer there; …", then B's `u` brought it back. A
went on saying it was no longer there, and saved nothing, until Escape.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.reframe_fixtures import add_record
from tests.test_reframe_conflict_settled import SIZE, corner, message, open_draft, type_and_wait
from tests.ui_harness import app_on, settle


async def test_a_draft_brought_back_elsewhere_is_saved_again_as_it_is_typed(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=0)
    async with app_on(opened_paths, "reframe", size=SIZE) as (a, pilot_a, pane_a):
        await open_draft(pilot_a, pane_a, record_id)
        async with app_on(opened_paths, "reframe", size=SIZE) as (b, pilot_b, _pane_b):
            await pilot_b.press("home", "d")
            await settle(pilot_b)
            assert isinstance(b.screen, ConfirmScreen)
            await pilot_b.press("y")
            await settle(pilot_b)
            assert reframe_service.history(db) == []
            await type_and_wait(pilot_a, " Ax")
            assert message(a).startswith("Not saved: this thought record is no longer there")
            await pilot_b.press("u")  # B brings it back
            await settle(pilot_b)
            assert [row.id for row in reframe_service.history(db)] == [record_id]
        await type_and_wait(pilot_a, " and more")
        assert "no longer there" not in message(a)
        assert corner(a) == "draft saved"
        stored = reframe_service.load_record(db, record_id)
        assert stored.situation == "A no by email. Ax and more"
        assert pane_a.mode == "exercise"
