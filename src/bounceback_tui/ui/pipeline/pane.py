"""Pipeline: every application through its stages, as a table or a board, from the keyboard.

The pane holds the rows in memory (one query, see services/pipeline_rows) and
does sorting and filtering there, so a keystroke never waits for the store. Every
change goes through a service (one transaction) and then re-reads the rows.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import ContentSwitcher

from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.pipeline.add_edit import ApplicationForms
from bounceback_tui.ui.pipeline.delete_undo import DeleteAndUndo
from bounceback_tui.ui.pipeline.detail import PipelineDetail
from bounceback_tui.ui.pipeline.filter_index import FilterIndexing
from bounceback_tui.ui.pipeline.follow_up import FollowUps
from bounceback_tui.ui.pipeline.header import PipelineHeader
from bounceback_tui.ui.pipeline.interviews import PipelineInterviews
from bounceback_tui.ui.pipeline.listing import PipelineListing
from bounceback_tui.ui.pipeline.quiet_review import QuietReview
from bounceback_tui.ui.pipeline.sorting import Sorting
from bounceback_tui.ui.pipeline.stage_moves import StageMoves
from bounceback_tui.ui.pipeline.table import PipelineTable

_STAGE = Binding.Group("Stage")
_TYPE_IT_IN = " If you know the pay, you can type it into the form."
_DAY_IT_IN = " If you know the day it was posted, you can type it into Posted on."


class PipelinePane(
    ApplicationForms,
    StageMoves,
    FollowUps,
    DeleteAndUndo,
    PipelineInterviews,
    QuietReview,
    Sorting,
    FilterIndexing,
    PipelineListing,
):
    """The Pipeline pane: its keys and layout; each flow is a module of its own (see listing)."""

    PANE_ID = "pipeline"
    # The key bar's labels when it is short of room (ui/kit/key_bar.py).
    BAR_LABELS: ClassVar[dict[str, str]] = {
        "pipeline.clear_filter": "Filter",
        "pipeline.review_quiet": "Quiet",
        "pipeline.reject": "Reject",
        "pipeline.follow_up": "Follow",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add", id="pipeline.add"),
        Binding("e,enter", "edit", "Edit", id="pipeline.edit"),
        # Early, so the key bar keeps it when a narrow terminal has room for few keys.
        Binding("v", "switch_view", "View", id="pipeline.view"),
        Binding(
            "left_square_bracket", "move(-1)", "Stage back", id="pipeline.stage_back", group=_STAGE
        ),
        Binding(
            "right_square_bracket", "move(1)", "Stage on", id="pipeline.stage_next", group=_STAGE
        ),
        Binding("x", "reject", "Rejected", id="pipeline.reject"),
        Binding("f", "follow_up", "Follow-up", id="pipeline.follow_up"),
        # On the bar while some look ghosted (the header says "N quiet (r)" then).
        Binding("r", "review_quiet", "Review quiet ones", id="pipeline.review_quiet"),
        Binding("slash", "filter", "Filter", id="pipeline.filter"),
        Binding("escape", "clear_filter", "Clear filter", id="pipeline.clear_filter"),
        Binding("u", "undo", "Undo", id="pipeline.undo"),
        Binding("d", "delete", "Delete", show=False, id="pipeline.delete"),
        Binding("o", "open_link", "Open link", show=False, id="pipeline.open_link"),
        Binding("s", "sort", "Sort by next column", show=False, id="pipeline.sort"),
        Binding("S", "reverse_sort", "Reverse the sort", show=False, id="pipeline.sort_reverse"),
        Binding("t", "toggle_details", "Details", show=False, id="pipeline.details"),
        Binding("i", "import_posting", "Import a link", show=False, id="pipeline.import"),
        Binding("I", "schedule_interview", "Interview", show=False, id="pipeline.interview"),
        Binding("N", "edit_interview", "Edit interview", show=False, id="pipeline.edit_interview"),
        Binding("b", "boards", "Job boards", show=False, id="pipeline.boards"),
        Binding("w", "insights", "What's working", show=False, id="pipeline.insights"),
    ]

    # --- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield PipelineHeader(id="pipeline-header", classes="pane-header")
        yield FilterBar(
            "Filter: words, stage:interviewing, since:2026-01-01, is:quiet",
            id="pipeline-filter-bar",
            input_id="pipeline-filter",
            status=True,
            status_id="pipeline-filter-status",
            typed=self._filter_typed,  # the rows in the keystroke's own frame
        )
        yield EmptyState(
            "No applications yet",
            "The Pipeline follows each application from saved to offer, and every no along "
            "the way.",
            "Press [b]{pipeline.add|a}[/b] to add your first application.",
            id="pipeline-empty",
        )
        with Horizontal(id="pipeline-body"):
            with ContentSwitcher(initial="pipeline-table", id="pipeline-views"):
                yield PipelineTable(id="pipeline-table")
                # The board (nine columns, about 0.4 MiB) is mounted when `v` first shows it.
            yield PipelineDetail(id="pipeline-detail")

    # --- import, job boards -------------------------------------------------------------

    def action_import_posting(self) -> None:
        """Paste a posting's link: fetched in the background, then the add form, filled in.
        A draft left over is asked about first (ui/pipeline/import_or_draft.py): import a
        posting (the draft kept for `a`), carry on with the draft, or back to the list."""
        from bounceback_tui.ui.pipeline.add_draft import add_with_draft

        add_with_draft(self.app, self.bb_app.db, self._open_drafted, fresh=self._ask_posting)

    def _ask_posting(self) -> None:
        from bounceback_tui.ui.pipeline.import_posting import ImportedPosting, ImportPostingScreen

        def imported(result: ImportedPosting | None) -> None:
            if result is None:
                return
            if result.posting is None:
                # Filled in by hand around a link that could not be fetched: the link is the
                # person's own typing, so Escape asks before throwing it away (kit/form.py).
                link = {"link": result.values.get("link", "")}
                self.open_add_form({**result.values, "link": ""}, typed=link)
                return
            self.open_add_form(result.values)
            if result.posting is not None and result.posting.pay_left_out:
                # Said as `fetch-posting` says it: the form's pay was left empty without a
                # word (an absurd figure in the posting).
                from bounceback_tui.domain.salary import PAY_LEFT_OUT
                from bounceback_tui.ui.kit.text import plain

                self.notify(plain(PAY_LEFT_OUT + _TYPE_IT_IN), title="Pay left out", timeout=12)
            if result.posting is not None and result.posting.days_left_out:
                # Said as `fetch-posting` says it (domain/dates.posting_days, one rule).
                from bounceback_tui.domain.dates import posting_days_left_out
                from bounceback_tui.ui.kit.text import plain

                said = posting_days_left_out(result.posting.days_left_out)
                self.notify(plain(said + _DAY_IT_IN), title="Dates left out", timeout=12)
            if result.posting is not None:
                from bounceback_tui.services.posting_import import cut_to_fit
                from bounceback_tui.ui.kit.text import plain

                if cut := cut_to_fit(result.posting):
                    self.notify(plain(cut), title="Cut to fit", timeout=12)

        self.app.push_screen(ImportPostingScreen(), imported)

    def action_insights(self) -> None:
        self.bb_app.action_insights()

    def action_boards(self) -> None:
        """The companies' job boards the person follows: follow, unfollow, refresh."""
        from bounceback_tui.ui.pipeline.boards import BoardsScreen

        def closed(_added: int | None) -> None:
            # Always re-read: a refresh cancelled late may still have stored openings.
            self.reread()

        self.app.push_screen(BoardsScreen(self.bb_app.db), closed)
