"""Deleting a Skills item (`d`, asks first) and taking the delete back (`u`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

# Before services.skills, as in listing.py (the ORM imports in a worker thread).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui.domain.skill_order import list_order, neighbour_after_delete
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import skills as skill_service
from bounceback_tui.ui.kit.text import markup_with, toast_with

if TYPE_CHECKING:
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.store_access import DeletedRows

from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go
from bounceback_tui.ui.kit.undo import deleted_words, say_brought_back
from bounceback_tui.ui.skills.listing import BOARD, SkillsListing


class DeleteAndUndo(SkillsListing):
    """`d` and `u`: the base pane's undo slot holds what `u` restores."""

    def action_delete(self) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        row = self.selected
        if row is None:
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                deleted = skill_service.delete_skill(
                    self.bb_app.db, row.id, expected_version=row.version
                )
            except ConflictError as exc:
                self._stale(exc)
                return
            except BouncebackError as exc:
                self.report(exc)
                return
            self.remember_undo(deleted)
            self._selected = self._neighbour_of(row.id)
            self._after_change(self._selected)
            self.notify(
                toast_with(
                    "Deleted “$title”. Press [b]$key[/b] to undo.",
                    title=row.title,
                    key=self.bb_app.key_label("skills.undo", "u"),
                )
            )

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Delete “$title”?", title=row.title),
                "Its links and notes go with it. You can undo with u straight after.",
                confirm_label="Delete",
                cancel_label="Keep it",
            ),
            answered,
        )

    def after_add_taken_back(self, added: Added, *, taken: bool) -> None:
        """The cursor on the item that took its place, or on it when it stayed."""
        self._after_change(self._neighbour_of(added.row_id) if taken else added.row_id)

    def _neighbour_of(self, skill_id: int) -> int | None:
        """The item the cursor should land on once this one is gone."""
        if self._view == BOARD:
            shown = [r for r in self._shown_rows() if r.status is self._status]
        else:
            shown = list_order(self._shown_rows())
        return neighbour_after_delete(shown, skill_id)

    def action_undo(self) -> None:
        entry = self.undo_entry()
        if entry is None or self.took_back_add():  # an add: kit/undo.py
            return
        notes_of_the_undone_go(self.app)
        self.forget_undo(entry)
        deleted = cast("DeletedRows", entry)
        try:
            back = skill_service.restore_skill(self.bb_app.db, deleted)
        except BouncebackError as exc:
            self.report(exc, title="Could not undo")
            self.reread()
            return
        self._after_change(int(deleted.row_id))
        title = deleted_words(deleted, "title")
        say_brought_back(self, back, toast_with("“$title” is back.", title=title))
