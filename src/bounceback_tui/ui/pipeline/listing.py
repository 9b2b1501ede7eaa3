"""The Pipeline's applications on screen: read into memory, filtered, sorted, shown as a
table or a board with the details beside, and one of them selected; which keys apply.

The base of ``PipelinePane`` (ui/pipeline/pane.py). The pane holds the rows in memory (one
query, see services/pipeline_rows) and does sorting and filtering there, so a keystroke
never waits for the store. What the keys do to an application lives beside it, one module
a flow: add_edit, stage_moves (with after_rejection), follow_up, delete_undo, quiet_review,
sorting.
"""

from __future__ import annotations

from textual.events import Resize
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Input

from bounceback_tui import clock
from bounceback_tui.domain.pipeline_funnel import Funnel
from bounceback_tui.domain.pipeline_list import PipelineList
from bounceback_tui.domain.pipeline_query import PipelineQuery, parse_query
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.domain.stages import Stage, progression_end, step_of
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.application_detail import get_detail
from bounceback_tui.services.pipeline_funnel import funnel_figures
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.services.pipeline_undo import UndoStack
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.key_text import key_word
from bounceback_tui.ui.kit.list_filter import FilteredListPane
from bounceback_tui.ui.kit.text import plain, toast_with
from bounceback_tui.ui.kit.virtual_list import SAME, VirtualList
from bounceback_tui.ui.pipeline.board import BoardColumn, PipelineBoard, mount_board
from bounceback_tui.ui.pipeline.detail import PipelineDetail
from bounceback_tui.ui.pipeline.header import PipelineHeader
from bounceback_tui.ui.pipeline.table import PipelineTable

# Below this width the detail panel starts hidden (`t` shows it).
DETAILS_MIN_WIDTH = 110
# How long the cursor rests before the key bar shows which keys apply to the new row.
KEYS_SETTLE_SECONDS = 0.15
DETAIL_SETTLE_SECONDS = 0.05


