"""The answer bank's `d` (asks first) and `u` (takes the delete back), each naming the
question: "Deleted." and a silent undo named nothing, where every pane says what went and
what came back (ui/kit/undo.py; the twenty-third round's list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import ModalScreen

from bounceback_tui.domain.text import clip_name
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import answers
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.read_failed import read_again_or_say
from bounceback_tui.ui.kit.text import ContentNotify, markup_with, plain, question_toast
from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go
from bounceback_tui.ui.kit.undo import deleted_words, say_brought_back

if TYPE_CHECKING:
    from bounceback_tui.services.answers import QuestionRow
    from bounceback_tui.services.store_access import Database, DeletedRows

# The question whole, on one line: question_toast cuts it to a line of a toast.
_WHOLE = 10_000
# The question in the delete dialog: about three lines of its box, then "…". A question of
# 10,000 characters was shown whole there, its buttons scrolled out of sight (a stranger's
# walk).
_IN_THE_DIALOG = 160


class BankDeleteUndo(ContentNotify, ModalScreen[None]):
    """`d` and `u` of the bank; ``AnswerBankScreen`` (bank.py) has the list they act on."""

    db: Database
    rows: list[QuestionRow]
    _deleted: DeletedRows | None = None

    @property
    def selected(self) -> QuestionRow | None:
        raise NotImplementedError  # the bank's highlighted question

    def reload(self, select: int | None = None) -> None:
        raise NotImplementedError  # the bank's list read again

    def action_delete(self) -> None:
        """Asks first, then `u` brings it back: as every delete in the app does."""
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        row = self.selected
        if row is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(row)

        self.app.push_screen(
            ConfirmScreen(
                markup_with(
                    "Delete “$question”?", question=clip_name(row.question, _IN_THE_DIALOG)
                ),
                "Your answer to it and its practice schedule go with it. You can undo with u "
                "straight after.",
                confirm_label="Delete",
                cancel_label="Keep it",
            ),
            answered,
        )

    def _delete(self, row: QuestionRow) -> None:
        # The cursor goes to its neighbour: the next question, or the one before the last.
        ids = [shown.id for shown in self.rows]
        at = ids.index(row.id) if row.id in ids else 0
        neighbours = ids[at + 1 : at + 2] or ids[max(0, at - 1) : at]
        try:
            self._deleted = answers.delete_question(self.db, row.id, expected_version=row.version)
        except BouncebackError as exc:
            self.notify(plain(str(exc)), severity="warning", title="Not deleted")
            read_again_or_say(self, self.reload)
            return
        self.reload(select=neighbours[0] if neighbours else None)
        self.notify(
            question_toast(
                "Deleted the question “$question”. Press [b]$undo[/b] to undo.",
                row.question,
                undo=key_of(self.app, "answer_bank.undo", "u"),
            )
        )

    def action_undo(self) -> None:
        if self._deleted is None:
            return
        notes_of_the_undone_go(self.app)
        deleted, self._deleted = self._deleted, None
        self.refresh_bindings()
        question = deleted_words(deleted, "question", most=_WHOLE)
        try:
            say_brought_back(
                self,
                answers.restore_question(self.db, deleted),
                question_toast("The question “$question” is back.", question),
            )
        except BouncebackError as exc:
            self.notify(plain(str(exc)), severity="warning", title="Could not undo")
        read_again_or_say(self, lambda: self.reload(select=deleted.row_id))

    def drop_undo(self) -> None:
        """The delete `u` could take back was in a store since replaced (kit/undo.py)."""
        self._deleted = None
        self.refresh_bindings()
