"""Pipeline: every application through its stages, as a table or a board, from the keyboard.

The pane holds the rows in memory (one query, see services/pipeline_rows) and
does sorting and filtering there, so a keystroke never waits for the store. Every
change goes through a service (one transaction) and then re-reads the rows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.events import Resize
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Input

from bounceback_tui import clock
from bounceback_tui.domain.applications import (
    RejectionInput,
    closed_follow_up_message,
    validate_application,
    validate_rejection,
)
from bounceback_tui.domain.dates import DateParseError, parse_optional_date
from bounceback_tui.domain.pipeline_funnel import Funnel
from bounceback_tui.domain.pipeline_list import PipelineList
from bounceback_tui.domain.pipeline_query import PipelineQuery, parse_query
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.domain.stages import CLOSED_STAGES, PROGRESSION, Stage
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import BouncebackError, ConflictError, ValidationError
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import pipeline_undo
from bounceback_tui.services.applications import DeletedApplication, SaveResult
from bounceback_tui.services.pipeline_funnel import funnel_figures
from bounceback_tui.services.pipeline_moves import RejectionReceipt
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.services.pipeline_undo import UndoEntry, UndoStack
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.form import SaveGuard
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.kit.virtual_list import SAME, VirtualList
from bounceback_tui.ui.pipeline.board import BoardColumn, PipelineBoard
from bounceback_tui.ui.pipeline.detail import PipelineDetail
from bounceback_tui.ui.pipeline.header import PipelineHeader
from bounceback_tui.ui.pipeline.table import COLUMN_KEYS, COLUMNS, PipelineTable

# Which way a column sorts first: dates and scores newest/highest first, names A to Z.
_DESCENDING_FIRST = frozenset({"applied", "in_stage", "excitement", "salary"})
# Below this width the detail panel starts hidden (`t` shows it).
DETAILS_MIN_WIDTH = 110
# How long the cursor rests before the key bar shows which keys apply to the new row.
KEYS_SETTLE_SECONDS = 0.15
DETAIL_SETTLE_SECONDS = 0.05

_STAGE = Binding.Group("Stage")


class PipelinePane(AppPane):
    PANE_ID = "pipeline"
    # Actions whose availability depends on the selection or the pane's state.
    STATEFUL_ACTIONS = (
        "edit",
        "delete",
        "follow_up",
        "reject",
        ("move", (-1,)),
        ("move", (1,)),
        "open_link",
        "undo",
        "clear_filter",
        "review_quiet",
        "switch_view",
    )
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
        Binding("slash", "filter", "Filter", id="pipeline.filter"),
        Binding("escape", "clear_filter", "Clear filter", id="pipeline.clear_filter"),
        Binding("u", "undo", "Undo", id="pipeline.undo"),
        Binding("r", "review_quiet", "Review quiet ones", show=False, id="pipeline.review_quiet"),
        Binding("d", "delete", "Delete", show=False, id="pipeline.delete"),
        Binding("o", "open_link", "Open link", show=False, id="pipeline.open_link"),
        Binding("s", "sort", "Sort by next column", show=False, id="pipeline.sort"),
        Binding("S", "reverse_sort", "Reverse the sort", show=False, id="pipeline.sort_reverse"),
        Binding("t", "toggle_details", "Details", show=False, id="pipeline.details"),
        Binding("i", "import_posting", "Import a link", show=False, id="pipeline.import"),
        Binding("b", "boards", "Job boards", show=False, id="pipeline.boards"),
        Binding("w", "insights", "What's working", show=False, id="pipeline.insights"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._list = PipelineList()
        self._ghost_days = 21
        self._funnel = Funnel()
        self._view = "table"
        self._undo = UndoStack()
        self._details_choice: bool | None = None
        self._detail_id: int | None = None
        self._review: list[int] = []
        self._reviewed: list[int] = []
        self._detail_timer: Timer | None = None

    # --- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield PipelineHeader(id="pipeline-header", classes="pane-header")
        yield FilterBar(
            "Filter: words, stage:interviewing, since:2026-01-01, is:quiet",
            id="pipeline-filter-bar",
            input_id="pipeline-filter",
            status=True,
            status_id="pipeline-filter-status",
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
                yield PipelineBoard(id="pipeline-board")
            yield PipelineDetail(id="pipeline-detail")

    @property
    def table(self) -> PipelineTable:
        return self.query_one("#pipeline-table", PipelineTable)

    @property
    def board(self) -> PipelineBoard:
        return self.query_one("#pipeline-board", PipelineBoard)

    @property
    def filter_bar(self) -> FilterBar:
        return self.query_one("#pipeline-filter-bar", FilterBar)

    @property
    def filter_input(self) -> Input:
        return self.filter_bar.input

    @property
    def view(self) -> str:
        """ "table" or "board"."""
        return self._view

    @property
    def rows(self) -> list[PipelineRow]:
        """Every application's row, in the current sort order."""
        return list(self._list.ordered)

    @property
    def visible_rows(self) -> list[PipelineRow]:
        """The rows the filter lets through, in the order shown."""
        return list(self._list.visible)

    @property
    def selected_row(self) -> PipelineRow | None:
        return self.table.selected if self._view == "table" else self.board.selected

    def focus_target(self) -> Widget:
        if not self._list.rows:
            return self
        if self._view == "table":
            return self.table
        return self.board.active_column

    def _focus_view(self) -> None:
        if self._view == "board":
            self.board.focus_active()
        else:
            self.focus_target_shown().focus()

    # --- reading ------------------------------------------------------------------------

    def reload(self, *, select: int | None = None) -> None:
        """Re-read every row and the funnel, keeping the selection (or moving to ``select``)."""
        keep = select if select is not None else self._selected_id()
        stamp = self.bb_app.data_stamp()  # taken first: the rows read are at least this new
        data = load_rows(self.bb_app.db, clock.today())
        self._seen = stamp
        self._ghost_days = data.ghost_after_days
        self._list.replace(data.rows, clock.today())
        self._rows_changed(keep)

    def refresh_rows(self, *application_ids: int, select: int | None = None) -> None:
        """Re-read only these applications (and the funnel) after an action changed them:
        one indexed query for a few rows rather than all of them."""
        keep = select if select is not None else self._selected_id()
        fresh = load_rows(self.bb_app.db, clock.today(), ids=list(application_ids))
        self._ghost_days = fresh.ghost_after_days
        self._list.update(fresh.rows, application_ids, clock.today())
        self._rows_changed(keep)
        self.caught_up()

    def _rows_changed(self, keep: int | None) -> None:
        self._funnel = funnel_figures(self.bb_app.db)
        has_rows = bool(self._list.rows)
        self.query_one("#pipeline-empty").display = not has_rows
        self.query_one("#pipeline-body").display = has_rows
        self._show_header()
        self._show_view(keep)
        self._show_filter_status()

    def _selected_id(self) -> int | None:
        row = self.selected_row
        return row.id if row else None

    def _show_header(self) -> None:
        header = self.query_one("#pipeline-header", PipelineHeader)
        header.show(self._funnel if self._list.rows else None, self._list.quiet_count)

    def _show_view(self, keep: int | None, *, data_changed: bool = True) -> None:
        """Show the visible rows; re-read the detail panel only if the data changed or
        the cursor landed on another application (a filter keystroke usually keeps it)."""
        if self._view == "table":
            table = self.table
            table.set_sort(*self._list.sort)
            table.placeholder = self._empty_message()
            table.set_items(self._list.visible, keep=SAME if keep is None else keep)
        else:
            self.board.set_rows(self._list.visible, keep=keep)
        self._show_detail(only_if_moved=not data_changed)
        self.sync_keys()

    def _empty_message(self) -> str:
        if self._list.query.is_empty:
            return ""
        return f"Nothing matches {self.filter_input.value.strip()!r}. Escape clears the filter."

    def _show_filter_status(self) -> None:
        query, shown, total = self._list.query, len(self._list.visible), len(self._list.rows)
        if query.problems:
            self.filter_bar.show_status(plain(query.problems[0], "$text-warning"))
        elif query.is_empty:
            self.filter_bar.show_status(plain(f"{total:,} in all"))
        else:
            self.filter_bar.show_status(plain(f"{shown:,} of {total:,}"))

    def _details_shown(self) -> bool:
        if self._details_choice is not None:
            return self._details_choice
        return self.size.width >= DETAILS_MIN_WIDTH

    def _show_detail(self, *, only_if_moved: bool = False) -> None:
        panel = self.query_one("#pipeline-detail", PipelineDetail)
        shown = self._details_shown()
        if panel.display != shown:
            panel.display = shown
        row = self.selected_row
        if not shown:
            self._detail_id = None
            return
        if only_if_moved and (row.id if row else None) == self._detail_id:
            return
        detail = None
        if row is not None:
            detail = application_service.get_detail(self.bb_app.db, row.id)
        self._detail_id = row.id if row else None
        panel.show(detail, clock.today())

    def on_resize(self, _event: Resize) -> None:
        if self._list.rows:
            self._show_header()
            if self._details_choice is None:
                self._show_detail()

    def on_virtual_list_highlighted(self, event: VirtualList.Highlighted[PipelineRow]) -> None:
        event.stop()
        in_view = (self._view == "table" and event.virtual_list is self.table) or (
            self._view == "board" and isinstance(event.virtual_list, BoardColumn)
        )
        if not in_view:
            return
        row = self.selected_row
        if (row.id if row else None) != self._detail_id and self._details_shown():
            # The same for the detail panel: read and draw it once the cursor rests.
            if self._detail_timer is not None:
                self._detail_timer.stop()
            self._detail_timer = self.set_timer(DETAIL_SETTLE_SECONDS, self._show_detail)
        # Holding an arrow key should not redraw the key bar on every line.
        self.sync_keys_soon(KEYS_SETTLE_SECONDS)

    def on_virtual_list_selected(self, event: VirtualList.Selected[PipelineRow]) -> None:
        event.stop()  # a double click on an application: edit it, as Enter does
        self.action_edit()

    @on(PipelineTable.SortRequested)
    def _sort_clicked(self, event: PipelineTable.SortRequested) -> None:
        key, descending = self._list.sort
        if event.key == key:
            self._set_sort(key, not descending)
        else:
            self._set_sort(event.key, event.key in _DESCENDING_FIRST)

    # --- keys that need a selection, and when they apply ---------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        row = self.selected_row
        row_actions = ("edit", "delete", "follow_up", "reject", "move", "open_link")
        if action in row_actions and not self._list.rows:
            return False  # an empty Pipeline shows only what gets it started
        if action in ("edit", "delete", "follow_up"):
            return True if row else None
        if action == "reject":
            return True if row and row.stage is not Stage.REJECTED else None
        if action == "move":
            if row is None:
                return None
            step = parameters[0] if parameters and isinstance(parameters[0], int) else 1
            if row.stage.is_exit:
                return True
            at_end = row.stage is (PROGRESSION[-1] if step > 0 else PROGRESSION[0])
            return None if at_end else True
        if action == "open_link":
            return True if row and row.link else None
        if action == "undo":
            return bool(self._undo)
        if action == "clear_filter":
            return self.filter_bar.is_active
        if action == "review_quiet":
            return self._list.quiet_count > 0
        if action in ("switch_view", "filter", "sort", "reverse_sort", "toggle_details"):
            return bool(self._list.rows)
        return True

    def _need_row(self) -> PipelineRow | None:
        row = self.selected_row
        if row is None:
            self.notify("Select an application first.", severity="warning")
        return row

    def _report(self, exc: BouncebackError) -> None:
        self.notify(plain(exc), severity="warning", title="Nothing changed")

    def _stale(self, row: PipelineRow, exc: ConflictError) -> None:
        """A move, tick or delete named a version another window has moved past: say what
        happened there, show the store as it is now, and keep the cursor where it was."""
        self._report(moves.retold(exc, row.company, row.stage))
        self.reload()
        if self.app.focused is None and self.screen is self.app.screen:
            self.focus_target().focus()

    # --- add and edit -------------------------------------------------------------------

    def action_add(self) -> None:
        self.open_add_form({})

    def open_add_form(self, prefill: Mapping[str, str] | None = None) -> None:
        """The add form, filled in with ``prefill`` (form field names -> text), e.g. from an
        imported posting. Unknown names are ignored; nothing is saved until the person saves."""
        from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen

        values = {"stage": Stage.APPLIED.value, **{k: v for k, v in (prefill or {}).items() if v}}

        def submit(form: dict[str, str], rejection: RejectionInput | None) -> SaveResult:
            data = validate_application(form, clock.today())
            return application_service.add_application_result(self.bb_app.db, data, rejection)

        def saved(result: SaveResult | None) -> None:
            if result is None:
                return
            app = result.application
            self.refresh_rows(app.id or 0, select=app.id)
            self.select_item(app.id or 0)
            self._focus_view()
            self.notify(
                markup_with("Saved $company: $role.", company=app.company, role=app.role),
                title="Added",
            )
            if result.rejection_id is not None:
                self._offer_plan(result.rejection_id, app.company, app.link)

        self.app.push_screen(
            ApplicationFormScreen(
                "New application", submit, self._ask_rejection(None), values=values
            ),
            saved,
        )

    def action_edit(self) -> None:
        from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen

        if (row := self._need_row()) is None:
            return
        detail = application_service.get_detail(self.bb_app.db, row.id)
        if detail is None:
            self._gone()
            return
        app = detail.application
        app_id = row.id
        guard = SaveGuard(app.version)
        # The stage this form showed, to say what another window did ("moved to ...").
        shown_stage, shown_company = Stage(app.stage), app.company

        def submit(form: dict[str, str], rejection: RejectionInput | None) -> SaveResult:
            data = validate_application(form, clock.today())
            db = self.bb_app.db
            if guard.as_new:
                return application_service.add_application_result(db, data, rejection)
            try:
                return application_service.update_application(
                    db, app_id, data, rejection, expected_version=guard.version
                )
            except ConflictError as exc:
                raise moves.retold(exc, shown_company, shown_stage) from None

        def reload() -> tuple[dict[str, str], int] | None:
            nonlocal shown_stage, shown_company
            fresh = application_service.get_detail(self.bb_app.db, app_id)
            if fresh is None:
                return None
            shown_stage, shown_company = Stage(fresh.application.stage), fresh.application.company
            return application_service.form_values(fresh.application), fresh.application.version

        def saved(result: SaveResult | None) -> None:
            if result is None:
                # Closed without saving; after a conflict the rows on screen may be old.
                self.refresh_if_stale()
                return
            saved_id = result.application.id or app_id
            self.refresh_rows(app_id, saved_id, select=saved_id)
            self._focus_view()
            self.notify(
                markup_with("Saved $company.", company=result.application.company), title="Saved"
            )
            if result.receipt is not None:
                self._undo.push(result.receipt)
                self.sync_keys()
            if result.rejection_id is not None:
                self._offer_plan(
                    result.rejection_id, result.application.company, result.application.link
                )

        self.app.push_screen(
            ApplicationFormScreen(
                markup_with("Edit: $company", company=app.company),
                submit,
                self._ask_rejection(app_id),
                values=application_service.form_values(app),
                original_stage=Stage(app.stage),
                guard=guard,
                reload=reload,
            ),
            saved,
        )

    def _ask_rejection(
        self, app_id: int | None
    ) -> Callable[[str, Stage, date | None, Callable[[RejectionInput | None], None]], None]:
        """How the form asks for a rejection's details (the same dialog as `x`)."""
        from bounceback_tui.ui.pipeline.dialogs import rejection_form

        def ask(
            company: str,
            reached: Stage,
            date_applied: date | None,
            done: Callable[[RejectionInput | None], None],
        ) -> None:
            if app_id is not None:
                with contextlib.suppress(BouncebackError):
                    _, reached = moves.rejection_defaults(self.bb_app.db, app_id)

            def submit(values: dict[str, str]) -> RejectionInput:
                return validate_rejection(values, clock.today(), date_applied)

            self.app.push_screen(rejection_form(company, reached, submit), done)

        return ask

    def _gone(self) -> None:
        self.notify(moves.GONE, severity="warning")
        self.reload()

    # --- stage moves --------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if (row := self._need_row()) is None:
            return
        try:
            target = moves.move_target(self.bb_app.db, row.id, step)
            if target is None:
                end = "first" if step < 0 else "last"
                self.notify(
                    markup_with("$company is at the $end stage.", company=row.company, end=end)
                )
                return
            result = moves.move_stage(self.bb_app.db, row.id, target, expected_version=row.version)
        except ConflictError as exc:
            self._stale(row, exc)
            return
        except BouncebackError as exc:
            self._report(exc)
            self.reload()
            return
        self.refresh_rows(row.id, select=row.id)
        self.select_item(row.id)
        message = markup_with(
            "$company: $before → $after.",
            company=result.company,
            before=result.from_stage.label,
            after=result.to_stage.label,
        )
        if result.from_stage is Stage.REJECTED:
            message += plain(" Its rejection and plan stay in Recovery.")
        self.notify(message, timeout=3)

    def action_reject(self) -> None:
        from bounceback_tui.ui.pipeline.dialogs import rejection_form

        if (row := self._need_row()) is None or row.stage is Stage.REJECTED:
            return
        try:
            app, reached = moves.rejection_defaults(self.bb_app.db, row.id)
        except BouncebackError:
            self._gone()
            return
        app_id, date_applied, link = row.id, app.date_applied, app.link
        # Conditional on the row this window showed when x was pressed.
        guard = SaveGuard(row.version)

        def submit(values: dict[str, str]) -> RejectionReceipt:
            details = validate_rejection(values, clock.today(), date_applied)
            try:
                return moves.mark_rejected(
                    self.bb_app.db, app_id, details, expected_version=guard.version
                )
            except ConflictError as exc:
                raise moves.retold(exc, row.company, row.stage) from None

        def recorded(receipt: RejectionReceipt | None) -> None:
            if receipt is None:
                self.refresh_if_stale()
                return
            self._undo.push(receipt)
            self.refresh_rows(app_id, select=app_id)
            self.select_item(app_id)
            self._offer_plan(receipt.rejection_id, receipt.company, link)

        form = rejection_form(app.company, reached, submit)
        form.guard = guard
        self.app.push_screen(form, recorded)

    def _offer_plan(self, rejection_id: int, company: str, link: str = "") -> None:
        from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen

        def answered(go: bool | None) -> None:
            if go:
                self.call_later(self._open_plan, rejection_id)
            else:
                self.notify("If that was a mistake, [b]u[/b] takes it back.", timeout=4)
            self._offer_to_follow(company, link)

        self.app.push_screen(PlanOfferScreen(company), answered)

    async def _open_plan(self, rejection_id: int) -> None:
        """The plan's steps, its first step selected: space ticks it at once."""
        pane = await self.bb_app.go_to("recovery", rejection_id)
        if hasattr(pane, "focus_first_step"):
            pane.focus_first_step()

    def _offer_to_follow(self, company: str, link: str) -> None:
        """After a no, the company's next opening is often the best next step: if the
        posting came from a public job board not yet followed, offer to follow it."""
        from bounceback_tui.services import boards as board_service
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        board = board_service.board_to_offer(self.bb_app.db, link)
        if board is None:
            return

        def answered(follow: bool | None) -> None:
            if not follow:
                return
            try:
                board_service.follow_board(self.bb_app.db, board, company)
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error")
                return
            self.notify(
                markup_with(
                    "Following ${company}'s job board. [b]b[/b] lists your boards and "
                    "refreshes them.",
                    company=company,
                ),
                title="Following",
            )

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Follow ${company}'s job board?", company=company),
                "Their next opening may suit you better. Nothing is fetched until you refresh "
                "your boards (b).",
                confirm_label="Follow",
                danger=False,
            ),
            answered,
        )

    # --- import, job boards -------------------------------------------------------------

    def action_import_posting(self) -> None:
        """Paste a posting's link: fetched in the background, then the add form, filled in."""
        from bounceback_tui.ui.pipeline.import_posting import ImportedPosting, ImportPostingScreen

        def imported(result: ImportedPosting | None) -> None:
            if result is not None:
                self.open_add_form(result.values)

        self.app.push_screen(ImportPostingScreen(), imported)

    def action_insights(self) -> None:
        self.bb_app.action_insights()

    def action_boards(self) -> None:
        """The companies' job boards the person follows: follow, unfollow, refresh."""
        from bounceback_tui.ui.pipeline.boards import BoardsScreen

        def closed(_added: int | None) -> None:
            # Always re-read: a refresh cancelled late may still have stored openings.
            self.reload()

        self.app.push_screen(BoardsScreen(self.bb_app.db), closed)

    # --- follow-up, link ----------------------------------------------------------------

    def action_follow_up(self) -> None:
        from bounceback_tui.ui.pipeline.dialogs import follow_up_form

        if (row := self._need_row()) is None:
            return
        if row.stage in CLOSED_STAGES:
            self.notify(plain(closed_follow_up_message(row.stage)), timeout=4)
            return
        app_id = row.id
        guard = SaveGuard(row.version)

        def submit(values: dict[str, str]) -> tuple[date | None]:
            try:
                day = parse_optional_date(values.get("next_follow_up", ""), clock.today())
            except DateParseError as exc:
                raise ValidationError.single("next_follow_up", f"Follow up on: {exc}") from None
            try:
                application_service.set_follow_up(
                    self.bb_app.db, app_id, day, expected_version=guard.version
                )
            except ConflictError as exc:
                raise moves.retold(exc, row.company, row.stage) from None
            return (day,)

        def saved(result: tuple[date | None] | None) -> None:
            if result is None:
                self.refresh_if_stale()
                return
            self.refresh_rows(app_id, select=app_id)
            (day,) = result
            if day is None:
                self.notify(
                    markup_with("No follow-up set for $company.", company=row.company), timeout=3
                )
            else:
                self.notify(
                    markup_with(
                        "Follow up with $company on $day.", company=row.company, day=day.isoformat()
                    ),
                    timeout=3,
                )

        form = follow_up_form(row.company, row.next_follow_up, submit)
        form.guard = guard
        self.app.push_screen(form, saved)

    def action_open_link(self) -> None:
        row = self.selected_row
        if row is None or not row.link:
            self.notify("No link saved for this one; add it with [b]e[/b].", severity="warning")
            return
        self.app.open_url(row.link)  # checked there: only http(s) links are opened

    # --- delete and undo ----------------------------------------------------------------

    def action_delete(self) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        if (row := self._need_row()) is None:
            return
        app_id = row.id

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                deleted = application_service.delete_application(
                    self.bb_app.db, app_id, expected_version=row.version
                )
            except ConflictError as exc:
                self._stale(row, exc)
                return
            except BouncebackError as exc:
                self._report(exc)
                self.reload()
                return
            self._undo.push(deleted)
            self.refresh_rows(app_id)
            self.notify(
                markup_with("Deleted $company. [b]u[/b] brings it back.", company=deleted.company),
                timeout=5,
            )

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Delete $company: $role?", company=row.company, role=row.role),
                markup_with(
                    "Its timeline goes with it. A rejection it had stays in Recovery. "
                    "[b]u[/b] brings it back while the app is open."
                ),
                confirm_label="Delete",
            ),
            confirmed,
        )

    def action_undo(self) -> None:
        """Take back the last delete or rejection; a plan already worked on asks first."""
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        entry = self._undo.peek()
        if entry is None:
            return
        at_risk = pipeline_undo.work_at_risk(self.bb_app.db, entry)
        if not at_risk:
            self._undo_now(entry)
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._undo_now(entry)

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Take back the rejection from $company?", company=entry.company),
                markup_with(
                    "Its recovery plan goes too, with $steps you already worked on.",
                    steps=plural(at_risk, "step"),
                ),
                confirm_label="Take it back",
            ),
            confirmed,
        )

    def _undo_now(self, entry: UndoEntry) -> None:
        self._undo.discard(entry)
        try:
            app_id = pipeline_undo.undo(self.bb_app.db, entry)
        except BouncebackError as exc:
            self._report(exc)
            self.reload()
            return
        self.refresh_rows(app_id, select=app_id)
        self.select_item(app_id)
        if isinstance(entry, DeletedApplication):
            self.notify(markup_with("$company is back.", company=entry.company), timeout=3)
        else:
            self.notify(
                markup_with(
                    "Rejection taken back: $company is in $stage again, and its plan is gone.",
                    company=entry.company,
                    stage=entry.previous_stage.label,
                ),
                timeout=4,
            )

    # --- ghosting suggestions -----------------------------------------------------------

    def action_review_quiet(self) -> None:
        """Walk through the applications that may have gone quiet, one dialog each."""
        quiet = [row.id for row in self._list.visible if row.quiet] or [
            row.id for row in self._list.ordered if row.quiet
        ]
        if not quiet:
            self.notify("Nothing has gone quiet.")
            return
        selected = self._selected_id()
        if selected in quiet:
            quiet.remove(selected)
            quiet.insert(0, selected)
        self._review = quiet
        self._reviewed = []
        self._review_next()

    def _review_next(self) -> None:
        from bounceback_tui.ui.pipeline.dialogs import GhostScreen

        rows = {row.id: row for row in self._list.rows}
        while self._review and self._review[0] not in rows:
            self._review.pop(0)
        if not self._review:
            self._review_done()
            return
        app_id = self._review.pop(0)
        row = rows[app_id]
        self.select_item(app_id)

        def answered(answer: str | None) -> None:
            try:
                if answer == "ghosted":
                    moves.confirm_ghosted(self.bb_app.db, app_id, expected_version=row.version)
                elif answer == "not_yet":
                    moves.dismiss_ghost(self.bb_app.db, app_id, expected_version=row.version)
            except ConflictError as exc:
                self._report(moves.retold(exc, row.company, row.stage))
            except BouncebackError as exc:
                self._report(exc)
            if answer is None:
                self._review = []
            else:
                self._reviewed.append(app_id)
            self._review_next()

        self.app.push_screen(
            GhostScreen(
                row.company,
                row.role,
                row.days_in_stage(clock.today()) or 0,
                self._ghost_days,
                len(self._review),
            ),
            answered,
        )

    def _review_done(self) -> None:
        if not self._reviewed:
            return
        last = self._reviewed[-1]
        self.refresh_rows(*self._reviewed, select=last)
        self.select_item(last)
        self._reviewed = []

    # --- filter, sort, view -------------------------------------------------------------

    def action_filter(self) -> None:
        # Built now rather than on the first letter, so every keystroke stays quick.
        self._list.prepare_index()
        self.filter_bar.open()
        self._show_filter_status()
        self.sync_keys()

    def on_filter_bar_changed(self, event: FilterBar.Changed) -> None:
        event.stop()
        keep = self._selected_id()
        if self._list.set_query(parse_query(event.value, clock.today()), clock.today()):
            self._show_view(keep, data_changed=False)
        self._show_filter_status()

    def on_filter_bar_submitted(self, event: FilterBar.Submitted) -> None:
        event.stop()
        self._focus_view()

    def action_clear_filter(self) -> None:
        keep = self._selected_id()
        self.filter_bar.close()
        if self._list.set_query(PipelineQuery(), clock.today()):
            self._show_view(keep, data_changed=False)
            self._show_filter_status()
        self._focus_view()
        self.sync_keys()

    def action_sort(self) -> None:
        key, _ = self._list.sort
        following = COLUMN_KEYS[(COLUMN_KEYS.index(key) + 1) % len(COLUMN_KEYS)]
        self._set_sort(following, following in _DESCENDING_FIRST)

    def action_reverse_sort(self) -> None:
        key, descending = self._list.sort
        self._set_sort(key, not descending)

    def _set_sort(self, key: str, descending: bool) -> None:
        keep = self._selected_id()
        self._list.set_sort(key, descending, clock.today())
        self._show_view(keep, data_changed=False)
        if self._view == "board":
            title = next(c.title for c in COLUMNS if c.key == key)
            self.notify(
                markup_with(
                    "Cards sorted by $title $arrow", title=title, arrow="▼" if descending else "▲"
                ),
                timeout=2,
            )

    def action_switch_view(self) -> None:
        keep = self._selected_id()
        self._view = "board" if self._view == "table" else "table"
        self.query_one("#pipeline-views", ContentSwitcher).current = f"pipeline-{self._view}"
        self._show_view(keep, data_changed=False)
        if keep is not None:
            self._select_in_view(keep)
        self._focus_view()

    def action_toggle_details(self) -> None:
        self._details_choice = not self._details_shown()
        self._show_detail()

    # --- going to one application -------------------------------------------------------

    def select_item(self, item_id: int) -> bool:
        """Select application ``item_id`` in the current view, clearing a filter that hides it."""
        if self._list.find(item_id) is None:
            self.reload()
            if self._list.find(item_id) is None:
                return False
        if not self._list.shows(item_id):
            self.filter_bar.close()
            self._list.set_query(PipelineQuery(), clock.today())
            self._show_view(item_id)
            self._show_filter_status()
        return self._select_in_view(item_id)

    def _select_in_view(self, item_id: int) -> bool:
        if self._view == "table":
            found = self.table.select_key(item_id)
        else:
            row = self._list.find(item_id)
            found = row is not None and self.board.select_id(item_id, row.stage)
        self._show_detail()
        self.sync_keys()
        return found
