"""More edit forms saved with nothing changed write nothing, and say so (after
tests/test_unchanged_edit_writes_nothing.py): the follow-up date form (`f` on Pipeline) said
"Follow up with … on …", moved the application's version and updated_at on, and counted as
one of the day's actions, for a date saved as it opened; the answer bank's question (`i`,
then `e`) was written again, silently; and the day's check-in (`c` on Today) said "Thanks
for checking in." and was written again; a line of a person's log (People) said "Saved the
line." and counted as one of the day's actions."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from bounceback_tui import clock
from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.check_in import CheckInInput
from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers, people_log
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.services.people import contact_detail
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_NOW, FIXED_TODAY, FIXED_ZONE
from tests.pipeline_fixtures import add
from tests.test_people_pane import seeded  # noqa: F401  (Rita, her applications)
from tests.test_unchanged_edit_writes_nothing import Seeded, _save_unchanged, _with_db
from tests.ui_harness import app_on, settle, settle_workers


async def test_the_follow_up_date_form(opened_paths: DataPaths) -> None:
    app_id = _with_db(
        opened_paths,
        lambda db: add(
            db, "Acme", stage="applied", date_applied="2026-03-10", next_follow_up="2026-03-20"
        ),
    )
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press("f")
        await settle(pilot)
        await _save_unchanged(app, pilot, opened_paths, "application", app_id, "Acme (Engineer)")


async def test_the_answer_bank_question(opened_paths: DataPaths) -> None:
    values = {
        "question": "Why this company?",
        "asked_at": "Acme onsite",
        "answer_given": "Their product",
        "situation": "Panel",
        "tags": "motivation, culture",
    }
    row = _with_db(opened_paths, lambda db: answers.add_question(db, validate_question(values)))
    async with app_on(opened_paths, notifications=True) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        await pilot.press("e")
        await settle(pilot)
        await _save_unchanged(
            app,
            pilot,
            opened_paths,
            "interview_question",
            row.id,
            "The question “Why this company?”",
        )


def _check_in_state(paths: DataPaths) -> tuple[object, ...]:
    """Today's check-in (every column, its version among them) and today's count of actions."""
    with sqlite3.connect(paths.database) as conn:
        day = FIXED_TODAY.isoformat()
        row = conn.execute("SELECT * FROM check_in WHERE day = ?", (day,)).fetchone()
        actions = conn.execute("SELECT actions FROM activity_day WHERE day = ?", (day,)).fetchone()
    conn.close()
    return row, actions


async def test_the_check_in(opened_paths: DataPaths) -> None:
    _with_db(opened_paths, lambda db: save_check_in(db, FIXED_TODAY, CheckInInput(3, "Tired")))
    async with app_on(opened_paths, "today", notifications=True) as (app, pilot, _pane):
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        before = _check_in_state(opened_paths)
        clock.freeze(FIXED_NOW + timedelta(hours=1), tz=FIXED_ZONE)  # a save would stamp this
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert _check_in_state(opened_paths) == before
        said = [(str(n.title), str(n.message)) for n in app._notifications]
        assert said[-1] == (
            "Nothing changed",
            "Today's check-in is as it was, so nothing was saved.",
        ), said
        assert focus_problem(app) is None


async def test_a_line_of_a_persons_log(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    said = InteractionInput(InteractionKind.SENT, FIXED_TODAY, "Sent my portfolio")

    def logged(db: object) -> object:
        people_log.log_interaction(db, said, contact_id=ids["rita"])  # type: ignore[arg-type]
        detail = contact_detail(db, ids["rita"])  # type: ignore[arg-type]
        return next(line for line in detail.interactions if line.note == "Sent my portfolio")

    line = _with_db(paths, logged)
    async with app_on(paths, "people", notifications=True) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        pane._edit_log_line(line)
        await settle(pilot)
        await _save_unchanged(app, pilot, paths, "interaction", line.id, "The line")
