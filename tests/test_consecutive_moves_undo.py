"""`u` takes stage moves back one at a time, the newest first.

A tester's walk (fresh store, 80x24): `]` `]` on AlphaCo at Applied with a follow-up said
"Screening → Interviewing. I schedules its interview.", the key bar still offered `u Undo`,
and `u` answered "AlphaCo (Role A) has moved on from Screening since, so there is nothing to
undo.": only the first move (it ended the follow-up) could be taken back, so the second could
not, and the follow-up the first had ended was lost. Every move that adds to the timeline is
now `u`'s to take back, a move back (`[` on a move made another day) too; `[` the same day
after `]` takes that move back itself (docs/data-model.md, stage_change), so it leaves
nothing to undo (`]` into Interviewing now says "Press I to schedule its interview.":
tests/test_pipeline_schedule_interview.py). "In stage" counts from the day of the move into
the stage: a move taken back (by `u` or a same-day `[`) puts the stage's own day back.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.pipeline_fixtures import add, put, rows
from tests.screen_text import screen_text
from tests.ui_harness import NO_IDLE_CHECK, app_on, keep_toasts, settle, settle_workers

FOLLOW_UP = "SELECT stage, next_follow_up FROM application WHERE id = ?"
TIMELINE = "SELECT to_stage FROM stage_change WHERE application_id = ? ORDER BY id"


def _undo_on_bar(app: object) -> bool:
    bar = app.screen.query_one(KeyBar)  # type: ignore[attr-defined]  # a BouncebackApp
    return "undo" in bar.shown_actions()


def _row_line(app: object, company: str) -> str:
    return next(line for line in screen_text(app).splitlines() if company in line)


async def _press(pilot, key: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(key)
    await settle_workers(pilot)
    await settle(pilot)


async def test_u_takes_two_moves_forward_back_one_at_a_time(
    opened_paths: DataPaths, db: Database
) -> None:
    alpha = add(db, "AlphaCo", "Role A", date_applied="2026-03-06", next_follow_up="2026-03-14")
    async with app_on(
        opened_paths, "pipeline", size=(80, 24), notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(alpha)
        await _press(pilot, "right_square_bracket")
        await _press(pilot, "right_square_bracket")
        assert rows(opened_paths.database, FOLLOW_UP, alpha) == [("interviewing", None)]
        assert _undo_on_bar(app)

        await _press(pilot, "u")
        assert said[-1] == "Move taken back: AlphaCo (Role A) is in Screening again.", said
        assert rows(opened_paths.database, FOLLOW_UP, alpha) == [("screening", None)]
        assert _undo_on_bar(app)  # the move before, with the follow-up it ended

        await _press(pilot, "u")
        assert said[-1] == (
            "Move taken back: AlphaCo (Role A) is in Applied again, with its follow-up."
        ), said
        # In Applied since the day it was sent, as before the moves.
        assert "10d" in _row_line(app, "AlphaCo"), screen_text(app)
        assert focus_problem(app) is None
    assert rows(opened_paths.database, FOLLOW_UP, alpha) == [("applied", "2026-03-14")]
    assert rows(opened_paths.database, TIMELINE, alpha) == [("applied",)]


async def test_u_takes_a_move_back_back(opened_paths: DataPaths, db: Database) -> None:
    beta = put(
        db,
        "BetaCo",
        [("applied", date(2026, 3, 2)), ("screening", date(2026, 3, 9))],
        date_applied=date(2026, 3, 2),
    )
    async with app_on(
        opened_paths, "pipeline", size=(80, 24), notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(beta)
        await _press(pilot, "left_square_bracket")
        assert rows(opened_paths.database, TIMELINE, beta) == [
            ("applied",),
            ("screening",),
            ("applied",),
        ]
        assert "0d" in _row_line(app, "BetaCo"), screen_text(app)  # back in Applied today
        assert _undo_on_bar(app)

        await _press(pilot, "u")
        assert said[-1] == "Move taken back: BetaCo (Engineer) is in Screening again.", said
        assert "7d" in _row_line(app, "BetaCo"), screen_text(app)  # since 9 March again
        assert focus_problem(app) is None
    assert rows(opened_paths.database, TIMELINE, beta) == [("applied",), ("screening",)]
