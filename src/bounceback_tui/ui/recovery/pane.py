"""Recovery: one plan per rejection, ticked from the keyboard.

Rejections on the left (one aggregate query, drawn by a list that renders only the
rows on screen), the chosen plan on the right. A tick is one transaction and
repaints one line of the plan and one row of the list, so it stays fast with
thousands of plans.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import OptionList, Static

from bounceback_tui import clock
from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.messages import MESSAGE_FOR_STEP
from bounceback_tui.domain.recovery import (
    GROUP_TITLES,
    StepKind,
    StepLink,
    skill_source_kind,
)
from bounceback_tui.domain.wording import noun_for, plural
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services.recovery import Plan, PlanRow, TickResult
from bounceback_tui.services.recovery_views import RejectionView, StepView
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.kit.virtual_list import VirtualList
from bounceback_tui.ui.recovery.plan import PlanView
from bounceback_tui.ui.recovery.plan_list import RejectionList
from bounceback_tui.ui.recovery.steps import StepList

if TYPE_CHECKING:
    from bounceback_tui.services.store_access import DeletedRows

# Seconds the list's cursor rests before the plan beside it follows.
PLAN_DELAY = 0.04
FINISHED_TITLE = "Plan finished"
FINISHED_MESSAGE = (
    "Every step after the no from $company is done. That took steadiness; "
    "take a moment to notice it."
)


def _search_text(row: PlanRow) -> str:
    return row.search_text


def _still_open(row: PlanRow) -> bool:
    return not row.completed


class RecoveryPane(AppPane):
    PANE_ID = "recovery"
    STATEFUL_ACTIONS = (
        "message",
        "tick",
        "skill",
        "custom_step",
        "reframe",
        "edit",
        "delete",
        "undo",
        "filter",
        "toggle_view",
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "tick", "Tick", id="recovery.tick"),
        Binding("n", "new_rejection", "New no", id="recovery.new"),
        Binding("c", "custom_step", "Add step", id="recovery.custom"),
        Binding("t", "reframe", "Reframe", id="recovery.reframe"),
        Binding("s", "skill", "To skill", id="recovery.skill"),
        Binding("m", "message", "Write it", id="recovery.message"),
        Binding("e", "edit", "Edit rejection", id="recovery.edit", show=False),
        Binding("d", "delete", "Delete", id="recovery.delete", show=False),
        Binding("u", "undo", "Undo", id="recovery.undo"),
        Binding("slash", "filter", "Filter", id="recovery.filter"),
        Binding("v", "toggle_view", "Open plans / all", id="recovery.view", show=False),
        Binding("escape", "back", "Back", id="recovery.back", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Every plan as read (newest no first); the filter's matches best first.
        self._model: ListModel[PlanRow, int] = ListModel(
            lambda row: row.rejection_id, _search_text, ranked=True
        )
        self._open_only = False
        self._plan: Plan | None = None
        self._header_text: Content = Content("")
        self._plan_timer: Timer | None = None

    # --- Layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="recovery-header", classes="pane-header")
        yield EmptyState(
            "No rejections, no plans",
            "When a no arrives, this pane gives you a plan for the days after it: time for the "
            "feelings, an honest review, asking for feedback, and the next step forward.",
            "Press [b]{recovery.new|n}[/b] to record a no, or mark an application rejected in the "
            "Pipeline ([b]{pane.pipeline|2}[/b]) and its plan appears here.",
            id="recovery-empty",
        )
        with Horizontal(id="recovery-body"):
            with Vertical(id="recovery-side"):
                yield FilterBar(
                    "Filter by company or role",
                    id="recovery-filter-bar",
                    input_id="recovery-filter",
                    compact=False,
                )
                yield RejectionList(id="recovery-list")
            yield Static("", id="recovery-no-match")
            yield PlanView(id="recovery-plan")

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
        self._model.replace(recovery_service.plan_rows(self.bb_app.db))
        self._fill_table(keep=self.table.selected_id)
        self._show_plan_for_cursor(force=True)

    def _filter(self, text: str | None = None) -> None:
        """Filter the plans by ``text`` (default: as now) and the open-only view."""
        self._model.set_filter(
            self._model.text if text is None else text,
            _still_open if self._open_only else None,
            condition_key="open" if self._open_only else None,
        )

    def _fill_table(self, keep: int | None = None) -> None:
        rows = self._model.visible
        self.table.show(rows, clock.today(), keep)
        self._show_counts(len(rows))

    def _show_counts(self, shown: int) -> None:
        total = len(self._rows)
        open_plans = sum(1 for r in self._rows if not r.completed)
        text = (
            markup_with(
                "[b]$total[/b] recovery $noun, [b]$open[/b] still open",
                total=total,
                noun=noun_for(total, "plan"),
                open=open_plans,
            )
            if total
            else Content("")
        )
        if self._query.strip() or self._open_only:
            what = plural(shown, "open plan" if self._open_only else "plan")
            matching = " matching the filter" if self._query.strip() else ""
            text += markup_with("  ·  showing $what$matching", what=what, matching=matching)
        header = self.query_one("#recovery-header", Static)
        if text.markup != self._header_text.markup:
            self._header_text = text
            header.update(text, layout=False)  # one line, fixed height (recovery.tcss)
        has_rows = bool(self._rows)
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
            no_match = self.query_one("#recovery-no-match", Static)
            no_match.display = bool(self._rows)
            no_match.update(
                "No plan matches. [b]Escape[/b] clears the filter."
                if self._query.strip()
                else "Every plan here is finished. [b]v[/b] shows them all."
            )
            self.sync_keys()
            return
        rejection_id = row.rejection_id
        if not force and self._plan is not None and self._plan.rejection.id == rejection_id:
            return
        self._load_plan(rejection_id)

    def _load_plan(self, rejection_id: int) -> bool:
        try:
            plan = recovery_service.load_plan(self.bb_app.db, rejection_id)
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
                self.reload()
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
        rejection_id = recovery_service.rejection_of_step(self.bb_app.db, step_id)
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
        in_steps = self.app.focused is steps
        step = steps.highlighted_step if self._plan else None
        if action == "tick":
            return in_steps and step is not None
        if action == "skill":
            return (
                in_steps
                and step is not None
                and bool(step.answer)
                and skill_source_kind(step.kind, step.group_key) is not None
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
        if action in ("filter", "toggle_view"):
            return bool(self._rows)
        return super().check_action(action, parameters)

    def on_descendant_focus(self) -> None:
        self.sync_keys()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self._plan is not None:
            self.plan_view.show_detail()
        self.sync_keys()

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        step = self.step_list.highlighted_step
        if step is not None:
            await self.open_step(step)

    def action_tick(self) -> None:
        step = self.step_list.highlighted_step
        if step is None:
            return
        try:
            result = recovery_service.set_step_done(
                self.bb_app.db, step.id, step.done_at is None, expected_version=step.version
            )
        except ConflictError as exc:
            # Ticked, edited or removed elsewhere: say so and show the plan as it is now.
            self.report(exc)
            self._refresh_after_conflict(step.id)
            return
        except BouncebackError as exc:
            self.report(exc)
            self.reload()
            return
        self._apply(result)
        if result.step.done_at is not None:
            self._offer_to_log(result.step.template_key or "")

    def _offer_to_log(self, template_key: str) -> None:
        """Ticking "ask for feedback" or "note what came back" offers to log it with the
        application, so its people's history shows it (the step is already ticked)."""
        from bounceback_tui.domain.people import KIND_OF_STEP, InteractionInput
        from bounceback_tui.services.people import log_interaction
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        plan = self._plan
        kind = KIND_OF_STEP.get(template_key)
        if kind is None or plan is None or plan.rejection.application_id is None:
            return
        application_id = plan.rejection.application_id

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                log_interaction(
                    self.bb_app.db,
                    InteractionInput(kind, clock.today(), ""),
                    application_id=application_id,
                    tick=False,
                )
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error")
                return
            self.notify(
                markup_with(
                    "Logged “$kind” with $company.", kind=kind.label, company=plan.rejection.company
                )
            )

        self.app.push_screen(
            ConfirmScreen(
                markup_with(
                    "Log “$kind” with $company too?",
                    kind=kind.label,
                    company=plan.rejection.company,
                ),
                "It goes in the application's log, beside its people.",
                confirm_label="Log it",
            ),
            answered,
        )

    def action_message(self) -> None:
        """Write the message this step stands for (feedback request, gracious reply)."""
        from bounceback_tui.ui.people.pane import open_message

        step = self.step_list.highlighted_step
        plan = self._plan
        if step is None or plan is None or plan.rejection.application_id is None:
            return
        kind = MESSAGE_FOR_STEP.get(step.template_key or "")
        if kind is not None:
            open_message(self, kind, plan.rejection.application_id, None)

    def _refresh_after_conflict(self, step_id: int | None = None) -> None:
        plan = self._plan
        self.reload()
        if plan is not None:
            self.select_item(plan.rejection.id)
            if step_id is not None:
                self.step_list.select_step(step_id)
        if self.app.focused is None:
            self.focus_target().focus()

    def _apply(self, result: TickResult) -> None:
        """Show one step's change: its line, the plan's title, the list's bar and counts."""
        plan = self._plan
        if plan is None or plan.rejection.id != result.step.rejection_id:
            return
        plan.rejection = replace(plan.rejection, plan_completed_at=result.plan_completed_at)
        self.plan_view.update_step(result.step)
        self._update_row(result.done, result.total, result.plan_completed_at is not None)
        self.caught_up()
        if result.finished_now:
            self.notify(
                markup_with(FINISHED_MESSAGE, company=plan.rejection.company),
                title=FINISHED_TITLE,
                timeout=8,
            )

    def _update_row(self, done: int, total: int, completed: bool) -> None:
        plan = self._plan
        if plan is None:
            return
        row = self._model.find(plan.rejection.id)
        if row is None:
            return
        row = replace(row, done=done, total=total, completed=completed)
        self._model.put(row)
        self.table.update_item(row)
        self._show_counts(self.table.row_count)

    async def open_step(self, step: StepView) -> None:
        """Enter on a step: write its answer, note the feedback request, or follow its link."""
        plan = self._plan
        if plan is None:
            return
        rejection = plan.rejection
        if step.link == StepLink.REFRAME:
            await self.bb_app.start_reframe(rejection.id)
            return
        if step.link == StepLink.SKILLS:
            await self.bb_app.new_skill_from(
                text="",
                source_kind="rejection",
                rejection_id=rejection.id,
                recovery_step_id=step.id,
            )
            return
        db = self.bb_app.db
        context = (
            f"{rejection.company}, {rejection.role}  ·  {GROUP_TITLES.get(step.group_key, '')}"
        )
        screen: Screen[TickResult | None] | Screen[TickResult]
        if step.kind == StepKind.FEEDBACK:
            from bounceback_tui.ui.recovery.forms import feedback_request_form

            screen = feedback_request_form(db, step, rejection.rejected_on)
        elif step.kind == StepKind.EXPRESSIVE:
            from bounceback_tui.ui.recovery.answer import ExpressiveWritingScreen

            screen = ExpressiveWritingScreen(db, step, context)
        else:
            from bounceback_tui.ui.recovery.answer import AnswerScreen

            screen = AnswerScreen(db, step, context)
        self.app.push_screen(screen, self._after_step_screen)

    def _after_step_screen(self, result: TickResult | None) -> None:
        # Closing without saving may still have changed the draft: re-read this plan.
        plan = self._plan
        if plan is None:
            return
        self._load_plan(plan.rejection.id)
        if result is not None:
            row = recovery_service.plan_row(self.bb_app.db, plan.rejection.id)
            if row is not None:
                self._update_row(row.done, row.total, row.completed)
            if result.finished_now:
                self.notify(
                    markup_with(FINISHED_MESSAGE, company=plan.rejection.company),
                    title=FINISHED_TITLE,
                    timeout=8,
                )
        self.caught_up()
        self.step_list.focus()

    def action_new_rejection(self) -> None:
        self._flush_plan()
        from bounceback_tui.ui.recovery.forms import rejection_form

        def saved(rejection: RejectionView | None) -> None:
            if rejection is None:
                return
            self.reload()
            self.select_item(rejection.id)
            self.step_list.focus()
            self.notify(
                markup_with(
                    "A plan for $company is ready. Start with the first step when you are ready.",
                    company=rejection.company,
                ),
                title="Rejection recorded",
            )

        self.app.push_screen(rejection_form(self.bb_app.db), saved)

    def action_edit(self) -> None:
        self._flush_plan()
        if self._plan is None:
            return
        from bounceback_tui.ui.recovery.forms import rejection_form

        rejection_id = self._plan.rejection.id
        # The form opens on the rejection as it is now (ticks in this pane moved its version).
        current = recovery_service.get_rejection(self.bb_app.db, rejection_id)
        if current is None:
            self.notify(recovery_service.GONE, severity="warning", markup=False)
            self.reload()
            return

        def saved(rejection: object) -> None:
            if rejection is None:
                self.refresh_if_stale()  # closed after a conflict: show what is there now
                return
            saved_id = getattr(rejection, "id", None) or rejection_id
            self.reload()
            self.select_item(saved_id)

        self.app.push_screen(rejection_form(self.bb_app.db, current), saved)

    def action_custom_step(self) -> None:
        self._flush_plan()
        plan = self._plan
        if plan is None:
            return
        from bounceback_tui.ui.recovery.forms import custom_step_form

        # From inside the plan, the new step joins the highlighted step's group.
        current = self.step_list.highlighted_step if self.step_list.has_focus else None
        group = current.group_key if current else "keep_going"

        def added(result: TickResult | None) -> None:
            if result is None:
                return
            self._load_plan(result.step.rejection_id)
            self._update_row(result.done, result.total, result.plan_completed_at is not None)
            self.step_list.select_step(result.step.id)
            self.step_list.focus()
            self.notify(
                markup_with("Added “$title” to this plan.", title=result.step.title),
                title="Step added",
            )

        self.app.push_screen(custom_step_form(self.bb_app.db, plan.rejection, group), added)

    async def action_reframe(self) -> None:
        self._flush_plan()
        if self._plan is not None:
            await self.bb_app.start_reframe(self._plan.rejection.id)

    async def action_skill(self) -> None:
        self._flush_plan()
        step = self.step_list.highlighted_step
        plan = self._plan
        if step is None or plan is None:
            return
        source = skill_source_kind(step.kind, step.group_key)
        if source is None or not step.answer:
            return
        await self.bb_app.new_skill_from(
            text=step.answer,
            source_kind=source,
            rejection_id=plan.rejection.id,
            recovery_step_id=step.id,
        )

    def action_delete(self) -> None:
        self._flush_plan()
        plan = self._plan
        if plan is None:
            return
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        step = self.step_list.highlighted_step
        if self.app.focused is self.step_list and step is not None:
            step_id = step.id

            step_version = step.version

            def remove_step(yes: bool | None) -> None:
                if yes:
                    self._delete(
                        lambda: recovery_service.delete_step(
                            self.bb_app.db, step_id, expected_version=step_version
                        )
                    )

            self.app.push_screen(
                ConfirmScreen(
                    markup_with("Remove “$title” from this plan?", title=step.title),
                    markup_with(
                        "What you wrote on it goes too. Press [b]u[/b] straight after to undo. "
                        "Other plans and the template keep their steps."
                    ),
                    confirm_label="Remove",
                ),
                remove_step,
            )
            return
        rejection = plan.rejection
        rejection_id = rejection.id
        blocked = recovery_service.delete_blocked(self.bb_app.db, rejection_id)
        if blocked is not None:
            self.notify(plain(blocked), severity="warning")
            return
        pipeline = " The application stays in the Pipeline." if rejection.application_id else ""

        fresh = recovery_service.get_rejection(self.bb_app.db, rejection_id)
        rejection_version = fresh.version if fresh is not None else rejection.version

        def remove_rejection(yes: bool | None) -> None:
            if yes:
                self._delete(
                    lambda: recovery_service.delete_rejection(
                        self.bb_app.db, rejection_id, expected_version=rejection_version
                    )
                )

        self.app.push_screen(
            ConfirmScreen(
                markup_with(
                    "Delete the rejection from $company and its plan?", company=rejection.company
                ),
                markup_with(
                    "Its $steps and everything written on them go too.$pipeline "
                    "Press [b]u[/b] straight after to undo.",
                    steps=plural(plan.total, "step"),
                    pipeline=pipeline,
                ),
                confirm_label="Delete",
            ),
            remove_rejection,
        )

    def _delete(self, do_delete: Callable[[], DeletedRows]) -> None:
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
            self.reload()
            return
        self.remember_undo((deleted, plan.rejection.id))
        if deleted.table == "rejection":
            self._plan = None
            self.reload()
            self.notify("Deleted. Press [b]u[/b] to undo.", title="Rejection deleted")
        else:
            self.reload()
            self.notify("Removed. Press [b]u[/b] to undo.", title="Step removed")
        self.sync_keys()

    def action_undo(self) -> None:
        self._flush_plan()
        entry = self.undo_entry()
        if entry is None:
            return
        deleted, rejection_id = cast("tuple[DeletedRows, int]", entry)
        try:
            recovery_service.restore_deleted(self.bb_app.db, deleted)
        except BouncebackError as exc:
            self.report(exc, title="Could not undo")
            return
        self.forget_undo(entry)
        self.reload()
        self.select_item(rejection_id)
        if deleted.table == "recovery_step":
            self.step_list.select_step(int(deleted.row_id))
            self.step_list.focus()
        self.notify("Put back as it was.", title="Undone")
        self.sync_keys()

    # --- Filter and view ----------------------------------------------------------------

    def action_filter(self) -> None:
        self._model.prepare_index()  # now, so the first letter does not pay for it
        self.filter_bar.open()

    def _hide_filter(self) -> None:
        self.filter_bar.close()
        self._filter("")

    def on_filter_bar_changed(self, event: FilterBar.Changed) -> None:
        event.stop()
        self._filter(event.value)
        self._fill_table()  # the plan follows the cursor once typing pauses

    def on_filter_bar_submitted(self, event: FilterBar.Submitted) -> None:
        event.stop()
        self.table.focus()

    def action_back(self) -> None:
        """Escape: leave the filter (clearing it), or go from the steps back to the list."""
        focused = self.app.focused
        if focused is self.filter_bar.input or (self._query and focused is self.table):
            keep = self.table.selected_id
            self._hide_filter()
            self._fill_table(keep=keep)
            self.table.focus()
            self._show_plan_for_cursor()
        elif focused is self.step_list:
            self.table.focus()

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
