"""Recovery: one plan per rejection, ticked from the keyboard.

Rejections on the left (one aggregate query, drawn by a list that renders only the
rows on screen), the chosen plan on the right. A tick is one transaction and
repaints one line of the plan and one row of the list, so it stays fast with
thousands of plans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.widgets import Static

from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.recovery.delete_undo import DeleteAndUndo
from bounceback_tui.ui.recovery.listing import RecoveryListing
from bounceback_tui.ui.recovery.plan import PlanView
from bounceback_tui.ui.recovery.plan_list import RejectionList
from bounceback_tui.ui.recovery.refusals import StepKeyNotes
from bounceback_tui.ui.recovery.rejections import RejectionForms
from bounceback_tui.ui.recovery.skipping import StepSkips
from bounceback_tui.ui.recovery.step_work import StepWork

if TYPE_CHECKING:
    pass

# Under this many columns the pane shows one column at a time (recovery.tcss): the list, or
# the plan once focus goes into it (Enter), and Escape back. At 40x15 the plan beside the
# list was 5 cells wide ("Lark…", "[ ]", "How"), and Enter and Space worked in it unread.
ONE_COLUMN_BELOW = 60


class RecoveryPane(
    StepWork, RejectionForms, StepSkips, DeleteAndUndo, StepKeyNotes, RecoveryListing
):
    """The Recovery pane: its keys and layout; each flow is a module of its own (see listing)."""

    PANE_ID = "recovery"
    UNREAD_WHAT = "your recovery plans"
    ROW_TABLE = "rejection"
    ROW_CHILDREN = frozenset({"recovery_step"})  # shown in its no's plan
    ROW_WORDS = "its plan"
    # The key bar's labels when it is short of room (ui/kit/key_bar.py).
    BAR_LABELS: ClassVar[dict[str, str]] = {
        "recovery.new": "New",
        "recovery.custom": "Add",
        "recovery.skill": "Skill",
        "recovery.message": "Write",
        "recovery.clear_filter": "Filter",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "tick", "Tick", id="recovery.tick"),
        Binding("x", "skip", "Skip", id="recovery.skip"),
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
        # Escape clears a filter (said on the bar, as on the other panes) or goes back.
        Binding("escape", "clear_words", "Clear filter", id="recovery.clear_filter"),
        Binding("escape", "back", "Back", id="recovery.back", show=False),
    ]

    def notify(
        self,
        message: str | Content,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """The note, and the plan's cursor kept above it (ui/recovery/note_room.py). In the
        plan a note takes the place of the information notes before it (a key pressed since:
        the person has moved on), as a dialog's opening does (kit/toast_room.py): stacked,
        two notes covered the plan's steps at 80x24."""
        in_plan = self.is_mounted and self.app.focused is self.step_list
        if in_plan:
            from bounceback_tui.ui.kit.toast_room import EARLIER_SECONDS, let_notes_go

            let_notes_go(self.app, EARLIER_SECONDS)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
        if in_plan:
            from bounceback_tui.ui.recovery.note_room import keep_cursor_above_notes

            keep_cursor_above_notes(self.step_list)

    def row_named(self, row: object) -> str:
        """A plan as notes name it: its no's "Company (Role)"."""
        from bounceback_tui.domain.text import app_name

        return app_name(getattr(row, "company", ""), getattr(row, "role", ""))

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

    def on_resize(self) -> None:
        self.set_class(self.app.size.width < ONE_COLUMN_BELOW, "-narrow")  # the terminal's

    def on_descendant_focus(self) -> None:
        """The plan takes the whole width (narrow) while focus is in it; the list else."""
        self.set_class(self.plan_view.has_focus_within, "-plan-open")
