"""The palette finds the answer bank's questions, as it finds skills, rejections and
thought records: "sql" found nothing though the bank held "How would you write a SQL
query…". Enter opens the bank on that question."""

from __future__ import annotations

from bounceback_tui import clock
from bounceback_tui.domain.answers import QuestionInput
from bounceback_tui.domain.search import Kind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.answers import add_question
from bounceback_tui.services.search import load_entries
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import search, settle

WANTED = "How would you write a SQL query for a running total?"


def _questions(db: Database) -> int:
    add_question(db, QuestionInput("Tell me about yourself.", asked_at="phone screen"))
    found = add_question(db, QuestionInput(WANTED, asked_at="take-home review"))
    add_question(db, QuestionInput("What are your salary expectations?"))
    return found.id


def test_a_question_is_a_palette_record(db: Database, opened_paths: DataPaths) -> None:
    wanted = _questions(db)
    entries = load_entries(opened_paths.database, clock.today())
    questions = {entry.id: entry.label for entry in entries if entry.kind is Kind.QUESTION}
    assert questions[wanted] == WANTED
    assert len(questions) == 3


async def test_sql_finds_the_question_and_enter_opens_the_bank_on_it(
    db: Database, opened_paths: DataPaths
) -> None:
    from bounceback_tui.ui.answers.bank import AnswerBankScreen

    wanted = _questions(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        hits = await search(app, pilot, "sql")
        assert hits and WANTED in hits[0], hits
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, AnswerBankScreen), app.screen
        assert app.screen.selected_id == wanted
