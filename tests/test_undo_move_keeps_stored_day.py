"""`u` after a move of an application whose days another program wrote over puts them back
as they were stored, not as none.

A tester's walk: `sqlite3 store "update application set date_applied='[b]x[/]'"`, then the
Pipeline, `]` on it: dated today, as one with no day applied is (its day read as none).
Then `u`: the stage was back, but "Date applied" was empty and the store held NULL, where
the other program's text had been: the move's receipt kept the day as read (none), not as
stored. The same for marking it rejected and taking that back, and for the time it was
last changed. Now what `u` puts back is what was stored, byte for byte.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.pipeline_undo import take_back_move
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import put, rows
from tests.screen_text import screen_text
from tests.ui_harness import app_on, keep_toasts, settle

WRITTEN = "[b]x[/]"
# The days a move or a no changes and `u` puts back (the posting's day: never touched).
WRITTEN_OVER = ("date_applied", "updated_at", "next_follow_up", "posted_on")


def _written_over(db: Database, paths: DataPaths, stage: str = "screening") -> int:
    timeline = [("applied", date(2026, 3, 2))]
    if stage != "applied":
        timeline.append((stage, date(2026, 3, 9)))
    app_id = put(db, "Copperline", timeline, date_applied=date(2026, 3, 2))
    sets = ", ".join(f'"{name}" = ?' for name in WRITTEN_OVER)
    rows(
        paths.database,
        f"UPDATE application SET {sets} WHERE id = ?",
        *[WRITTEN] * len(WRITTEN_OVER),
        app_id,
    )
    return app_id


def _stored(paths: DataPaths, app_id: int) -> list[tuple[object, ...]]:
    names = ", ".join(f'"{name}"' for name in ("stage", *WRITTEN_OVER))
    return rows(paths.database, f"SELECT {names} FROM application WHERE id = ?", app_id)


def test_a_move_taken_back_puts_the_stored_text_back(opened_paths: DataPaths, db: Database) -> None:
    app_id = _written_over(db, opened_paths)
    before = _stored(opened_paths, app_id)
    assert before == [("screening", *[WRITTEN] * len(WRITTEN_OVER))]
    moved = moves.move_stage(db, app_id, Stage.INTERVIEWING)
    assert _stored(opened_paths, app_id) != before  # moved, and dated
    assert moved.moved_on is not None
    take_back_move(db, moved.moved_on)
    assert _stored(opened_paths, app_id) == before


def test_a_no_taken_back_puts_the_stored_text_back(opened_paths: DataPaths, db: Database) -> None:
    app_id = _written_over(db, opened_paths)
    before = _stored(opened_paths, app_id)
    receipt = moves.mark_rejected(
        db, app_id, RejectionInput(rejected_on=date(2026, 3, 12), stage_reached=Stage.SCREENING)
    )
    assert _stored(opened_paths, app_id) != before
    moves.undo_rejection(db, receipt)
    assert _stored(opened_paths, app_id) == before


async def test_right_bracket_then_u_in_the_pipeline(opened_paths: DataPaths, db: Database) -> None:
    app_id = _written_over(db, opened_paths, stage="applied")
    before = _stored(opened_paths, app_id)
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(app_id)
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot, 4)
        assert _stored(opened_paths, app_id)[0][0] == "screening", said
        await pilot.press("u")
        await settle(pilot, 4)
        assert "Something went wrong" not in screen_text(app), said
        assert focus_problem(app) is None
    assert _stored(opened_paths, app_id) == before, said
