"""The answer bank's practice round counts what the bank says is due, and offers practice
only when there is something to practise.

Found walking the app: the bank said "6 questions, 3 to practise today" and the round then
said "Question 1 of 5" (it filled up with questions not due); with an empty bank its keys
line still offered "p practise".
"""

from __future__ import annotations

from datetime import date, timedelta

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.answers.practice import AnswerPracticeScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import flat, screen_text
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

TODAY = date(2026, 3, 16)  # the suite's frozen clock


def _questions(db: Database, paths: DataPaths, due: int, later: int) -> None:
    """``due`` questions never practised (due today) and ``later`` ones due next week."""
    for n in range(due):
        answers.add_question(db, validate_question({"question": f"Due question {n}?"}))
    for n in range(later):
        row = answers.add_question(db, validate_question({"question": f"Later question {n}?"}))
        another_program_writes(
            paths,
            "UPDATE interview_question SET next_review_on = ?, last_practised_on = ? WHERE id = ?",
            ((TODAY + timedelta(days=7)).isoformat(), TODAY.isoformat(), row.id),
        )


def _text(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return flat(str(app.screen.query_one(selector).render()))


async def _open_practice(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, AnswerBankScreen)
    await pilot.press("p")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, AnswerPracticeScreen)


async def test_the_round_holds_the_questions_due_as_the_bank_counts_them(
    opened_paths: DataPaths, db: Database
) -> None:
    _questions(db, opened_paths, due=3, later=3)
    async with app_on(opened_paths) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        assert "6 questions, 3 to practise today" in _text(app, "#answers-intro")
        await pilot.press("p")
        await settle_workers(pilot)
        assert "Question 1 of 3" in _text(app, "#answers-progress")
        for _ in range(3):
            assert "Due question" in _text(app, "#answers-question")
            await pilot.press("space", "4")
            await settle_workers(pilot)
        assert "Round done" in _text(app, "#answers-question")
        assert "3 practised" in _text(app, "#answers-question")


async def test_with_nothing_due_the_round_says_it_is_extra(
    opened_paths: DataPaths, db: Database
) -> None:
    _questions(db, opened_paths, due=0, later=2)
    async with app_on(opened_paths) as (app, pilot, _pane):
        await _open_practice(pilot)
        progress = _text(app, "#answers-progress")
        assert "Nothing is due today" in progress
        assert "Question 1 of 2" in progress


async def test_more_due_than_a_round_says_how_many_are_left(
    opened_paths: DataPaths, db: Database
) -> None:
    _questions(db, opened_paths, due=7, later=0)
    async with app_on(opened_paths) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        assert "7 to practise today" in _text(app, "#answers-intro")
        await pilot.press("p")
        await settle_workers(pilot)
        assert "Question 1 of 5" in _text(app, "#answers-progress")
        assert "7 due today" in _text(app, "#answers-progress")


async def test_an_empty_bank_offers_no_practice(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        keys_line = _text(app, ".form-keys")
        assert "practise" not in keys_line.lower()
        assert "a Add" in keys_line
        shown = screen_text(app)
        assert "Practise" not in shown and " practise " not in shown
        await pilot.press("p")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        assert focus_problem(app) is None


async def test_practice_comes_back_to_the_keys_once_a_question_is_added(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        await pilot.press("i", "a")
        await settle_workers(pilot)
        app.screen.query_one("#field-question").value = "Why this company?"
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        assert "p Practise" in _text(app, ".form-keys")
