"""More edit forms saved with nothing changed write nothing, and say so (after
tests/test_unchanged_edit_writes_nothing.py): the follow-up date form (`f` on Pipeline) said
"Follow up with … on …", moved the application's version and updated_at on, and counted as
one of the day's actions, for a date saved as it opened; the answer bank's question (`i`,
then `e`) was written again, silently."""

from __future__ import annotations

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from tests.pipeline_fixtures import add
from tests.test_unchanged_edit_writes_nothing import _save_unchanged, _with_db
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
