"""The step "Which questions would I answer differently now?": its answer's questions are
shown before any joins the answer bank.

Ctrl+s on the answer added every question written in it to the bank, "Is this even worth
it?" too, without a word, where the bank's own "From a note" shows them first (the twenty-first
round's left-alone list). Now ctrl+s shows them on that same screen
(``ui/answers/note_questions.NoteQuestionsScreen``), each ticked to keep or left; ctrl+s
there saves the answer with the ticked ones (one transaction:
``recovery_steps.save_answer``), and Escape comes back to the answer as typed, nothing saved,
the ticks kept for the next ctrl+s. An answer with no question the bank lacks is saved at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import TextArea

from bounceback_tui.domain.recovery_forms import validate_answer
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.answer_notes import questions_in_note
from bounceback_tui.ui.answers.note_questions import NoteQuestionsScreen
from bounceback_tui.ui.kit.text import markup_with
from bounceback_tui.ui.recovery.answer import AnswerScreen

if TYPE_CHECKING:
    from bounceback_tui.services.recovery_views import StepView
    from bounceback_tui.services.store_access import Database


class RedoQuestionsScreen(AnswerScreen):
    """The answer screen of the step whose questions feed the answer bank."""

    def __init__(self, db: Database, step: StepView, context: str) -> None:
        super().__init__(db, step, context)
        self.choices: dict[str, bool] = {}  # as the person ticked them, by question_key

    def action_save(self) -> None:
        try:
            found = questions_in_note(self.db, validate_answer(self.text))
        except BouncebackError as exc:
            self._status(markup_with("Nothing was saved. $error", error=exc), error=True)
            return
        if all(question.held for question in found):
            self.save_answer([])  # none, or every one in the bank already
            return
        preview: NoteQuestionsScreen[list[str]] = NoteQuestionsScreen(
            found,
            list,  # the ticked ones, saved with the answer once the preview closes
            choices=self.choices,
            written_in="answer",
            lead=f"{self.key('note_questions.add', 'ctrl+s')} saves your answer, and the ticked "
            "ones join the bank, to practise.",
            title="Questions from your answer",
        )

        def chosen(kept: list[str] | None) -> None:
            self.choices = preview.choices
            if kept is None:  # back to the answer, as typed
                self.query_one("#answer-text", TextArea).focus()
                return
            self.save_answer(kept)

        self.app.push_screen(preview, chosen)