class PipelineListing(FilteredListPane, AppPane):
    """Reading and showing the applications; the actions are in the flows' modules."""

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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._model: PipelineList = PipelineList()
        self._ghost_days = 21
        self._funnel = Funnel()
        self._view = "table"
        self._undo = UndoStack()
        self._details_choice: bool | None = None
        self._detail_id: int | None = None
        self._detail_timer: Timer | None = None

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
    def view(self) -> str:  # "table" or "board"
        return self._view

    @property
    def rows(self) -> list[PipelineRow]:
        """Every application's row, in the current sort order."""
        return list(self._model.ordered)

    @property
    def visible_rows(self) -> list[PipelineRow]:
        """The rows the filter lets through, in the order shown."""
        return list(self._model.visible)

    @property
    def selected_row(self) -> PipelineRow | None:
        return self.table.selected if self._view == "table" else self.board.selected

    def focus_target(self) -> Widget:
        if not self._model.rows:
            return self
        return self.table if self._view == "table" else self.board.active_column

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
        self._model.replace(data.rows, clock.today())
        self._rows_changed(keep)

    def refresh_rows(self, *application_ids: int, select: int | None = None) -> None:
        """Re-read only these applications (and the funnel) after an action changed them:
        one indexed query for a few rows rather than all of them."""
        keep = select if select is not None else self._selected_id()
        fresh = load_rows(self.bb_app.db, clock.today(), ids=list(application_ids))
        self._ghost_days = fresh.ghost_after_days
        self._model.update(fresh.rows, application_ids, clock.today())
        self._rows_changed(keep)
        self.caught_up()

    def _rows_changed(self, keep: int | None, funnel: Funnel | None = None) -> None:
        self._funnel = funnel if funnel is not None else funnel_figures(self.bb_app.db)
        has_rows = bool(self._model.rows)
        self.query_one("#pipeline-empty").display = not has_rows
        self.query_one("#pipeline-body").display = has_rows
        self._show_header()
        self._show_view(keep)
        self._show_filter_status()

    def _selected_id(self) -> int | None:
        row = self.selected_row
        return row.id if row else None

    def _show_header(self) -> None:
        self._fitted_width = self._width()
        header = self.query_one("#pipeline-header", PipelineHeader)
        header.show(self._funnel if self._model.rows else None, self._model.quiet_count)

    def _show_view(self, keep: int | None, *, data_changed: bool = True) -> None:
        """Show the visible rows; re-read the detail panel only if the data changed or
        the cursor landed on another application (a filter keystroke usually keeps it)."""
        if self._view == "table":
            table = self.table
            table.set_sort(*self._model.sort)
            table.placeholder = self._empty_message()
            table.set_items(self._model.visible, keep=SAME if keep is None else keep)
        else:
            self.board.set_rows(self._model.visible, keep=keep)
        self._show_detail(only_if_moved=not data_changed)
        self.sync_keys()

    def _empty_message(self) -> str:
        if self._model.query.is_empty:
            return ""
        clear = key_word(self.app, "pipeline.clear_filter", "escape", "Escape")
        return f"Nothing matches {self.filter_input.value.strip()!r}. {clear} clears the filter."

    def _show_filter_status(self) -> None:
        query, shown, total = self._model.query, len(self._model.visible), len(self._model.rows)
        if self._model.waiting:
            status = plain(f"Searching {total:,} …")
        elif query.problems:
            status = plain(query.problems[0], "$text-warning")
        else:
            status = plain(f"{total:,} in all" if query.is_empty else f"{shown:,} of {total:,}")
        room = max(len(f"{total:,} of {total:,}"), len(f"{total:,} in all"))  # box stays put
        self.filter_bar.show_status(status, room=room)

    def _details_shown(self) -> bool:
        if self._details_choice is not None:
            return self._details_choice
        return self._width() >= DETAILS_MIN_WIDTH

    def _width(self) -> int:
        """The pane's width; before its first layout the screen's, which a pane spans: the
        first visit is fitted in the layout that shows it, not in two more after it."""
        return self.size.width or self.screen.size.width

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
            detail = get_detail(self.bb_app.db, row.id)
        self._detail_id = row.id if row else None
        panel.show(detail, clock.today())

    # The width the header and detail panel were last fitted to (they depend on no more).
    _fitted_width: int | None = None

    def on_resize(self, event: Resize) -> None:
        # Textual sends Resize to every widget of a pane shown again, size unchanged:
        # re-fitting then would redraw the header and re-read the detail panel after
        # every switch back to the Pipeline.
        if event.size.width == self._fitted_width:
            return
        self._fitted_width = event.size.width
        if self._model.rows:
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

    # --- keys that need a selection, and when they apply ---------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        row = self.selected_row
        row_actions = ("edit", "delete", "follow_up", "reject", "move", "open_link")
        if action in row_actions and not self._model.rows:
            return False  # an empty Pipeline shows only what gets it started
        if action in ("edit", "delete", "follow_up"):
            return True if row else None
        if action == "reject":
            return True if row and row.stage is not Stage.REJECTED else None
        if action == "move":
            if row is None:
                return None
            if row.stage.is_exit:
                return True
            return None if row.stage is progression_end(step_of(parameters)) else True
        if action == "open_link":  # off the bar: with no link it says so
            return True if row else None
        if action == "undo":
            return bool(self._undo)
        if action == "clear_filter":
            return self.filter_bar.is_active
        if action == "review_quiet":
            return self._model.quiet_count > 0
        if action == "filter":
            return True  # even with nothing to filter: what is typed next goes in the box
        if action in ("switch_view", "sort", "reverse_sort", "toggle_details"):
            return bool(self._model.rows)
        return True

    def _need_row(self) -> PipelineRow | None:
        row = self.selected_row
        if row is None:
            self.notify(
                "Select an application first.", severity="warning", title="Nothing selected"
            )
        return row

    def _report(self, exc: BouncebackError) -> None:
        self.notify(plain(exc), severity="warning", title="Nothing changed")

    def _stale(self, row: PipelineRow, exc: ConflictError) -> None:
        """A move, tick or delete named a version another window has moved past: say what
        happened there, show the store as it is now, and keep the cursor where it was."""
        self._report(moves.retold(exc, row.company, row.stage, row.role))
        self.reread()
        if self.app.focused is None and self.screen is self.app.screen:
            self.focus_target().focus()

    def _gone(self) -> None:
        self.notify(moves.GONE, severity="warning", title="Not found")
        self.reread()

    # --- filter, sort, view -------------------------------------------------------------

    def action_filter(self) -> None:
        # The fuzzy index is ready by now, or being built (filter_index.py).
        self.filter_bar.open()
        self._show_filter_status()
        self.sync_keys()

    # The filter's keys are the kit's (FilteredListPane): typing, Enter, Escape.

    def _apply_filter_text(self, text: str) -> bool:
        return self._model.set_query(parse_query(text, clock.today()), clock.today())

    def _draw(self) -> None:
        self._show_view(self._selected_id(), data_changed=False)
        self._show_filter_status()

    def _draw_filter_state(self) -> None:  # no rows: the "nothing matches" line quotes it
        (self._show_filter_status if self._model.visible else self._draw)()

    def _focus_list(self) -> None:
        self._focus_view()

    def _clear_query(self) -> None:
        self.filter_bar.close()
        self._model.set_query(PipelineQuery(), clock.today())

    async def action_switch_view(self) -> None:
        keep = self._selected_id()
        self._view = "board" if self._view == "table" else "table"
        views = self.query_one("#pipeline-views", ContentSwitcher)
        if self._view == "board":  # mounted the first time it is shown (board.mount_board)
            await mount_board(views)
        views.current = f"pipeline-{self._view}"
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
        if self._model.find(item_id) is None:
            self.reread()
            if self._model.find(item_id) is None:
                return False
        if not self._model.shows(item_id):
            if typed := self.filter_input.value.strip():  # a move out of it cleared it unsaid
                note = 'Filter "$typed" cleared: it hid this application.'
                self.notify(toast_with(note, typed=typed))
            self._clear_query()
            self._show_view(item_id)
            self._show_filter_status()
        return self._select_in_view(item_id)

    def _select_in_view(self, item_id: int) -> bool:
        if self._view == "table":
            found = self.table.select_key(item_id)
        else:
            row = self._model.find(item_id)
            found = row is not None and self.board.select_id(item_id, row.stage)
        self._show_detail()
        self.sync_keys()
        return found
