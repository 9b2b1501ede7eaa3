"""Reframe on screen: which of its three views shows (the history, the exercise, a
record's summary), the history read and filtered, the header; which keys apply.

The base of ``ReframePane`` (ui/reframe/pane.py); what the keys do lives beside it:
exercise_keys (the guided exercise and the summary card), history_keys (the list of
records: open, filter, practise, delete and undo).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Literal

from textual.content import Content
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Static

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.wording import noun_for, plural
from bounceback_tui.reframe import TRAPS_BY_KEY, trap_name
from bounceback_tui.reframe.record import RecordDraft
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services.added import Added
from bounceback_tui.services.reframe import HistoryRow
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.key_text import esc_of
from bounceback_tui.ui.kit.list_filter import FilteredListPane
from bounceback_tui.ui.kit.text import markup_with, plain, ticked_in_plan
from bounceback_tui.ui.reframe.exercise import ReframeExercise
from bounceback_tui.ui.reframe.history import HistoryList, ReframeHistory
from bounceback_tui.ui.reframe.summary import ReframeSummary

PREPARE_DELAY = 0.3  # seconds after the pane is mounted: build the exercise in the background

Mode = Literal["history", "exercise", "summary"]

_HISTORY_ACTIONS = {"new", "open", "trap_filter", "filter", "practice", "delete"}


class ReframeShowing(FilteredListPane, AppPane):
    """The views, the history's rows and the header; the actions are in the keys' modules."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode: Mode = "history"
        self.trap_filter = ""  # a trap's key: only the records that name it
        # Every record, newest first, and those the filters let through (in that order).
        self._model: ListModel[HistoryRow, int] = ListModel(
            lambda row: row.id, _searchable, names_of=_names
        )
        self._stale = True
        self._summary_draft: RecordDraft | None = None
        self._summary_rejection = ""
        self._exercise_built: asyncio.Event | None = None  # set once the exercise is composed
        # Records begun in this window, not yet closed: the last save's receipt with every
        # tick their saves made; closing one makes it what `u` takes back (exercise_keys.py).
        self._begun: dict[int, Added] = {}

    @property
    def history(self) -> ReframeHistory:
        return self.query_one("#rf-history-view", ReframeHistory)

    @property
    def exercise(self) -> ReframeExercise:
        return self.query_one("#rf-exercise", ReframeExercise)

    @property
    def table(self) -> HistoryList:
        return self.history.table

    @property
    def filter_bar(self) -> FilterBar:
        return self.history.filter_bar

    @property
    def text_filter(self) -> str:
        """The words typed in the filter."""
        return self._model.text

    @property
    def _rows(self) -> list[HistoryRow]:
        return self._model.items

    # --- showing --------------------------------------------------------------------------

    def on_mount(self) -> None:
        # Build the exercise once the list is on screen, so neither the first look at the
        # pane nor the first `a` waits for it. The trap cues are compiled and the trap model
        # read when there is a first thought (ui/reframe/draft_saving.py), not here: a visit
        # that writes nothing does not keep them (docs/performance.md, "Memory, mem4's round").
        self.set_timer(PREPARE_DELAY, self._prepare_exercise)

    async def _prepare_exercise(self) -> None:
        await self._mount_exercise()

    async def _mount_exercise(self) -> None:
        """Build the exercise once; a caller arriving while it is being built waits for it.

        The background build (``_prepare_exercise``) and a key (``a``, ``e``, Enter on a draft)
        can both ask for it: the exercise is in the DOM before its steps are composed, so being
        found is not the same as being ready.
        """
        if self._exercise_built is None:
            self._exercise_built = asyncio.Event()
            exercise = ReframeExercise(
                save=self._save_draft, load=self._load_record, id="rf-exercise"
            )
            exercise.display = False  # the switcher shows it when its turn comes
            await self.query_one("#rf-views").mount(exercise)
            self._exercise_built.set()
        await self._exercise_built.wait()

    def _save_draft(self, draft: RecordDraft) -> RecordDraft:
        from bounceback_tui.services.reframe import save_record

        new = draft.id is None
        saved = save_record(self.bb_app.db, draft)
        if (made := saved.receipt) is not None and (new or made.row_id in self._begun):
            before = self._begun.get(made.row_id)
            ticked = (before.ticked if before is not None else ()) + made.ticked
            self._begun[made.row_id] = replace(made, ticked=ticked)
        if saved.ticked:  # a record about a no, finished: its plan's step is done too
            self.notify(ticked_in_plan("Finished", saved.ticked))
        return saved.draft

    def _load_record(self, record_id: int) -> RecordDraft:
        from bounceback_tui.services.reframe import load_record

        return load_record(self.bb_app.db, record_id)

    def on_pane_shown(self) -> None:
        if self.mode == "history":
            self.refresh_on_show()
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
        self._model.replace(reframe_service.history(db))
        self._seen = stamp
        self._stale = False
        self.history.show_figure(reframe_service.history_figures(db))
        self._render_rows()
        self._show_mode()

    def _apply_filter_text(self, text: str) -> bool:
        """The words typed (the kit's filter keys call this), with the trap kept; False when
        that shows the same records as before."""
        trap = self.trap_filter
        return self._model.set_filter(
            text,
            (lambda row: trap in row.traps) if trap else None,
            condition_key=trap or None,
        )

    def _clear_query(self) -> None:
        """Escape clears both filters, the words and the trap."""
        self.trap_filter = ""
        super()._clear_query()

    def _focus_list(self) -> None:
        self.focus_target_shown().focus()

    def _filtered_rows(self) -> list[HistoryRow]:
        self._apply_filter_text(self.text_filter)
        return list(self._model.visible)

    def _draw(self) -> None:
        self._render_rows()
        if not self._rows:
            self._show_mode()  # the filter box closed on no records: the empty state again
        self.refresh_bindings()

    def _show_filter_room(self) -> None:
        if not self._rows:
            self._show_mode()  # the filter box is in the history: show it, empty

    def _draw_filter_state(self) -> None:
        """The words changed but not the records shown: the status line still quotes them."""
        self._show_filter_status(len(self._model.visible))
        self.refresh_bindings()

    def _render_rows(self) -> None:
        rows = self._filtered_rows()
        self.history.show_rows(rows)
        self._show_filter_status(len(rows))
        self._update_header()

    def _show_filter_status(self, shown: int) -> None:
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
                    shown=f"{shown:,}",
                    total=f"{len(self._rows):,}",
                )
                + Content(" · ").join(parts)
                + markup_with("  [dim](Esc clears)[/dim]")
            )

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
                day = day_month(draft.created_at.date(), clock.today(), long=True)
                text += plain(f" from {day}")
            if draft.rejection_id is not None:
                text += plain(" · linked to a rejection")
            header.update(text)
        else:
            shown = self._summary_draft
            when = shown.created_at.strftime(" · %-d %B %Y") if shown and shown.created_at else ""
            header.update(markup_with("[b]Thought record[/b]$when", when=when))

    def _show_mode(self) -> None:
        views = self.query_one("#rf-views", ContentSwitcher)
        empty = self.mode == "history" and not self._rows and not self.filter_bar.is_open
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
            self.reread()
        self._show_mode()
        self.focus_target_shown().focus()

    # --- which keys apply -----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _HISTORY_ACTIONS:
            if self.mode != "history":
                return False
            if action in ("open", "delete"):
                return bool(self._rows) and self.table.row_count > 0
            if action == "trap_filter":
                return bool(self._rows)
            return True
        if action == "undo":
            return self.mode == "history" and self.has_undo
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
                self.trap_filter or self.text_filter or self.history.filter_bar.is_open
            )
        return True

    def refused_key_note(self, action: str, parameters: tuple[object, ...]) -> str | Content | None:
        """A record's key with no record to act on, or `o` on a summary with no plan, says
        why (kit/refused_keys.py); each did nothing without a word (a newcomer's walk)."""
        if self.mode == "history" and action in ("open", "delete", "trap_filter"):
            if not self._rows:
                new = self.bb_app.key_label("reframe.new", "a")
                return plain(f"No thought records yet: {new} starts one.")
            clear = esc_of(self.app, "reframe.clear_filter")
            return plain(f"Nothing matches the filter: {clear} clears it.")
        if self.mode == "summary" and action == "open_plan":
            return "This record is not linked to a rejection, so it has no plan to open."
        if action in ("next_step", "previous_step"):  # silent on the list and the summary
            return self._step_key_note(action)
        return super().refused_key_note(action, parameters)

    def _step_key_note(self, action: str) -> Content | None:
        """`ctrl+n` / `ctrl+b` away from a record's steps: where they work."""
        label = self.bb_app.key_label
        back = label("reframe.previous", "ctrl+b")
        if self.mode == "summary" and action == "next_step":
            return markup_with(
                "This is the record's summary: $back goes back to its last step.", back=back
            )
        if self.mode != "history":
            return None
        return markup_with(
            "$next and $back move through a record's steps: $open opens one, $new starts one.",
            next=label("reframe.next", "ctrl+n"),
            back=back,
            open=label("reframe.open", "e"),
            new=label("reframe.new", "a"),
        )


def _names(row: HistoryRow) -> str:
    """A record's thought and company, found by their initials whatever their case ("nwhm"
    for "Nobody will hire me"), as an application's names are."""
    return f"{row.thought}, {row.company}"


def _searchable(row: HistoryRow) -> str:
    traps = " ".join(TRAPS_BY_KEY[k].name for k in row.traps if k in TRAPS_BY_KEY)
    return f"{row.thought} {traps} {row.company}"
