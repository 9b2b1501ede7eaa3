"""`u` on Skills, Recovery, Reframe, People and the answer bank after this window's own
edits, an undone delete, and another window's edit.

The Pipeline's `u` called this window's own edit, or its own undone delete, "another
window's change" (test_pipeline_undo_own_writes.py), because it compared versions. A walk
in two windows on one store found the other panes' `u` sound: each takes back only a
delete, and puts back the rows as they were when deleted, whatever version they had, so
no edit before the delete (this window's or another's) and no earlier undo stands in its
way. This keeps it so: each pane, edited here, deleted, brought back; edited here again,
deleted, brought back; edited in another window, deleted, brought back.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import rows
from tests.ui_harness import NO_IDLE_CHECK, app_on, keep_toasts, settle, settle_workers
from tests.undo_panes import a_no, a_person, a_question, a_skill, a_thought, the_list

# The pane (None: the answer bank, opened from Today with `i`), how its one item is made,
# and the table and column an edit changes.
CASES: list[tuple[str | None, Callable[[Database], int], str, str]] = [
    ("skills", a_skill, "skill", "title"),
    ("recovery", a_no, "rejection", "company"),
    ("reframe", a_thought, "thought_record", "thought"),
    ("people", a_person, "contact", "name"),
    (None, a_question, "interview_question", "question"),
]


def _edit(handle: Database, table: str, column: str, row_id: int, value: str) -> None:
    """An edit through ``handle``: the app's own (this window) or the test's (another)."""
    with handle.write() as session:
        session.execute(
            text(f"UPDATE {table} SET {column} = :value WHERE id = :id"),
            {"value": value, "id": row_id},
        )


@pytest.mark.parametrize(
    ("pane", "seed", "table", "column"), CASES, ids=[c[0] or "answer_bank" for c in CASES]
)
async def test_u_brings_back_a_delete_after_edits_here_an_undo_and_an_edit_elsewhere(
    opened_paths: DataPaths,
    db: Database,
    pane: str | None,
    seed: Callable[[Database], int],
    table: str,
    column: str,
) -> None:
    item = seed(db)
    async with app_on(opened_paths, pane, watch_seconds=NO_IDLE_CHECK) as (app, pilot, shown):
        said = keep_toasts(app)
        shown = await the_list(app, pilot, pane, shown)

        async def edit_delete_undo(handle: Database, value: str) -> None:
            _edit(handle, table, column, item, value)
            shown.reload()  # the list as it is now, as the idle check would show it
            await settle_workers(pilot)
            await pilot.press("d")
            await settle(pilot, 4)  # Reframe asks from a worker that waits for the answer
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("y")
            await settle_workers(pilot)
            assert rows(opened_paths.database, f"SELECT count(*) FROM {table}") == [(0,)]
            await pilot.press("u")
            await settle_workers(pilot)
            where = f"SELECT {column} FROM {table} WHERE id = ?"
            assert rows(opened_paths.database, where, item) == [(value,)], said
            assert focus_problem(app) is None

        await edit_delete_undo(app.db, "Mine, first")
        await edit_delete_undo(app.db, "Mine, after an undo")
        await edit_delete_undo(db, "Theirs")
        refusals = ("another window", "nothing was", "cannot", "Nothing to undo")
        assert not [note for note in said if any(words in note for words in refusals)]
