"""Recovery's plans on screen: the rejections read and filtered, the plan under the cursor
beside them; which keys apply, and how a changed step is shown.

The base of ``RecoveryPane`` (ui/recovery/pane.py); what the keys do lives beside it, one
module a flow: step_work (tick, open, message, add a step), rejections (record, edit),
delete_undo.
"""

from __future__ import annotations

from dataclasses import replace

from textual.content import Content
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import OptionList, Static

from bounceback_tui import clock
from bounceback_tui.domain.feedback import has_feedback, skill_source_of
from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.messages import MESSAGE_FOR_STEP
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services.recovery_plans import Plan, PlanRow
from bounceback_tui.services.recovery_steps import TickResult
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.key_text import key_word
from bounceback_tui.ui.kit.list_filter import FilteredListPane
from bounceback_tui.ui.kit.text import markup_with
from bounceback_tui.ui.kit.virtual_list import VirtualList
from bounceback_tui.ui.recovery.finished import say_finished
from bounceback_tui.ui.recovery.header import header_text
from bounceback_tui.ui.recovery.plan import PlanView
from bounceback_tui.ui.recovery.plan_list import RejectionList
from bounceback_tui.ui.recovery.steps import StepList

# Seconds the list's cursor rests before the plan beside it follows.
PLAN_DELAY = 0.04


def _search_text(row: PlanRow) -> str:
    return row.search_text  # a company and a role: names, found by initials of any case


def _still_open(row: PlanRow) -> bool:
    return not row.completed


