"""The recovery step "Which questions would I answer differently now?" shows the questions its
answer holds before any joins the answer bank, on the preview the bank's "From a note" has
(``NoteQuestionsScreen``): ctrl+s on the answer added every one, "Is this even worth it?"
among them, without a word (the twenty-first round's left-alone list). Now ctrl+s shows them,
each ticked to keep or left; ctrl+s there saves the answer and adds the ticked ones in one
transaction, and Escape goes back to the answer, nothing saved."""

from __future__ import annotations

import pytest
from textual.widgets import SelectionList, TextArea

from bounceback_tui.domain.answers import QuestionInput
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.note_questions import NoteQuestionsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.recovery.answer import AnswerScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers, toasts

ANSWER = (
    "Why should we hire you? I'd lead with the migration story.\n"
    "What is your biggest weakness?\n"
    "Is this even worth it?"
)


def _bank(db: Database) -> list[tuple[str, str, str]]:
    return [(q.question, q.source_kind, q.asked_at) for q in answers.list_questions(db)]


async def _write_and_save(pilot, step_id: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """The redo step opened on the Recovery pane, ``text`` written in it, then ctrl+s."""
    await pilot.press("3")
    await settle_workers(pilot)
    pane = pilot.app.current_pane
    assert isinstance(pane, RecoveryPane)
    assert pane.select_step(step_id)
    await pilot.press("enter")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, AnswerScreen)
    pilot.app.screen.query_one("#answer-text", TextArea).text = text
    await pilot.press("ctrl+s")
    await settle_workers(pilot)


async def test_the_answer_s_questions_are_shown_before_any_joins_the_bank(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Acme", "Engineer")
    step = step_by_key(db, rid, "reflect.redo")
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _write_and_save(pilot, step.id, ANSWER)
        assert isinstance(app.screen, NoteQuestionsScreen)
        assert _bank(db) == [] and step_by_key(db, rid, "reflect.redo").answer == ""
        text = screen_text(app)
        assert "3 questions in your answer" in text
        assert "a question to yourself?" in text
        listing = app.screen.query_one(SelectionList)
        assert sorted(listing.selected) == [0, 1]  # "is this even worth it?" left
        assert focus_problem(app) is None
        await pilot.press("down", "space")  # the weakness: left too
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.current_pane, RecoveryPane) and app.screen is app.screen_stack[0]
        assert focus_problem(app) is None
        assert "1 new question in the bank." in toasts(app)
    saved = step_by_key(db, rid, "reflect.redo")
    assert saved.answer == ANSWER and saved.done_at is not None
    assert _bank(db) == [("Why should we hire you?", "reflection", "Acme, Engineer")]


async def test_escape_goes_back_to_the_answer_and_on_again_keeps_the_ticks(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Acme", "Engineer")
    step = step_by_key(db, rid, "reflect.redo")
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _write_and_save(pilot, step.id, ANSWER)
        assert isinstance(app.screen, NoteQuestionsScreen)
        await pilot.press("space")  # "Why should we hire you?": left
        await pilot.press("escape")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerScreen)
        assert app.screen.query_one("#answer-text", TextArea).text == ANSWER
        assert focus_problem(app) is None
        assert step_by_key(db, rid, "reflect.redo").done_at is None  # nothing saved
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, NoteQuestionsScreen)
        assert app.screen.query_one(SelectionList).selected == [1]
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, (AnswerScreen, NoteQuestionsScreen))
    assert _bank(db) == [("What is your biggest weakness?", "reflection", "Acme, Engineer")]
    assert step_by_key(db, rid, "reflect.redo").answer == ANSWER


@pytest.mark.parametrize(
    "text",
    ["Tell the mediation story first.", "WHY SHOULD WE HIRE YOU? Lead with the migration."],
    ids=["no question", "held already"],
)
async def test_an_answer_with_no_new_question_is_saved_at_once(
    opened_paths: DataPaths, db: Database, text: str
) -> None:
    answers.add_question(db, QuestionInput("Why should we hire you?"))
    rid = add_rejection(db, "Acme", "Engineer")
    step = step_by_key(db, rid, "reflect.redo")
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _write_and_save(pilot, step.id, text)
        assert app.screen is app.screen_stack[0]
        assert focus_problem(app) is None
    assert step_by_key(db, rid, "reflect.redo").answer == text
    assert [q for q, _, _ in _bank(db)] == ["Why should we hire you?"]


def test_only_the_questions_kept_join_the_bank_with_the_answer(db: Database) -> None:
    rid = add_rejection(db, "Acme", "Engineer")
    step = step_by_key(db, rid, "reflect.redo")
    step_service.save_answer(
        db,
        step.id,
        ANSWER,
        bank_questions=["What is your biggest weakness?"],
        expected_version=step.version,
    )
    assert _bank(db) == [("What is your biggest weakness?", "reflection", "Acme, Engineer")]
    again = step_by_key(db, rid, "reflect.redo")
    step_service.save_answer(db, again.id, "Why now?", bank_questions=[])
    assert len(_bank(db)) == 1


def test_a_question_too_long_to_keep_refuses_the_save_and_changes_nothing(db: Database) -> None:
    rid = add_rejection(db, "Acme", "Engineer")
    step = step_by_key(db, rid, "reflect.redo")
    long_one = "Why " * 400 + "?"
    with pytest.raises(ValidationError, match="1,601 characters; the limit is 1,000"):
        step_service.save_answer(db, step.id, long_one, bank_questions=[long_one])
    kept = step_by_key(db, rid, "reflect.redo")
    assert (kept.answer, kept.done_at, _bank(db)) == ("", None, [])


async def test_saving_every_question_again_as_it_was_brings_back_those_deleted(
    opened_paths: DataPaths, db: Database
) -> None:
    # "Add every question" (None) on an answer saved as it was: a question deleted from the
    # bank since joins it again; only "add none" ([]) may leave the save unwritten.
    from bounceback_tui.services.recovery_plans import load_plan

    rid = add_rejection(db, "Acme", "Engineer")
    step = step_by_key(db, rid, "reflect.redo")
    step_service.save_answer(db, step.id, "Why should we hire you?")
    (question,) = answers.list_questions(db)
    answers.delete_question(db, question.id)
    plan = load_plan(db, rid)
    assert plan is not None
    (view,) = [s for s in plan.steps if s.id == step.id]
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        screen = AnswerScreen(db, view, "Acme (Engineer)")
        await app.push_screen(screen)
        await pilot.pause()
        screen.save_answer(None)
        await settle_workers(pilot)
        assert app.screen is not screen
    assert _bank(db) == [("Why should we hire you?", "reflection", "Acme, Engineer")]
