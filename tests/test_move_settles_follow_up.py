"""A move forward ends the follow-up set before it: the company answered.

A tester's month with a frozen clock: Hooli's follow-up was 2 days late; `]` moved it from
Applied to Screening, and the row still said "2d late" and Today listed "✉ Follow up with
Hooli (Backend Engineer)  3 days late" for days after. A follow-up is "they have not answered";
a move on past Applied means they did (``domain/follow_up_rules.answered_by_move``). The move
clears it in the same transaction, the toast says so, and `u` brings both back (as does `[`
the same day, which takes the move back as a slip). A follow-up set after the move, with `f`,
is the person's own for the new stage.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.follow_up_rules import answered_by_move
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import pipeline_undo
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.helpers import usual_keys
from tests.pipeline_fixtures import add, rows
from tests.screen_text import screen_text
from tests.ui_harness import NO_IDLE_CHECK, app_on, settle, settle_workers, toasts

FOLLOW_UP = "SELECT stage, next_follow_up FROM application WHERE id = ?"
TIMELINE = "SELECT to_stage FROM stage_change WHERE application_id = ? ORDER BY id"


@pytest.mark.parametrize(
    ("before", "after", "answered"),
    [
        (Stage.APPLIED, Stage.SCREENING, True),
        (Stage.SCREENING, Stage.INTERVIEWING, True),
        (Stage.INTERVIEWING, Stage.OFFER, True),
        (Stage.SAVED, Stage.APPLIED, False),  # only sent: no answer yet
        (Stage.SCREENING, Stage.APPLIED, False),  # a step back is no answer
        (Stage.OFFER, Stage.ACCEPTED, False),  # closed: its follow-up goes anyway
        (Stage.GHOSTED, Stage.SCREENING, False),  # a closed one had none to end
    ],
)
def test_which_moves_say_the_company_answered(before: Stage, after: Stage, answered: bool) -> None:
    assert answered_by_move(before, after) is answered


def test_a_move_on_ends_the_follow_up_and_undo_brings_both_back(
    opened_paths: DataPaths, db: Database
) -> None:
    hooli = add(
        db, "Hooli", "Backend Engineer", date_applied="2026-03-01", next_follow_up="2026-03-14"
    )
    result = moves.move_stage(db, hooli, Stage.SCREENING)
    assert rows(opened_paths.database, FOLLOW_UP, hooli) == [("screening", None)]
    titles = [item.title for item in load_today(opened_paths.database, date(2026, 3, 16)).due]
    assert not any("Hooli" in title for title in titles), titles
    assert result.moved_on is not None
    assert pipeline_undo.what_it_takes_back(result.moved_on) == (
        "moving Hooli (Backend Engineer) to Screening"
    )
    pipeline_undo.undo(db, result.moved_on, usual_keys)
    assert rows(opened_paths.database, FOLLOW_UP, hooli) == [("applied", "2026-03-14")]
    assert rows(opened_paths.database, TIMELINE, hooli) == [("applied",)]


def test_a_step_back_the_same_day_puts_the_follow_up_back(
    opened_paths: DataPaths, db: Database
) -> None:
    hooli = add(db, "Hooli", date_applied="2026-03-01", next_follow_up="2026-03-14")
    result = moves.move_stage(db, hooli, Stage.SCREENING)
    back = moves.move_stage(db, hooli, Stage.APPLIED, settled=result.moved_on)
    assert back.took_back and back.follow_up_back == date(2026, 3, 14)
    assert rows(opened_paths.database, FOLLOW_UP, hooli) == [("applied", "2026-03-14")]


def test_a_follow_up_set_after_the_move_stays_until_the_next_move_on(
    opened_paths: DataPaths, db: Database
) -> None:
    hooli = add(db, "Hooli", date_applied="2026-03-01")
    moved = moves.move_stage(db, hooli, Stage.SCREENING).moved_on
    assert moved is not None and not moved.answered  # none to end
    with db.write() as session:
        app = moves.get_application(session, hooli)
        app.next_follow_up = date(2026, 3, 20)
        session.add(app)
    assert rows(opened_paths.database, FOLLOW_UP, hooli) == [("screening", "2026-03-20")]
    moves.move_stage(db, hooli, Stage.INTERVIEWING)
    assert rows(opened_paths.database, FOLLOW_UP, hooli) == [("interviewing", None)]


def test_sent_is_no_answer(opened_paths: DataPaths, db: Database) -> None:
    saved = add(db, "Saveco", stage="saved", next_follow_up="2026-03-20")
    moved = moves.move_stage(db, saved, Stage.APPLIED).moved_on
    assert moved is not None and not moved.answered
    assert rows(opened_paths.database, FOLLOW_UP, saved) == [("applied", "2026-03-20")]


async def test_today_no_longer_lists_the_follow_up_after_the_move(
    opened_paths: DataPaths, db: Database
) -> None:
    hooli = add(
        db, "Hooli", "Backend Engineer", date_applied="2026-03-01", next_follow_up="2026-03-14"
    )
    async with app_on(opened_paths, size=(120, 30), notifications=True) as (app, pilot, _p):
        await settle_workers(pilot)
        assert "Follow up with Hooli" in screen_text(app)  # 2 days late before the move
        await pilot.press("2")
        await settle_workers(pilot)
        pane = app.current_pane
        assert pane.select_item(hooli)
        await pilot.press("right_square_bracket")
        await settle_workers(pilot)
        said = " ".join(toasts(app))
        assert "Applied → Screening" in said, said
        assert "They answered: its follow-up is done (u undoes)." in said, said
        assert "late" not in screen_text(app).split("Hooli", 1)[1].split("\n", 1)[0]
        app.clear_notifications()
        await pilot.press("1")
        await settle_workers(pilot)
        assert "Hooli" not in screen_text(app)  # nothing due for it: they answered
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("u")
        await settle(pilot)
        said = " ".join(toasts(app))
        assert "Move taken back: Hooli (Backend Engineer) is in Applied again" in said, said
        assert focus_problem(app) is None
        await pilot.press("1")
        await settle_workers(pilot)
        assert "Follow up with Hooli" in screen_text(app)
    assert rows(opened_paths.database, FOLLOW_UP, hooli) == [("applied", "2026-03-14")]


async def test_the_same_day_step_back_says_the_follow_up_is_back(
    opened_paths: DataPaths, db: Database
) -> None:
    hooli = add(db, "Hooli", date_applied="2026-03-01", next_follow_up="2026-03-14")
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        assert pane.select_item(hooli)
        await pilot.press("right_square_bracket")
        await settle_workers(pilot)
        await pilot.press("left_square_bracket")
        await settle_workers(pilot)
        assert "Its follow-up is back." in " ".join(toasts(app))
        assert focus_problem(app) is None
    assert rows(opened_paths.database, FOLLOW_UP, hooli) == [("applied", "2026-03-14")]
