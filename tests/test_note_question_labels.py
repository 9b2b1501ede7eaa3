"""A label written before a question in a note is not part of the question (a new user's
walk): with "Tell me about a time you managed a difficult stakeholder." in the bank, a note
ending "Last: Tell me about a time you managed a difficult stakeholder?" showed it ticked as
new, and ctrl+s put "Last: Tell me about…" in the bank beside it. The label goes, and the
bank's match looks past it and past the closing "." or "?", as it does for "Why Contoso?"."""

from __future__ import annotations

import pytest
from textual.widgets import SelectionList

from bounceback_tui.domain.answers import question_key, validate_question, whole_questions
from bounceback_tui.domain.note_questions import note_questions
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.answers.note_questions import NoteQuestionsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.ui_harness import app_on, fill, settle_workers

STAKEHOLDER = "Tell me about a time you managed a difficult stakeholder"


@pytest.mark.parametrize(
    "label",
    [
        "Last:",
        "Q:",
        "Q3:",
        "1.",
        "- ",
        "Then:",
        "Finally:",
        "They asked:",
        "First:",
        "Second question:",
        "Last one:",
        "Question 2 -",
        "Opener:",
    ],
)
def test_the_label_before_a_question_is_dropped(label: str) -> None:
    note = f"Went fine overall. {label} {STAKEHOLDER}?"
    assert whole_questions(note) == [f"{STAKEHOLDER}?"]


@pytest.mark.parametrize(
    "question",
    ["Last time you failed, what did you learn?", "Last-minute changes: how do you cope?"],
)
def test_a_first_word_that_is_no_label_stays(question: str) -> None:
    assert whole_questions(question) == [question]


def test_the_bank_s_match_looks_past_a_label_and_the_closing_mark() -> None:
    assert question_key(f"Last: {STAKEHOLDER}?") == question_key(f"{STAKEHOLDER}.")
    assert question_key("Q3: why Contoso.") == question_key("Why Contoso?")
    # An older entry saved with its label still matches the question without it.
    (found,) = note_questions(f"{STAKEHOLDER}?", held={question_key(f"Last: {STAKEHOLDER}?")})
    assert (found.held, found.ticked) == (True, False)


async def test_from_a_note_does_not_add_a_question_the_bank_holds_behind_a_label(
    opened_paths: DataPaths, db: Database
) -> None:
    answers.add_question(db, validate_question({"question": f"{STAKEHOLDER}."}))
    note = f"Two rounds, long day. First: why us? Last: {STAKEHOLDER}?"
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        await pilot.press("n")
        await settle_workers(pilot)
        await fill(pilot, note=note)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, NoteQuestionsScreen)
        listing = app.screen.query_one(SelectionList)
        assert listing.option_count == 2
        assert sorted(listing.selected) == [0]  # "Why us?" only: the other is held
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        assert focus_problem(app) is None
    assert [row.question for row in answers.list_questions(db)] == [f"{STAKEHOLDER}.", "Why us?"]
