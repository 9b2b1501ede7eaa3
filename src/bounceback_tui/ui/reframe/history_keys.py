"""The history of thought records: new (`a`), open (`e`, Enter), filter by text (`/`, the
kit's filter keys: typing, Enter, Escape) or by trap (`t`), practise (`p`), delete (`d`) and
undo (`u`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on, work

from bounceback_tui.domain.record_name import record_name_form
from bounceback_tui.domain.text import clip_near_word
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with, plain, toast_with
from bounceback_tui.ui.kit.virtual_list import VirtualList

if TYPE_CHECKING:
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.reframe import HistoryRow
    from bounceback_tui.services.store_access import DeletedRows

from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go
from bounceback_tui.ui.kit.undo import deleted_words, say_brought_back
from bounceback_tui.ui.reframe.exercise_keys import ExerciseKeys


class HistoryKeys(ExerciseKeys):
    """What the keys do on the history (a new record starts the exercise)."""

    def action_new(self) -> None:
        self.start_exercise(None, recent=True)

    def action_open(self) -> None:
        row = self.table.selected
        if row is not None:
            self.select_item(row.id)

    @on(VirtualList.Selected, "#rf-table")
    def _on_row_selected(self, event: VirtualList.Selected[HistoryRow]) -> None:
        event.stop()
        self.select_item(event.item.id)

    @work(exclusive=True, group="reframe-trap-filter")
    async def action_trap_filter(self) -> None:
        from bounceback_tui.ui.reframe.trap_filter import TrapFilterScreen

        counts = reframe_service.trap_counts(self.bb_app.db)
        chosen = await self.app.push_screen_wait(TrapFilterScreen(counts, self.trap_filter))
        if chosen is None:
            return
        self.trap_filter = chosen
        self._draw()
        self.table.focus()

    def action_filter(self) -> None:
        self.open_filter()
        self.refresh_bindings()

    def action_practice(self) -> None:
        from bounceback_tui.ui.reframe.practice import PracticeScreen

        self.app.push_screen(PracticeScreen())

    @work(exclusive=True, group="reframe-delete")
    async def action_delete(self) -> None:
        from bounceback_tui.services.care import card_for_record
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        row = self.table.selected
        if row is None:
            return
        # Named as everywhere else (domain/record_name.py): a draft with only its situation
        # by it, "about “…”", not "(no thought yet)"; cut at a word's end with an ellipsis
        # ("about “Call with the…”", not "about “Call with the recrui…”").
        form, words = record_name_form(row.thought, row.situation)
        excerpt = form.format(clip_near_word(words, 120))
        # A card kept from it stays, and the dialog says so (it said only "feelings and
        # traps", and the card went on showing on Today: a stranger's walk).
        try:
            kept = card_for_record(self.bb_app.db, row.id) is not None
        except BouncebackError:
            kept = False  # the delete says what is wrong with the store
        card = (
            "\nThe coping card you kept from it stays: “Put away a coping card” in the "
            "palette removes it."
            if kept
            else ""
        )
        confirmed = await self.app.push_screen_wait(
            ConfirmScreen(
                "Delete this thought record?",
                markup_with(
                    "$excerpt\nIts feelings and traps go with it. $undo brings it back.$card",
                    excerpt=excerpt,
                    card=card,
                    undo=key_of(self.app, "reframe.undo", "u"),
                ),
                confirm_label="Delete",
                cancel_label="Keep it",
            )
        )
        if not confirmed:
            return
        try:
            deleted = reframe_service.delete_record(
                self.bb_app.db, row.id, expected_version=row.version
            )
        except ConflictError as exc:
            # Changed or deleted in another window: say so, show the list as it is now.
            self.report(exc)
            self.reread()
            return
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error", title="Not deleted")
            return
        self.remember_undo(deleted)
        self.reread()
        self.focus_target_shown().focus()
        self.notify(
            toast_with(
                _deleted_named(
                    "Deleted the thought record $thought. Press [b]$key[/b] to undo.", deleted
                ),
                thought=deleted_words(deleted, "thought") or deleted_words(deleted, "situation"),
                key=self.bb_app.key_label("reframe.undo", "u"),
            )
        )

    def after_add_taken_back(self, added: Added, *, taken: bool) -> None:
        """The list without it, the cursor on the record beside it (on it, if it stayed)."""
        shown = [row.id for row in self._model.visible]
        near: int | None = added.row_id
        if taken and added.row_id in shown:
            at = shown.index(added.row_id)
            after = shown[at + 1 : at + 2] or shown[max(at - 1, 0) : at]
            near = after[0] if after else None
        elif taken:
            near = None
        self.reread()
        if near is not None:
            self.history.reveal(str(near))
        self.focus_target_shown().focus()

    def action_undo(self) -> None:
        if self.took_back_add():  # an add: kit/undo.py
            return
        deleted = cast("DeletedRows | None", self.undo_entry())
        if deleted is None:
            return
        notes_of_the_undone_go(self.app)
        self.forget_undo(deleted)
        try:
            back = reframe_service.restore_record(self.bb_app.db, deleted)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error", title="Could not undo")
            return
        self.reread()
        self.history.reveal(str(deleted.row_id))
        self.focus_target_shown().focus()
        said = toast_with(
            _deleted_named("The thought record $thought is back.", deleted),
            thought=deleted_words(deleted, "thought") or deleted_words(deleted, "situation"),
        )
        say_brought_back(self, back, said)


def _deleted_named(template: str, deleted: DeletedRows) -> str:
    """``template`` with ``$thought`` in the form that names the deleted record everywhere
    (domain/record_name.py): “its thought”, else about “its situation”; the toast cuts the
    words inside the quotes."""
    whole = 10**6
    form, _ = record_name_form(
        deleted_words(deleted, "thought", whole), deleted_words(deleted, "situation", whole)
    )
    return template.replace("$thought", form.format("$thought"))
