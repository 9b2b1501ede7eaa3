"""Questions saved from "How did it go?" keep the company they were asked at (a new user's
walk): practice read "Phone screen, Thu 3 Dec 2026" under a question from the demo's Lumen
Health interview, and nothing said where it was. Now the company, and the role when it is
short, are kept with the question; one saved before shows its application's company."""

from __future__ import annotations

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview, validate_outcome
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers, interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.practice import AnswerPracticeScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes


def _questions_from_a_phone_screen(db: Database, role: str) -> int:
    app = add_application(db, ApplicationInput(company="Lumen Health", role=role))
    assert app.id is not None
    data = validate_interview(
        {"kind": "phone_screen", "day": "2026-03-12", "at": "10:00", "zone": "Europe/London"},
        FIXED_TODAY,
    )
    interview_id = interviews.add_interview(db, app.id, data)
    outcome = validate_outcome(
        {"rating": "3", "questions": "Why Lumen Health?"}, close_key="Escape"
    )
    return interviews.save_outcome(db, interview_id, outcome).questions_added


def test_a_question_from_how_did_it_go_keeps_the_company_and_a_short_role(db: Database) -> None:
    assert _questions_from_a_phone_screen(db, "Product Designer") == 1
    (row,) = answers.list_questions(db)
    assert row.asked_at == "Phone screen at Lumen Health (Product Designer), Thu 12 Mar 2026"
    assert row.where == row.asked_at  # the company is named once


def test_a_long_role_is_left_out(db: Database) -> None:
    assert (
        _questions_from_a_phone_screen(
            db, "Senior Staff Product Designer, Patient Apps and Billing"
        )
        == 1
    )
    (row,) = answers.list_questions(db)
    assert row.asked_at == "Phone screen at Lumen Health, Thu 12 Mar 2026"


async def test_practice_says_where_for_a_new_question_and_an_older_one(
    opened_paths: DataPaths, db: Database
) -> None:
    assert _questions_from_a_phone_screen(db, "Product Designer") == 1
    assert _questions_from_a_phone_screen(db, "Designer") == 0  # held: not added again
    # saved before the company was
    another_program_writes(
        opened_paths, "UPDATE interview_question SET asked_at = 'Phone screen, Thu 12 Mar 2026'"
    )
    (row,) = answers.list_questions(db)
    assert row.where == "Phone screen, Thu 12 Mar 2026 (Lumen Health)"
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        assert "Asked: Phone screen, Thu 12 Mar 2026 (Lumen Health)" in screen_text(app)
        await pilot.press("p")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerPracticeScreen)
        assert "Phone screen, Thu 12 Mar 2026 (Lumen Health)" in screen_text(app)
