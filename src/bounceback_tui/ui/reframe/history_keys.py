"""The history of thought records: new (`a`), open (`e`, Enter), filter by text (`/`) or
by trap (`t`), practise (`p`), delete (`d`) and undo (`u`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.widgets import DataTable, Input

from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.ui.kit.text import markup_with, plain

if TYPE_CHECKING:
    pass

from bounceback_tui.ui.reframe.exercise_keys import ExerciseKeys


class HistoryKeys(ExerciseKeys):
    """What the keys do on the history (a new record starts the exercise)."""

    def action_new(self) -> None:
        self.start_exercise(None)

    def action_open(self) -> None:
        key = self.table.selected_key
        if key is not None:
            self.select_item(int(key))

    @on(DataTable.RowSelected, "#rf-table")
    def _on_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.select_item(int(event.row_key.value))

    @work(exclusive=True, group="reframe-trap-filter")
    async def action_trap_filter(self) -> None:
        from bounceback_tui.ui.reframe.trap_filter import TrapFilterScreen

        counts = reframe_service.trap_counts(self.bb_app.db)
        chosen = await self.app.push_screen_wait(TrapFilterScreen(counts, self.trap_filter))
        if chosen is None:
            return
        self.trap_filter = chosen
        self._render_rows()
        self.refresh_bindings()
        self.table.focus()

    def action_filter(self) -> None:
        box = self.query_one("#rf-filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#rf-filter")
    def _on_filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.text_filter = event.value
        self._render_rows()
        self.refresh_bindings()

    @on(Input.Submitted, "#rf-filter")
    def _on_filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.table.focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#rf-filter", Input)
        self.trap_filter = ""
        self.text_filter = ""
        with box.prevent(Input.Changed):
            box.value = ""
        box.display = False
        self._render_rows()
        self.refresh_bindings()
        self.focus_target_shown().focus()

    def action_practice(self) -> None:
        from bounceback_tui.ui.reframe.practice import PracticeScreen

        self.app.push_screen(PracticeScreen())

    @work(exclusive=True, group="reframe-delete")
    async def action_delete(self) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        key = self.table.selected_key
        row = next((r for r in self._rows if str(r.id) == key), None)
        if row is None:
            return
        excerpt = " ".join(row.thought.split())[:120] or "(no thought yet)"
        confirmed = await self.app.push_screen_wait(
            ConfirmScreen(
                "Delete this thought record?",
                markup_with(
                    "“$excerpt”\nIts feelings and traps go with it. u brings it back.",
                    excerpt=excerpt,
                ),
                confirm_label="Delete",
            )
        )
        if not confirmed:
            return
        try:
            self._deleted = reframe_service.delete_record(
                self.bb_app.db, row.id, expected_version=row.version
            )
        except ConflictError as exc:
            # Changed or deleted in another window: say so, show the list as it is now.
            self.notify(markup_with("Nothing changed: $error", error=exc), severity="warning")
            self.reload()
            return
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error")
            return
        self.reload()
        self.focus_target_shown().focus()
        self.notify("Deleted. Press u to undo.")

    def action_undo(self) -> None:
        if self._deleted is None:
            return
        deleted, self._deleted = self._deleted, None
        try:
            reframe_service.restore_record(self.bb_app.db, deleted)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error")
            return
        self.reload()
        self.history.reveal(str(deleted.row_id))
        self.focus_target_shown().focus()
        self.notify("Brought back.")
