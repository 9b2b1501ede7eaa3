"""The answer bank's `d` and `u` name the question, as every pane's undo does.

The twenty-third round left it: the bank's own delete said only "Deleted." and its undo said
nothing, while Skills said "Deleted “SQL joins”." and "“SQL joins” is back."
(tests/test_undo_names_what.py). A question is longer than a name: it is cut to a line of a
toast (60 cells, as a plan step is), with "…", and a person's brackets are shown as typed.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.ui_harness import app_on, keep_toasts, settle_workers

LONG = (
    "Tell me about a time you disagreed with your manager about a priority and what you did next?"
)

# The question, and how the notes after `d` and `u` name it, written by hand.
CASES = [
    ("Why [b]this[/b] company?", "Why [b]this[/b] company?"),
    (LONG, "Tell me about a time you disagreed with your manager about…"),
]


@pytest.mark.parametrize(("question", "named"), CASES, ids=["brackets", "long"])
async def test_delete_and_undo_name_the_question(
    opened_paths: DataPaths, db: Database, question: str, named: str
) -> None:
    answers.add_question(db, validate_question({"question": question}))
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        said = keep_toasts(app)
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        await pilot.press("d")
        await settle_workers(pilot)
        await pilot.press("y")
        await settle_workers(pilot)
        assert answers.list_questions(db) == []
        assert said == [f"Deleted the question “{named}”. Press u to undo."]
        await pilot.press("u")
        await settle_workers(pilot)
        assert [row.question for row in answers.list_questions(db)] == [question]
        assert said[1:] == [f"The question “{named}” is back."]
        assert focus_problem(app) is None
