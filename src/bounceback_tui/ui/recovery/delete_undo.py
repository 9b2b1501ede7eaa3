"""Deleting a step or a rejection with its plan (`d`, asks first) and taking it back (`u`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import BouncebackError, ConflictError, StoreError
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with, plain, step_toast, toast_with

if TYPE_CHECKING:
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.store_access import DeletedRows

from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go
from bounceback_tui.ui.kit.undo import deleted_words, say_brought_back
from bounceback_tui.ui.recovery.listing import RecoveryListing

_WHOLE = 10_000  # a step's title whole, on one line: step_toast cuts it to its cells


class DeleteAndUndo(RecoveryListing):
    """`d` and `u`: the base pane's undo slot holds what `u` restores."""

    def action_delete(self) -> None:
        self._flush_plan()
        plan = self._plan
        if plan is None:
            return
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        step = self.step_list.highlighted_step
        if self.screen.focused is self.step_list and step is not None:
            step_id = step.id

            step_version = step.version

            def remove_step(yes: bool | None) -> None:
                if yes:
                    self._delete(
                        lambda: step_service.delete_step(
                            self.bb_app.db, step_id, expected_version=step_version
                        ),
                        near=self.step_list.neighbour_of(step_id),
                    )

            self.app.push_screen(
                ConfirmScreen(
                    markup_with("Remove “$title” from this plan?", title=step.title),
                    markup_with(
                        "What you wrote on it goes too. Press [b]$undo[/b] straight after to "
                        "undo. Other plans and the template keep their steps.",
                        undo=key_of(self.app, "recovery.undo", "u"),
                    ),
                    confirm_label="Remove",
                    cancel_label="Keep it",
                ),
                remove_step,
            )
            return
        rejection = plan.rejection
        rejection_id = rejection.id
        bound = self.bb_app.key_label  # the Pipeline's keys a refusal names, as bound
        blocked = recovery_service.delete_blocked(self.bb_app.db, rejection_id, bound)
        if blocked is not None:
            self.notify(plain(blocked), severity="warning", title=NOTHING_CHANGED)
            return
        pipeline = " The application stays in the Pipeline." if rejection.application_id else ""

        fresh = recovery_service.get_rejection(self.bb_app.db, rejection_id)
        rejection_version = fresh.version if fresh is not None else rejection.version

        def remove_rejection(yes: bool | None) -> None:
            if yes:
                self._delete(
                    lambda: recovery_service.delete_rejection(
                        self.bb_app.db,
                        rejection_id,
                        expected_version=rejection_version,
                        key_of=bound,
                    )
                )

        self.app.push_screen(
            ConfirmScreen(
                markup_with(
                    "Delete the rejection from $company and its plan?",
                    company=app_name(rejection.company, rejection.role),
                ),
                markup_with(
                    "Its $steps and everything written on them go too.$pipeline "
                    "Press [b]$undo[/b] straight after to undo.",
                    steps=plural(len(plan.steps), "step"),  # skipped ones too
                    pipeline=pipeline,
                    undo=key_of(self.app, "recovery.undo", "u"),
                ),
                confirm_label="Delete",
                cancel_label="Keep it",
            ),
            remove_rejection,
        )

    def _delete(self, do_delete: Callable[[], DeletedRows], near: int | None = None) -> None:
        """``near``: the step the cursor goes to once a step is removed, the row after it (or
        before it, when it was the last): it jumped up to the plan's first open step."""
        plan = self._plan
        assert plan is not None
        try:
            deleted = do_delete()
        except ConflictError as exc:
            self.report(exc)
            self._refresh_after_conflict()
            return
        except BouncebackError as exc:
            self.report(exc)
            self.reread()
            return
        self.remember_undo((deleted, plan.rejection.id))
        if deleted.table == "rejection":
            self._plan = None
            self.reread()
            key = self.bb_app.key_label("recovery.undo", "u")
            self.notify(
                toast_with("Deleted. Press [b]$key[/b] to undo.", key=key),
                title="Rejection deleted",
            )
        else:
            self.reread()
            if near is not None:
                self.step_list.select_step(near)
            # Named as other panes name what went ("Step removed / Removed." named nothing).
            removed = deleted_words(deleted, "title", most=_WHOLE)
            key = self.bb_app.key_label("recovery.undo", "u")
            self.notify(step_toast("Removed “$step”. Press [b]$key[/b] to undo.", removed, key=key))
        self.sync_keys()

    def action_undo(self) -> None:
        self._flush_plan()
        entry = self.undo_entry()
        if entry is None or self.took_back_add():  # an add: kit/undo.py
            return
        notes_of_the_undone_go(self.app)
        deleted, rejection_id = cast("tuple[DeletedRows, int]", entry)
        try:
            back = step_service.restore_deleted(self.bb_app.db, deleted)
        except StoreError as exc:  # busy or read-only for now: `u` may work later
            self.report(exc, title="Could not undo")
            return
        except BouncebackError as exc:  # it cannot come back: `u` would only say so again
            self.forget_undo(entry)
            self.report(exc, title="Could not undo")
            self.reread()
            return
        self.forget_undo(entry)
        self.reread()
        self.select_item(rejection_id)
        if deleted.table == "recovery_step":
            self.step_list.select_step(int(deleted.row_id))
            self.step_list.focus()
        if deleted.table == "rejection":
            named = app_name(deleted_words(deleted, "company"), deleted_words(deleted, "role"))
            words = toast_with("The no from $company is back.", company=named)
        else:
            # Cut once, by step_toast: cut to 60 cells and then to 32, it said "“Which of the
            # posting's …" and "asks did…” is back." (a tester's walk).
            title = deleted_words(deleted, "title", most=_WHOLE)
            words = step_toast("The step “$step” is back.", title)
        say_brought_back(self, back, words)
        self.sync_keys()

    def after_add_taken_back(self, added: Added, *, taken: bool) -> None:
        """A step: its plan shown, the cursor on the step beside it (on it, if it stayed).
        A no: the list without it, the cursor on the plan that took its place. A message
        marked sent from the plan (`m`): the plan read again, the cursor where it was."""
        if added.table == "interaction":
            step = self.step_list.highlighted_step
            self.reread()
            if step is not None:
                self.step_list.select_step(step.id)
        elif added.table == "recovery_step" and added.parent is not None:
            near = self.step_list.neighbour_of(added.row_id) if taken else added.row_id
            self.reread()
            if self.select_item(added.parent):
                if near is None or not self.step_list.select_step(near):
                    self.step_list.highlight_first_step()
                self.step_list.focus()
            else:
                self.focus_target().focus()
        else:
            if taken:
                self._plan = None
            self.reread()
            if not taken:
                self.select_item(added.row_id)
            self.focus_target().focus()
        self.sync_keys()