class RecoveryListing(FilteredListPane, AppPane):
    """Reading and showing the plans; the actions are in the flows' modules."""

    STATEFUL_ACTIONS = (
        "message",
        "tick",
        "skip",  # ui/recovery/skipping.py
        "skill",
        "custom_step",
        "reframe",
        "edit",
        "delete",
        "undo",
        "filter",
        "toggle_view",
        "clear_words",
    )

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Every plan as read (newest no first); the filter's matches best first.
        self._model: ListModel[PlanRow, int] = ListModel(
            lambda row: row.rejection_id, _search_text, ranked=True, names_of=_search_text
        )
        self._open_only = False
        self._plan: Plan | None = None
        self._header_text: Content = Content("")
        self._no_match_text: Content = Content("")
        self._plan_timer: Timer | None = None

    @property
    def table(self) -> RejectionList:
        return self.query_one("#recovery-list", RejectionList)

    @property
    def filter_bar(self) -> FilterBar:
        return self.query_one("#recovery-filter-bar", FilterBar)

    @property
    def _rows(self) -> list[PlanRow]:
        """Every plan, newest no first."""
        return self._model.items

    @property
    def _query(self) -> str:
        return self._model.text

    @property
    def plan_view(self) -> PlanView:
        return self.query_one("#recovery-plan", PlanView)

    @property
    def step_list(self) -> StepList:
        return self.plan_view.step_list

    def focus_target(self) -> Widget:
        """The list when there are plans; the pane itself (so n works) when there are none."""
        return self.table if self._rows else self

    # --- Reading ------------------------------------------------------------------------

    def load(self) -> None:
        self._model.replace(plan_service.plan_rows(self.bb_app.db))
        self._fill_table(keep=self.table.selected_id)
        self._show_plan_for_cursor(force=True)

    def _filter(self, text: str | None = None) -> None:
        """Filter the plans by ``text`` (default: as now) and the open-only view."""
        self._apply_filter_text(self._model.text if text is None else text)

    def _apply_filter_text(self, text: str) -> bool:
        """The kit's filter keys call this as the person types: the words, with the
        open-only view kept. False when that shows the same plans as before."""
        return self._model.set_filter(
            text,
            _still_open if self._open_only else None,
            condition_key="open" if self._open_only else None,
        )

    def _draw(self) -> None:
        """The plans the filter lets through: the cursor stays on its plan while the filter
        shows it, else goes to the first (best) match, as on every list (the plan follows
        it). It went to the best match at every letter, leaving the plan the person chose."""
        self._fill_table(keep=self.table.selected_id)

    def _draw_filter_state(self) -> None:
        """The filter's text changed but not the plans shown: the header and the no-match
        line still say what it is doing."""
        self._show_counts(len(self._model.visible))
        self._show_no_match()

    def _fill_table(self, keep: int | None = None) -> None:
        rows = self._model.visible
        self.table.show(rows, clock.today(), keep)
        self._show_counts(len(rows))
        self._show_no_match()

    def _show_no_match(self) -> None:
        """The line in place of the plan when none is shown (``_show_plan_for_cursor``)."""
        esc = key_word(self.app, "recovery.clear_filter", "escape", "Escape")
        text = (
            markup_with(
                "No plan matches “$query”. [b]$clear[/b] clears the filter.",
                query=self._query.strip(),
                clear=esc,
            )
            if self._query.strip()
            else markup_with(
                "Every plan here is finished. [b]$key[/b] shows them all.",
                key=self.bb_app.key_label("recovery.view", "v"),
            )
            if self._rows
            else markup_with("No plans yet: nothing to filter. [b]$esc[/b] closes this.", esc=esc)
        )
        if text.markup != self._no_match_text.markup:
            self._no_match_text = text
            self.query_one("#recovery-no-match", Static).update(text)

    def _show_counts(self, shown: int) -> None:
        text = header_text(
            self._rows,
            clock.today(),
            shown,
            query=self._query.strip(),
            open_only=self._open_only,
        )
        header = self.query_one("#recovery-header", Static)
        if text.markup != self._header_text.markup:
            self._header_text = text
            header.update(text, layout=False)  # one line, fixed height (recovery.tcss)
        # The filter box sits in the list's column: `/` with no plan yet shows the column.
        has_rows = bool(self._rows) or self.filter_bar.is_open
        self.query_one("#recovery-empty").display = not has_rows
        self.query_one("#recovery-body").display = has_rows

    def on_virtual_list_highlighted(self, event: VirtualList.Highlighted) -> None:
        # The cursor moves at once; the plan follows when it rests for a moment, so holding
        # j over thousands of rows does not queue a plan load per row.
        event.stop()
        if self._plan_timer is not None:
            self._plan_timer.stop()
        self._plan_timer = self.set_timer(PLAN_DELAY, self._flush_plan)

    def _flush_plan(self) -> None:
        """Show the plan under the cursor now if a move is waiting (actions call this first,
        so they never act on the plan the cursor just left)."""
        if self._plan_timer is not None:
            self._plan_timer.stop()
            self._plan_timer = None
            self._show_plan_for_cursor()

    def on_virtual_list_selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self._flush_plan()
        if self._plan is not None:
            self.step_list.focus()

    def _show_plan_for_cursor(self, *, force: bool = False) -> None:
        """Show the plan under the list's cursor (the event may be stale; the cursor is not)."""
        row = self.table.selected
        if row is None:
            self._plan = None
            self.plan_view.display = False
            self._show_no_match()
            self.query_one("#recovery-no-match").display = bool(
                self._rows or self.filter_bar.is_open
            )
            self.sync_keys()
            return
        rejection_id = row.rejection_id
        if not force and self._plan is not None and self._plan.rejection.id == rejection_id:
            return
        self._load_plan(rejection_id)

    def _load_plan(self, rejection_id: int) -> bool:
        try:
            plan = plan_service.load_plan(self.bb_app.db, rejection_id)
        except BouncebackError as exc:
            self.report(exc)
            return False
        if plan is None:
            return False
        self._plan = plan
        self.query_one("#recovery-no-match").display = False
        self.plan_view.display = True
        self.plan_view.show(plan, clock.today())
        self.sync_keys()
        return True

    def select_item(self, item_id: int) -> bool:
        """Show the plan of rejection ``item_id`` (Today, the palette, other panes)."""
        if not self.table.select_key(item_id):
            if self._model.find(item_id) is None:
                self.reload()  # a look-up (Today, the palette, a link), not after an action
            self._open_only = False
            self._hide_filter()  # and the open-only view
            self._fill_table()
            if not self.table.select_key(item_id):
                return False
        return self._load_plan(item_id)

    def focus_first_step(self) -> None:
        """Put the cursor on the shown plan's first step and focus the steps."""
        if self._plan is not None:
            self.step_list.highlight_first_step()
            self.step_list.focus()

    def select_step(self, step_id: int) -> bool:
        """Show the plan holding step ``step_id`` with that step highlighted and focused."""
        rejection_id = plan_service.rejection_of_step(self.bb_app.db, step_id)
        if rejection_id is None or not self.select_item(rejection_id):
            return False
        if not self.step_list.select_step(step_id):
            return False
        self.step_list.focus()
        return True

    # --- Keys -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:
            return True
        steps = self.step_list
        in_steps = self.screen.focused is steps
        step = steps.highlighted_step if self._plan else None
        if action == "tick":
            return in_steps and step is not None
        if action == "skill":  # a step's answer, else the reason the plan's header quotes
            source = (
                skill_source_of(step.kind, step.group_key, step.answer)
                if in_steps and step is not None
                else None
            )
            if source is None and in_steps and step is not None and step.answer.strip():
                # A step's own words that are no review or reply: refused, said why. The
                # reason was offered in their place ("Went with applicants…" for a note on
                # "Let yourself feel it"; the round's last walk).
                return False
            return source is not None or (
                self._plan is not None and has_feedback(self._plan.rejection.reason)
            )
        if action == "message":
            return (
                in_steps
                and step is not None
                and self._plan is not None
                and self._plan.rejection.application_id is not None
                and (step.template_key or "") in MESSAGE_FOR_STEP
            )
        if action in ("custom_step", "reframe", "edit", "delete"):
            return self._plan is not None
        if action == "toggle_view":
            return bool(self._rows)
        if action == "clear_words":  # else Escape is "back", which says nothing on the bar
            return bool(self._query or self.filter_bar.is_open) and not in_steps
        return super().check_action(action, parameters)

    def on_descendant_focus(self) -> None:
        self.sync_keys()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self._plan is not None:
            self.plan_view.show_detail()
        self.sync_keys()

    # --- After a change ----------------------------------------------------------

    def _refresh_after_conflict(self, step_id: int | None = None) -> None:
        plan = self._plan
        self.reread()
        if plan is not None:
            self.select_item(plan.rejection.id)
            if step_id is not None:
                self.step_list.select_step(step_id)
        if self.app.focused is None:
            self.focus_target().focus()

    def _apply(self, result: TickResult, *, saved: bool = True) -> None:
        """Show one step's change: its line, the plan's title, the list's bar and counts
        (``saved`` False: before its commit, with no write of this window's to count yet)."""
        plan = self._plan
        if plan is None or plan.rejection.id != result.step.rejection_id:
            return
        plan.rejection = replace(plan.rejection, plan_completed_at=result.plan_completed_at)
        self.plan_view.update_step(result.step)
        self._update_row(result.done, result.total, result.plan_completed_at is not None)
        if saved:
            self.caught_up()
        if result.finished_now:
            say_finished(self, plan)

    def _update_row(self, done: int, total: int, completed: bool) -> None:
        plan = self._plan
        if plan is None:
            return
        before = self._model.find(plan.rejection.id)
        if before is None:
            return
        row = replace(before, done=done, total=total, completed=completed)
        self._model.put(row)  # in its place: the rows shown and their number stay
        self.table.update_item(row)
        if row.completed != before.completed:  # else the header's counts are as they were
            self._show_counts(self.table.row_count)

    # --- Filter and view ----------------------------------------------------------------

    def action_filter(self) -> None:
        self.open_filter()
        self.sync_keys()

    def _show_filter_room(self) -> None:
        if not self._rows:
            self._fill_table()
            self._show_plan_for_cursor()

    def _hide_filter(self) -> None:
        self.filter_bar.close()
        self._filter("")

    def _clear_query(self) -> None:
        """Escape clears the words; the open-only view stays as it is (v changes it)."""
        self._hide_filter()

    def action_back(self) -> None:
        """Escape: leave the filter (clearing it, the kit's), or go from the steps back to
        the list."""
        focused = self.app.focused
        # Words in the filter (or the box open) and the cursor not in a plan's steps: the
        # list, or the pane itself when no plan is shown (an empty pane, after Enter).
        if focused is self.filter_bar.made_input is not None or (
            (self._query or self.filter_bar.is_open) and focused is not self.step_list
        ):
            self.action_clear_filter()
            self._show_plan_for_cursor()
        elif focused is self.step_list:
            self.table.focus()

    def action_clear_words(self) -> None:
        self.action_back()

    def action_toggle_view(self) -> None:
        self._flush_plan()
        self._open_only = not self._open_only
        self._filter()
        self._fill_table(keep=self.table.selected_id)
        self._show_plan_for_cursor()
        self.notify(
            "Showing open plans only." if self._open_only else "Showing every plan.",
            timeout=2,
        )
