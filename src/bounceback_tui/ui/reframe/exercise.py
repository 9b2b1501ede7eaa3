"""The guided exercise: one step at a time, with progress and the thought kept in view.
Its drafts are saved as the person types and moves on (draft_saving.py)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import ContentSwitcher, Static

from bounceback_tui.reframe.record import (
    STEP_COUNT,
    STEPS,
    SUMMARY_STEP,
    THOUGHT_STEP,
    RecordDraft,
)
from bounceback_tui.ui.kit.text import markup_with
from bounceback_tui.ui.reframe.draft_saving import DraftSaving
from bounceback_tui.ui.reframe.steps import (
    FeelingsStep,
    RerateStep,
    StepView,
    TextStep,
    TrapsStep,
)


class ReframeExercise(DraftSaving):
    """Shows one step of a RecordDraft; the pane drives it with next/previous/leave."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: acted on as the key arrives, in order with the typing around it (a burst
        # "80<Tab>60" rated Sad 8060; kit/type_ahead.FIELD_KEYS says why).
        Binding("tab", "tab_forward", "Next field", show=False, priority=True, id="reframe.tab"),
        Binding(
            "shift+tab",
            "tab_back",
            "Previous field",
            show=False,
            priority=True,
            id="reframe.shift_tab",
        ),
    ]

    class Finished(Message):
        """The last step is done: the record is complete."""

        def __init__(self, draft: RecordDraft) -> None:
            super().__init__()
            self.draft = draft

    def compose(self) -> ComposeResult:
        with Horizontal(id="rf-progress-row"):
            yield Static(id="rf-progress")
            yield Static(id="rf-saved")
        yield Static(id="rf-thought")
        yield Static(id="rf-question")
        yield Static(id="rf-hint")
        with ContentSwitcher(id="rf-steps", initial="rf-step-0"):
            yield TextStep(
                STEPS[0], "situation", placeholder="What happened, when, who", id="rf-step-0"
            )
            yield TextStep(
                STEPS[1], "thought", placeholder="The thought, word for word", id="rf-step-1"
            )
            yield FeelingsStep(STEPS[2], id="rf-step-2")
            yield TrapsStep(STEPS[3], id="rf-step-3")
            yield TextStep(
                STEPS[4], "evidence_for", prompts="for", placeholder="Facts for", id="rf-step-4"
            )
            yield TextStep(
                STEPS[5],
                "evidence_against",
                prompts="against",
                placeholder="Facts against",
                id="rf-step-5",
            )
            yield TextStep(
                STEPS[6], "balanced_thought", placeholder="A fairer way to put it", id="rf-step-6"
            )
            yield RerateStep(STEPS[7], id="rf-step-7")
        yield Static(id="rf-message")

    def view(self, index: int | None = None) -> StepView:
        return self.query_one(f"#rf-step-{self.index if index is None else index}", StepView)

    # --- starting and moving --------------------------------------------------------------

    async def begin(self, draft: RecordDraft, step: int | None = None) -> None:
        """Show ``draft`` at ``step`` (default: where it was left)."""
        self._cancel_timer()
        self.draft = draft.copy()
        self._saved = draft.copy()
        self.active = True
        self.want_trap_model()
        start = draft.current_step if step is None else step
        self._set_saved_label()
        await self.show_step(min(max(start, 0), STEP_COUNT - 1))

    async def show_step(self, index: int, *, focus_last: bool = False) -> None:
        self.index = index
        step = STEPS[index]
        view = self.view(index)
        await view.load(self.draft)
        self.query_one("#rf-steps", ContentSwitcher).current = view.id
        dots = "●" * (index + 1) + "○" * (STEP_COUNT - index - 1)
        self.query_one("#rf-progress", Static).update(
            markup_with(
                "[b]Step $number of $count[/b] · $title  [dim]$dots[/dim]",
                number=index + 1,
                count=STEP_COUNT,
                title=step.title,
                dots=dots,
            )
        )
        banner = self.query_one("#rf-thought", Static)
        banner.display = index > THOUGHT_STEP and bool(self.draft.thought.strip())
        banner.update(
            markup_with("[b]Your thought:[/b] “$thought”", thought=self.draft.thought.strip())
        )
        self.query_one("#rf-question", Static).update(step.question)
        self.query_one("#rf-hint", Static).update(step.hint)
        self._show_errors([])
        self.call_after_refresh(self._focus_field, focus_last)

    def _focus_field(self, last: bool) -> None:
        fields = self.view().fields()
        if fields:
            (fields[-1] if last else fields[0]).focus()
        else:
            self.view().focus()  # nothing to fill in: the step itself holds the keys

    async def next_step(self) -> None:
        errors = self.view().read_into(self.draft)
        if errors:
            self._show_errors(errors)
            return
        if self.index == THOUGHT_STEP and not self.draft.thought.strip():
            self._show_message(
                "Write the thought down first: the rest of the exercise works on it.", error=True
            )
            return
        if self.index == STEP_COUNT - 1:
            self.draft.current_step = SUMMARY_STEP
            self.draft.complete = True
            if self._save():
                self.active = False
                self.post_message(self.Finished(self.draft.copy()))
            return
        self.draft.current_step = self.index + 1
        if not self._save():
            # Refused and said why, on the step that holds the refused text (_save goes
            # there): never carried on to a step that cannot show it.
            self.draft.current_step = self.index
            return
        await self.show_step(self.index + 1)

    async def previous_step(self) -> None:
        errors = self.view().read_into(self.draft)
        if errors:
            self._show_errors(errors)
            return
        if self.index == 0:
            self._show_message("This is the first step.")
            return
        self.draft.current_step = self.index - 1
        if not self._save():
            self.draft.current_step = self.index
            return
        await self.show_step(self.index - 1, focus_last=True)

    async def action_tab_forward(self) -> None:
        fields = self.view().fields()
        if not fields or self.screen.focused is fields[-1] or self.screen.focused not in fields:
            await self.next_step()
        else:
            self.screen.focus_next()

    async def action_tab_back(self) -> None:
        fields = self.view().fields()
        if not fields or self.screen.focused is fields[0] or self.screen.focused not in fields:
            await self.previous_step()
        else:
            self.screen.focus_previous()
