"""Reframe: a guided thought record for the thoughts that do the most damage.

Three views in one pane: the history (list, filters and a small figure), the guided
exercise, and a record's summary card. Practice ("spot the trap") is a modal screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import ContentSwitcher, DataTable, Input, Static

from bounceback_tui.domain.fuzzy import FuzzyIndex
from bounceback_tui.domain.wording import noun_for, plural
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.reframe import TRAPS_BY_KEY, trap_name
from bounceback_tui.reframe.record import STEP_COUNT, RecordDraft
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services.reframe import HistoryRow
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.reframe.exercise import ReframeExercise
from bounceback_tui.ui.reframe.history import ReframeHistory
from bounceback_tui.ui.reframe.summary import ReframeSummary

if TYPE_CHECKING:
    from bounceback_tui.services.store_access import DeletedRows

Mode = Literal["history", "exercise", "summary"]

_HISTORY_ACTIONS = {"new", "open", "trap_filter", "filter", "practice", "delete"}


class ReframePane(AppPane):
    PANE_ID = "reframe"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "new", "New", id="reframe.new"),
        Binding("e", "open", "Open", id="reframe.open"),
        Binding("t", "trap_filter", "Trap", id="reframe.trap_filter"),
        Binding("slash", "filter", "Filter", id="reframe.filter"),
        Binding("p", "practice", "Practice", id="reframe.practice"),
        Binding("d", "delete", "Delete", id="reframe.delete"),
        Binding("u", "undo", "Undo", id="reframe.undo"),
        Binding("ctrl+n", "next_step", "Next step", id="reframe.next"),
        Binding("ctrl+b", "previous_step", "Back", id="reframe.previous"),
        Binding("e", "edit", "Edit", id="reframe.edit"),
        Binding("o", "open_plan", "Its plan", id="reframe.plan"),
        Binding("k", "keep_card", "Keep card", id="reframe.keep_card"),
        Binding("escape", "close", "Close", id="reframe.close"),
        Binding("escape", "clear_filter", "Clear filter", id="reframe.clear_filter"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode: Mode = "history"
        self.trap_filter = ""
        self.text_filter = ""
        self._rows: list[HistoryRow] = []
        self._index: FuzzyIndex[HistoryRow] | None = None
        self._stale = True
        self._deleted: DeletedRows | None = None
        self._summary_draft: RecordDraft | None = None
        self._summary_rejection = ""

    def compose(self) -> ComposeResult:
        yield Static(id="reframe-header", classes="pane-header")
        with ContentSwitcher(initial="rf-history-view", id="rf-views"):
            yield ReframeHistory(id="rf-history-view")
            # The exercise (eight steps of widgets) is mounted the first time it is needed.
            yield ReframeSummary(id="rf-summary")
        yield EmptyState(
            "No thought records yet",
            'After a rejection, thoughts like "I\'ll never get hired" can hurt more than the '
            "no itself. A thought record walks you through one of them, step by step, to a "
            "view you can believe.",
            "Press [b]{reframe.new|a}[/b] to start one, or [b]{reframe.practice|p}[/b] to practise "
            "spotting thinking traps.",
            id="reframe-empty",
        )

    @property
    def history(self) -> ReframeHistory:
        return self.query_one("#rf-history-view", ReframeHistory)

    @property
    def exercise(self) -> ReframeExercise:
        return self.query_one("#rf-exercise", ReframeExercise)

    @property
    def table(self) -> ListTable:
        return self.query_one("#rf-table", ListTable)

    # --- showing --------------------------------------------------------------------------

    def on_mount(self) -> None:
        # Build the exercise once the list is on screen, so neither the first look at the
        # pane nor the first `a` waits for it; then compile the trap cues off the UI thread.
        self.set_timer(0.3, self._prepare_exercise)

    async def _prepare_exercise(self) -> None:
        from bounceback_tui.reframe import warm_up

        await self._mount_exercise()
        self.run_worker(warm_up, thread=True, group="reframe-warm-up", exit_on_error=False)

    async def _mount_exercise(self) -> None:
        if not self.query("#rf-exercise"):
            exercise = ReframeExercise(
                save=self._save_draft, load=self._load_record, id="rf-exercise"
            )
            exercise.display = False  # the switcher shows it when its turn comes
            await self.query_one("#rf-views").mount(exercise)

    def _save_draft(self, draft: RecordDraft) -> RecordDraft:
        from bounceback_tui.services.reframe import save_draft

        return save_draft(self.bb_app.db, draft)

    def _load_record(self, record_id: int) -> RecordDraft:
        from bounceback_tui.services.reframe import load_record

        return load_record(self.bb_app.db, record_id)

    def on_pane_shown(self) -> None:
        if self.mode == "history":
            self.refresh_if_stale()
        self.focus_target_shown().focus()

    def focus_target(self) -> Widget:
        if self.mode == "exercise":
            view = self.exercise.view()
            fields = view.fields()
            return fields[0] if fields else view
        if self.mode == "summary":
            return self.query_one("#rf-summary", ReframeSummary)
        if self._rows:
            return self.table
        return self

    def reload(self) -> None:
        """Re-read the history and its figure (the exercise and summary keep their state)."""
        if self.mode != "history":
            self._stale = True  # re-read when the list is shown again
            return
        db = self.bb_app.db
        stamp = self.bb_app.data_stamp()  # taken first: what is read is at least this new
        self._rows = reframe_service.history(db)
        self._seen = stamp
        self._index = None
        self._stale = False
        self.history.show_figure(reframe_service.history_figures(db))
        self._render_rows()
        self._show_mode()

    def _filtered_rows(self) -> list[HistoryRow]:
        rows = self._rows
        if self.trap_filter:
            rows = [row for row in rows if self.trap_filter in row.traps]
        if self.text_filter.strip():
            if self._index is None:
                self._index = FuzzyIndex(self._rows, _searchable)
            allowed = {row.id for row, _ in self._index.search(self.text_filter)}
            rows = [row for row in rows if row.id in allowed]
        return rows

    def _render_rows(self) -> None:
        rows = self._filtered_rows()
        self.history.show_rows(rows, self.content_region.width or self.app.size.width - 2)
        status = self.query_one("#rf-filter-status", Static)
        parts: list[Content] = []
        if self.trap_filter:
            parts.append(markup_with("trap: [b]$trap[/b]", trap=trap_name(self.trap_filter)))
        if self.text_filter.strip():
            parts.append(markup_with("text: [b]$text[/b]", text=self.text_filter.strip()))
        status.display = bool(parts)
        if parts:
            status.update(
                markup_with(
                    "Showing $shown of $total · ",
                    shown=f"{len(rows):,}",
                    total=f"{len(self._rows):,}",
                )
                + Content(" · ").join(parts)
                + markup_with("  [dim](Esc clears)[/dim]")
            )
        self._update_header()

    def _update_header(self) -> None:
        header = self.query_one("#reframe-header", Static)
        header.display = self.mode != "history" or bool(self._rows)
        if self.mode == "history":
            count = len(self._rows)
            drafts = sum(not row.complete for row in self._rows)
            text = markup_with(
                "[b]$count[/b] $noun", count=f"{count:,}", noun=noun_for(count, "thought record")
            )
            if drafts:
                text += plain(f" · {plural(drafts, 'draft')} to finish")
            header.update(text)
        elif self.mode == "exercise":
            draft = self.exercise.draft
            text = markup_with(
                "[b]New thought record[/b]" if draft.id is None else "[b]Thought record[/b]"
            )
            if draft.created_at is not None:
                text += plain(f" from {draft.created_at.strftime('%-d %B')}")
            if draft.rejection_id is not None:
                text += plain(" · linked to a rejection")
            header.update(text)
        else:
            shown = self._summary_draft
            when = shown.created_at.strftime(" · %-d %B %Y") if shown and shown.created_at else ""
            header.update(markup_with("[b]Thought record[/b]$when", when=when))

    def _show_mode(self) -> None:
        views = self.query_one("#rf-views", ContentSwitcher)
        empty = self.mode == "history" and not self._rows
        self.query_one("#reframe-empty").display = empty
        views.display = not empty
        views.current = {
            "history": "rf-history-view",
            "exercise": "rf-exercise",
            "summary": "rf-summary",
        }[self.mode]
        self._update_header()
        self.refresh_bindings()

    async def _set_mode(self, mode: Mode) -> None:
        self.mode = mode
        if mode == "history" and self._stale:
            self.reload()
        self._show_mode()
        self.focus_target_shown().focus()

    def on_resize(self, event: Resize) -> None:
        # The Thought column takes whatever width is left.
        if self.mode == "history" and self._rows:
            self.call_after_refresh(self._render_rows)

    # --- the exercise ---------------------------------------------------------------------

    def start_exercise(self, rejection_id: int | None = None) -> None:
        """Begin a new thought record, linked to a rejection (situation prefilled) if given."""
        if self.mode == "exercise" and not self.exercise.leave():
            return
        try:
            draft = reframe_service.new_draft(self.bb_app.db, rejection_id)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="warning")
            return
        self.call_later(self._begin, draft, None)

    async def _begin(self, draft: RecordDraft, step: int | None) -> None:
        await self._mount_exercise()
        self.mode = "exercise"
        self._show_mode()
        await self.exercise.begin(draft, step)
        self._update_header()

    def select_item(self, item_id: int) -> bool:
        """Open a record: a draft resumes where it was left, a finished one shows its card."""
        try:
            draft = reframe_service.load_record(self.bb_app.db, item_id)
        except BouncebackError:
            return False
        if self.mode == "exercise":
            if self.exercise.draft.id == item_id:
                return True
            if not self.exercise.leave():
                return True
        self.history.reveal(str(item_id))
        if draft.complete:
            self.call_later(self._show_summary, draft, False)
        else:
            self.call_later(self._begin, draft, None)
        return True

    async def _show_summary(self, draft: RecordDraft, just_finished: bool) -> None:
        self._summary_draft = draft
        rejection = ""
        if draft.rejection_id is not None:
            rejection = reframe_service.rejection_label(self.bb_app.db, draft.rejection_id)
        self._summary_rejection = rejection
        self.query_one("#rf-summary", ReframeSummary).show(
            draft, rejection=rejection, just_finished=just_finished
        )
        await self._set_mode("summary")

    @on(ReframeExercise.Saved)
    def _on_saved(self, event: ReframeExercise.Saved) -> None:
        self._stale = True
        self._update_header()

    @on(ReframeExercise.Discarded)
    async def _on_discarded(self, event: ReframeExercise.Discarded) -> None:
        # The record went in another window and the person let theirs go: the list as
        # it is now, without it.
        self._stale = True
        await self._set_mode("history")

    @on(ReframeExercise.Finished)
    async def _on_finished(self, event: ReframeExercise.Finished) -> None:
        self._stale = True
        await self._show_summary(event.draft, True)

    async def action_next_step(self) -> None:
        await self.exercise.next_step()

    async def action_previous_step(self) -> None:
        if self.mode == "summary" and self._summary_draft is not None:
            await self._begin(self._summary_draft, STEP_COUNT - 1)
            return
        await self.exercise.previous_step()

    async def action_close(self) -> None:
        shown = self._summary_draft
        if self.mode == "exercise":
            shown = self.exercise.draft
            if not self.exercise.leave():
                return
            if shown.id is not None and not shown.complete:
                self.notify("Kept as a draft: open it from the list to carry on.")
        await self._set_mode("history")
        if shown is not None and shown.id is not None:
            self.history.reveal(str(shown.id))

    async def action_edit(self) -> None:
        if self._summary_draft is not None:
            await self._begin(self._summary_draft, 0)

    async def action_open_plan(self) -> None:
        if self._summary_draft is not None and self._summary_draft.rejection_id is not None:
            await self.bb_app.go_to("recovery", self._summary_draft.rejection_id)

    def action_keep_card(self) -> None:
        """Keep the balanced thought as a coping card (Today shows one on a hard day)."""
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.care import keep_as_card

        draft = self._summary_draft
        if draft is None or draft.id is None:
            return
        try:
            keep_as_card(self.bb_app.db, draft.id)
        except BouncebackError as exc:
            self.notify(plain(str(exc)), severity="warning")
            return
        self.notify(
            "Kept as a card. On a hard day, Today shows one of your cards.",
            title="Coping card",
        )

    # --- the history ----------------------------------------------------------------------

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

    # --- which keys apply -----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _HISTORY_ACTIONS:
            if self.mode != "history":
                return False
            if action in ("open", "delete"):
                return bool(self._rows) and self.table.row_count > 0
            if action in ("trap_filter", "filter"):
                return bool(self._rows)
            return True
        if action == "undo":
            return self.mode == "history" and self._deleted is not None
        if action == "next_step":
            return self.mode == "exercise"
        if action == "previous_step":
            return self.mode in ("exercise", "summary")
        if action == "edit":
            return self.mode == "summary"
        if action == "open_plan":
            return (
                self.mode == "summary"
                and self._summary_draft is not None
                and self._summary_draft.rejection_id is not None
            )
        if action == "keep_card":
            draft = self._summary_draft
            return (
                self.mode == "summary"
                and draft is not None
                and draft.complete
                and bool(draft.balanced_thought.strip())
            )
        if action == "close":
            return self.mode in ("exercise", "summary")
        if action == "clear_filter":
            return self.mode == "history" and bool(
                self.trap_filter or self.text_filter or self.query_one("#rf-filter").display
            )
        return True


def _searchable(row: HistoryRow) -> str:
    traps = " ".join(TRAPS_BY_KEY[k].name for k in row.traps if k in TRAPS_BY_KEY)
    return f"{row.thought} {traps} {row.company}"
