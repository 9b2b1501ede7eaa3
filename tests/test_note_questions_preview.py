"""The bank's "From a note" shows the questions it found before any joins the bank (a new
user's walk): a note ending "…Is this even worth it?" gave "4 new questions in the bank", and
"Is this even worth it?" came up in practice. Now each question is ticked to keep or left, and
one that reads as asked of oneself starts unticked."""

from __future__ import annotations

import pytest
from textual.widgets import SelectionList

from bounceback_tui.domain.note_questions import note_questions, to_yourself
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.answers.note_questions import NoteQuestionsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import screen_text
from tests.ui_harness import app_on, fill, settle_workers, toasts

NOTE = (
    "Went ok, I think. They asked: why do you want to leave? Also what about salary? "
    "Then the manager asked: how do you handle a missed deadline? Honestly I came home tired. "
    "Is this even worth it?"
)


@pytest.mark.parametrize(
    "question",
    [
        "Is this even worth it?",
        "Why do I bother?",
        "What's wrong with me?",
        "What’s wrong with me?",
        "Am I good enough for this?",
        "Will I ever get a job?",
        "Why can't I get past the first round?",
        "Who would hire me?",
        "Why would anyone ever hire me?",
        "What's the point?",
        "Why bother?",
        "Am I just a failure?",
        "Is any of this worth it?",
        "why do i even bother?",
    ],
)
def test_a_question_asked_of_oneself_is_told(question: str) -> None:
    assert to_yourself(question) is True


@pytest.mark.parametrize(
    "question",
    [
        "Why do you want to work here?",
        "Tell me about a time you failed?",
        "What is your biggest weakness?",
        "Why did I leave my last job?",
        "What would I do differently next time?",
        "What's the point of a code review?",
        "Is it worth it to rewrite a legacy system?",
        "How would you handle a stakeholder who is never happy?",
        "Who would you hire first?",
        "Why should we hire you?",
        "Was the test enough to show your skills?",
        # Self-doubt in other words: the rule does not catch it (see its module's note).
        "Did I blow it again?",
    ],
)
def test_an_interview_question_is_not_taken_for_one(question: str) -> None:
    assert to_yourself(question) is False


def test_each_question_of_a_note_is_marked() -> None:
    found = note_questions(NOTE, held={"what about salary"})
    assert [(q.text, q.ticked, q.held, q.to_yourself) for q in found] == [
        ("Why do you want to leave?", True, False, False),
        ("What about salary?", False, True, False),
        ("How do you handle a missed deadline?", True, False, False),
        ("Is this even worth it?", False, False, True),
    ]


def _questions(db: Database) -> list[str]:
    return [row.question for row in answers.list_questions(db)]


async def _preview(pilot, note: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, AnswerBankScreen)
    await pilot.press("n")
    await settle_workers(pilot)
    await fill(pilot, note=note, asked_at="Acme, round 2")
    await pilot.press("ctrl+s")
    await settle_workers(pilot)


