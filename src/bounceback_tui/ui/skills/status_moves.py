"""An item's status (`space`, `[`, `]`: to do, doing, done), `u` after it, and its place in
the order (`K`, `J`).

`u` takes the last status move back, as it takes back an add or a delete: the item's status
and its days as they were, while it is still as the move left it (services/skill_moves).

An item moved out of Done and back (a `[` by mistake, then `]`) keeps the day it was
finished, rather than being finished again today: its finish time is kept here, for this
run of the app, when it leaves Done."""

from __future__ import annotations

from datetime import datetime
from typing import Any

# Before services.skills, as in listing.py (the ORM imports in a worker thread).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui.domain.skill_order import neighbour_in_order
from bounceback_tui.domain.skills import (
    SkillStatus,
    doing_limit_message,
)
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import skill_moves
from bounceback_tui.ui.kit.key_text import esc_of
from bounceback_tui.ui.kit.refused_keys import say_note
from bounceback_tui.ui.kit.text import plain, toast_with
from bounceback_tui.ui.kit.toast_room import notes_titled_go, standing
from bounceback_tui.ui.skills.listing import BOARD, SkillsListing

# Says how things stand: it goes when a dialog opens, and when the next move changes the count.
OVER_LIMIT = standing("More than your limit in progress")


class StatusMoves(SkillsListing):
    """Moves the item under the cursor between statuses and up or down the order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Items moved out of Done in this run: when they were finished (see the module).
        self._finished_before: dict[int, datetime] = {}

    def action_advance(self) -> None:
        self._move_status(1)

    def action_move_status(self, step: int) -> None:
        self._move_status(step)

    def _move_status(self, step: int) -> None:
        row = self.selected
        if row is None:
            return
        try:
            change = skill_moves.step_status(
                self.bb_app.db,
                row.id,
                step,
                expected_version=row.version,
                finished_at=self._finished_before.get(row.id),
            )
        except ConflictError as exc:
            self._stale(exc)
            return
        except BouncebackError as exc:
            self.report(exc)
            self._after_change(None)
            return
        if change is None:
            return
        if change.receipt is not None and change.changed:
            self.remember_undo(change.receipt)
        if change.finished_before is not None:
            self._finished_before[row.id] = change.finished_before
        elif change.new is SkillStatus.DONE:
            self._finished_before.pop(row.id, None)
        self._after_move(row.id)
        # The last count said ("4 skills are in progress now") is no longer the count.
        notes_titled_go(self.app, OVER_LIMIT)
        if change.over_limit:
            self.notify(
                plain(doing_limit_message(change.doing, change.doing_limit)),
                title=OVER_LIMIT,
                severity="warning",
            )
        elif change.new is SkillStatus.DONE:
            self.notify(
                toast_with("Well done: you finished \u201c$title\u201d.", title=row.title),
                title="Done",
            )

    def action_undo(self) -> None:
        entry = self.undo_entry()
        if not isinstance(entry, skill_moves.StatusReceipt):
            super().action_undo()  # type: ignore[misc]  # the delete's and the add's (delete_undo)
            return
        from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go

        notes_of_the_undone_go(self.app)
        from bounceback_tui.ui.kit.undo import undo_failed

        def refused(exc: BouncebackError) -> None:  # changed since: it stays, `u` lets go
            self.forget_undo(entry)
            self.report(exc, title="Could not undo")
            self._after_change(entry.skill_id)

        try:
            change = skill_moves.take_back_status(self.bb_app.db, entry)
        except BouncebackError as exc:
            undo_failed(self, exc, refused)
            return
        self.forget_undo(entry)
        if change.new is SkillStatus.DONE:
            self._finished_before.pop(entry.skill_id, None)
        self._after_move(entry.skill_id)
        notes_titled_go(self.app, OVER_LIMIT)
        self.notify(
            toast_with("“$title” is back in $status.", title=entry.title, status=change.new.label),
            title="Undone",
        )

    def action_move_priority(self, direction: int) -> None:
        row = self.selected
        if row is None:
            return
        if self._model.is_filtered:
            # Moving past items the filter hides would surprise; say so instead.
            clear = esc_of(self.app, "skills.clear_filter")
            self.notify(
                plain(f"Reordering works on the whole backlog: {clear} clears the filter first.")
            )
            return
        board = self._view == BOARD
        neighbour = neighbour_in_order(self._rows, row, direction, same_status=board)
        if neighbour is None:  # first or last, as the pane shows it: said, not silent
            where = row.status.label if board else "the order"
            end = "first" if direction < 0 else "last"
            say_note(self, plain(f"It is {end} in {where} already."))
            return
        try:
            moved = skill_moves.move_priority(
                self.bb_app.db,
                row.id,
                direction,
                same_status=self._view == BOARD,
                expected_version=row.version,
                # A swap moves both items: the one it swaps with must be as shown, too.
                neighbour=(neighbour.id, neighbour.version),
            )
        except ConflictError as exc:
            self._stale(exc)
            return
        except BouncebackError as exc:
            self.report(exc)
            return
        if moved is None:
            return
        if neighbour.priority == row.priority:
            # A tie the store broke by renumbering: more items than these two moved.
            self._after_change(row.id)
        else:
            self._after_move(row.id, moved)