async def test_the_note_s_questions_are_shown_and_the_self_doubt_is_left_out(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _preview(pilot, NOTE)
        assert isinstance(app.screen, NoteQuestionsScreen)
        assert _questions(db) == []  # nothing added yet
        listing = app.screen.query_one(SelectionList)
        assert listing.option_count == 4
        assert sorted(listing.selected) == [0, 1, 2]
        text = screen_text(app)
        assert "Is this even worth it?" in text and "a question to yourself?" in text
        assert focus_problem(app) is None
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        assert focus_problem(app) is None
        assert "3 new questions in the bank." in toasts(app)
    assert _questions(db) == [
        "Why do you want to leave?",
        "What about salary?",
        "How do you handle a missed deadline?",
    ]
    assert {row.asked_at for row in answers.list_questions(db)} == {"Acme, round 2"}


async def test_space_keeps_or_leaves_and_escape_goes_back_to_the_note(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _preview(pilot, NOTE)
        await pilot.press("escape")  # back to the note, as typed
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-note").text == NOTE  # type: ignore[attr-defined]
        assert focus_problem(app) is None
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, NoteQuestionsScreen)
        await pilot.press("space")  # the first: left
        await pilot.press("down", "down", "down", "space")  # the last: kept
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
    assert _questions(db) == [
        "What about salary?",
        "How do you handle a missed deadline?",
        "Is this even worth it?",
    ]


async def test_a_question_the_bank_holds_cannot_be_ticked(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.domain.answers import QuestionInput

    answers.add_question(db, QuestionInput("Why do you want to leave?"))
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _preview(pilot, "Why do you want to leave? What about salary?")
        assert isinstance(app.screen, NoteQuestionsScreen)
        assert "in the bank already" in screen_text(app)
        assert app.screen.query_one(SelectionList).selected == [1]
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert "1 new question in the bank." in toasts(app)
        # Every one held already: no list to tick, only the word.
        await _preview(pilot, "why do you want to leave? WHAT ABOUT SALARY?")
        assert isinstance(app.screen, AnswerBankScreen)
        assert "Those questions are in the bank already." in toasts(app)
    assert _questions(db) == ["Why do you want to leave?", "What about salary?"]


@pytest.mark.parametrize("size", [(40, 15), (80, 24), (100, 30)], ids=["40x15", "80x24", "100x30"])
async def test_the_questions_and_their_keys_fit_a_small_terminal(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    note = "Why now? What about salary? Is this even worth it? Why do I bother? Who are you?"
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await _preview(pilot, note)
        screen = app.screen
        assert isinstance(screen, NoteQuestionsScreen)
        listing = screen.query_one(SelectionList)
        assert listing.region.height >= 5  # every question on a row of its own
        keys = screen.query_one(".form-keys")
        box = screen.query_one("#note-questions-box")
        assert listing.region.bottom <= keys.region.y < box.region.bottom - 1
        assert focus_problem(app) is None


# --- a question longer than the bank keeps (a tester's walk) ------------------------------------
# Pasted into `n`, 'Why ' * 400 + '?' was kept as its first 1,000 characters, its "?" lost,
# without a word, where the add form refuses the same text and says why.

LONG = "Why " * 400 + "?"  # 1,601 characters


def test_a_long_question_is_found_whole_and_refused_with_the_limit() -> None:
    (found,) = note_questions(LONG, held=set())
    assert len(found.text) == 1_601 and found.text.endswith("Why ?")
    assert found.refused == "1,601 characters; the limit is 1,000"
    assert (found.can_add, found.ticked) == (False, False)
    exact = "Why " + "z" * 995 + "?"  # 1,000: the limit itself is taken
    assert note_questions(exact, held=set())[0].refused == ""


def test_the_bank_refuses_a_long_question_rather_than_cut_it(db: Database) -> None:
    from bounceback_tui.errors import ValidationError
    from bounceback_tui.services.answer_notes import add_kept

    with pytest.raises(ValidationError, match="1,601 characters; the limit is 1,000"):
        add_kept(db, [LONG, "What about salary?"])
    assert _questions(db) == []


async def test_a_long_question_is_shown_refused_and_the_rest_are_added(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _preview(pilot, LONG + " What about salary?")
        assert isinstance(app.screen, NoteQuestionsScreen)
        text = " ".join(screen_text(app).split())
        assert "Too long to add (1,601 characters; the limit is 1,000): Why Why" in text
        listing = app.screen.query_one(SelectionList)
        assert listing.selected == [1]
        await pilot.press("space")  # on the first that can be ticked: left, then kept again
        await pilot.press("space")
        assert listing.selected == [1]
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert "1 new question in the bank." in toasts(app)
    assert _questions(db) == ["What about salary?"]


async def test_question_mark_lists_the_preview_s_keys(opened_paths: DataPaths) -> None:
    from textual.widgets import Static

    from bounceback_tui.ui.screens.help import HelpScreen

    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _preview(pilot, NOTE)
        preview = app.screen
        assert isinstance(preview, NoteQuestionsScreen)
        await pilot.press("question_mark")
        await settle_workers(pilot)
        assert isinstance(app.screen, HelpScreen)
        heading = str(app.screen.query_one(".help-heading", Static).render())
        assert heading == "Keys: Questions from a note"
        assert "Add the ticked" in screen_text(app)
        await pilot.press("escape")
        await settle_workers(pilot)
        assert app.screen is preview
        assert focus_problem(app) is None


# --- back to the note and on again keeps the ticks (a tester's walk) ----------------------------
# Escape from the questions to the note, then ctrl+s again without a change, ticked every
# question the preview ticks at first: the person's unticks were gone.


async def test_back_to_the_note_and_on_again_keeps_what_was_ticked(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _preview(pilot, NOTE)
        await pilot.press("space")  # "Why do you want to leave?": left
        await pilot.press("down", "down", "down", "space")  # "Is this even worth it?": kept
        assert sorted(app.screen.query_one(SelectionList).selected) == [1, 2, 3]
        await pilot.press("escape")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+s")  # the note as it was
        await settle_workers(pilot)
        assert isinstance(app.screen, NoteQuestionsScreen)
        assert sorted(app.screen.query_one(SelectionList).selected) == [1, 2, 3]
        assert focus_problem(app) is None


async def test_a_changed_note_keeps_the_ticks_of_the_questions_still_in_it(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _preview(pilot, NOTE)
        await pilot.press("space")  # "Why do you want to leave?": left
        await pilot.press("down", "down", "down", "space")  # "Is this even worth it?": kept
        await pilot.press("escape")
        await settle_workers(pilot)
        # Salary goes; a new question comes; the first is written in capitals now.
        await fill(
            pilot,
            note="WHY DO YOU WANT TO LEAVE? How do you handle a missed deadline? "
            "Where do you see yourself in five years? Is this even worth it?",
        )
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, NoteQuestionsScreen)
        # Left as left, kept as kept, and the new one ticked as a new one is.
        assert sorted(app.screen.query_one(SelectionList).selected) == [1, 2, 3]
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
    assert _questions(db) == [
        "How do you handle a missed deadline?",
        "Where do you see yourself in five years?",
        "Is this even worth it?",
    ]


def test_an_earlier_choice_is_kept_and_a_new_question_starts_as_it_would() -> None:
    from bounceback_tui.domain.note_questions import with_choices

    found = note_questions(NOTE, held={"what about salary"})
    earlier = {"why do you want to leave": False, "is this even worth it": True, "gone": True}
    assert [q.ticked for q in with_choices(found, earlier)] == [False, False, True, True]
    # A choice does not tick a question the bank holds.
    assert [q.ticked for q in with_choices(found, {"what about salary": True})] == [
        True,
        False,
        True,
        False,
    ]
