"""The guided exercise: one step at a time, with progress and the thought kept in view.
Its drafts are saved as the person types and moves on (draft_saving.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from functools import partial
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import ContentSwitcher, Static

from bounceback_tui.domain.text import is_blank
from bounceback_tui.errors import ValidationError
from bounceback_tui.reframe.record import (
    STEP_COUNT,
    STEPS,
    SUMMARY_STEP,
    THOUGHT_STEP,
    RecordDraft,
    validate,
)
from bounceback_tui.ui.kit.text import markup_with
from bounceback_tui.ui.reframe.draft_saving import DraftSaving
from bounceback_tui.ui.reframe.rating_steps import FeelingsStep, RerateStep
from bounceback_tui.ui.reframe.step_room import fit_room
from bounceback_tui.ui.reframe.steps import StepView, TextStep, TrapsStep

# Seconds after a step is shown: the next one is built then (ReframeExercise._step).
NEXT_STEP_DELAY = 0.3


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

    def on_resize(self, event: events.Resize) -> None:
        # In a short pane (50x16 gives 9 rows) the step's hint, wrapped over four lines at
        # 48 cells, pushed the step's fields below the pane while one had focus (the walk
        # at 50x16, seed 9707). A class for short panes cut the hint to a line, but the
        # question, the thought and a step's intro still took every row at 40x15 or 60x20:
        # what gives way is now measured (step_room.py), and from the styles alone (a class
        # set here took effect after the measuring).
        self.refit()

    def refit(self) -> None:
        """Once laid out anew, the step's fields keep their rows; the lines above give way
        (step_room.py). After a resize, a step shown, a message shown or cleared."""
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        built = self._steps_built.get(self.index)
        if self.is_attached and built is not None and built.is_set():
            fit_room(self, self.view())

    def compose(self) -> ComposeResult:
        with Horizontal(id="rf-progress-row"):
            yield Static(id="rf-progress")
            yield Static(id="rf-saved")
        yield Static(id="rf-thought")
        yield Static(id="rf-question")
        yield Static(id="rf-hint")
        # The first step now, each later one when first shown (_step): the five text areas
        # and the trap list that an exercise never reached are not built (docs/performance.md,
        # "Memory, mem5's round").
        first = asyncio.Event()
        first.set()
        self._steps_built: dict[int, asyncio.Event] = {0: first}
        with ContentSwitcher(id="rf-steps", initial="rf-step-0"):
            yield _make_step(0)
        message = Static(id="rf-message")
        message.display = False  # until there is something to say (_show_message)
        yield message

    def view(self, index: int | None = None) -> StepView:
        return self.query_one(f"#rf-step-{self.index if index is None else index}", StepView)

    async def _step(self, index: int) -> StepView:
        """Step ``index``'s view, built the first time it is asked for (shown, or the step
        after the one shown); a caller arriving while it is being built waits for it."""
        await self._build(index)
        return self.view(index)

    async def _build(self, index: int) -> None:
        built = self._steps_built.get(index)
        if built is None:
            built = self._steps_built[index] = asyncio.Event()
            view = _make_step(index)
            view.display = False  # until the switcher shows it
            await self.query_one("#rf-steps", ContentSwitcher).mount(view)
            built.set()
        await built.wait()

    async def _build_next(self, index: int) -> None:
        if index < STEP_COUNT and self.is_attached:
            await self._build(index)

    # --- starting and moving --------------------------------------------------------------

    async def begin(self, draft: RecordDraft, step: int | None = None) -> None:
        """Show ``draft`` at ``step`` (default: where it was left)."""
        self._start_afresh()
        self.draft = draft.copy()
        self._saved = draft.copy()
        self.active = True
        self.want_trap_model()
        start = draft.current_step if step is None else step
        self._set_saved_label()
        await self.show_step(min(max(start, 0), STEP_COUNT - 1))

    async def show_step(self, index: int) -> None:
        view = await self._step(index)  # built first: a key meanwhile reads the step shown
        self.index = index
        step = STEPS[index]
        view.loading = True  # not read meanwhile (DraftSaving.read_view)
        try:
            await view.load(self.draft)
        finally:
            view.loading = False
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
        banner.display = index > THOUGHT_STEP and not is_blank(self.draft.thought)
        banner.update(
            markup_with("[b]Your thought:[/b] “$thought”", thought=self.draft.thought.strip())
        )
        self.query_one("#rf-question", Static).update(step.question)
        self.query_one("#rf-hint", Static).update(step.hint)
        self._show_errors([])
        self.refit()
        self.call_after_refresh(self._focus_field, False)
        # The next step is built while this one is read, so ctrl+n does not wait for it.
        if index + 1 not in self._steps_built:
            self.set_timer(NEXT_STEP_DELAY, partial(self._build_next, index + 1))

    def _focus_field(self, last: bool) -> None:
        fields = self.view().fields()
        if fields:
            (fields[-1] if last else fields[0]).focus()
        else:
            self.view().focus()  # nothing to fill in: the step itself holds the keys

    def refused_on_quitting(self) -> str:
        """What quitting now would not keep, in the save's words ("" if nothing): what the
        step's fields refuse (a refused field keeps the stored value), or what the save of the
        whole draft refuses (then nothing since the last save is kept)."""
        if not self.active:
            return ""
        draft = self.draft.copy()
        errors = self.read_view(draft)
        if not errors:
            try:
                validate(draft)
            except ValidationError as exc:
                errors = exc.errors
        return " ".join(dict.fromkeys(error.message for error in errors))

    async def next_step(self) -> None:
        errors = self.read_view(self.draft)
        if errors:
            self._show_errors(errors)
            return
        if self.index == THOUGHT_STEP and is_blank(self.draft.thought):
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
            self._carry_on_after(self.next_step)
            return
        await self.show_step(self.index + 1)

    async def previous_step(self) -> None:
        """Back a step (ctrl+b), on its first field."""
        errors = self.read_view(self.draft)
        if errors:
            self._show_errors(errors)
            return
        if self.index == 0:
            self._show_message("This is the first step.")
            return
        self.draft.current_step = self.index - 1
        if not self._save():
            self.draft.current_step = self.index
            self._carry_on_after(self.previous_step)
            return
        await self.show_step(self.index - 1)

    def _carry_on_after(self, asked: Callable[[], Awaitable[None]]) -> None:
        """The save met another window's or a restore's change and its dialog is open: once
        the draft is saved as new, ``asked`` (the step the person moved to) is carried out.
        It stayed on step 2 after "Save as new" though ctrl+n was what was pressed."""
        if self._conflict_open:
            self._carry_on = asked

    def action_tab_forward(self) -> None:
        self._tab(1)

    def action_tab_back(self) -> None:
        self._tab(-1)

    def _tab(self, way: int) -> None:
        """Tab and shift+Tab go round the step's fields, from the last to the first and
        back, and never change the step: ctrl+n and ctrl+b do, as the key bar says. Past the
        last field Tab went on to the next step without a word, and shift+Tab went back into
        the last step's text, where the "80" typed next landed after the thought (a
        stranger's walk)."""
        fields = self.view().fields()
        if not fields:
            self.view().focus()  # nothing to fill in: the step itself holds the keys
            return
        focused = self.screen.focused
        at = fields.index(focused) if focused in fields else (-1 if way > 0 else 0)
        # At once, not after a refresh as focus() does: in a burst ("80<Tab>60") the keys after
        # the Tab go to the next field (kit/type_ahead.FIELD_KEYS).
        self.screen.set_focus(fields[(at + way) % len(fields)])


def _make_step(index: int) -> StepView:
    """The view of step ``index`` (id ``rf-step-<index>``)."""
    step, name = STEPS[index], f"rf-step-{index}"
    if index == 2:
        return FeelingsStep(step, id=name)
    if index == 3:
        return TrapsStep(step, id=name)
    if index == 7:
        return RerateStep(step, id=name)
    attribute, prompts, placeholder = _TEXT_STEPS[index]
    return TextStep(step, attribute, prompts=prompts, placeholder=placeholder, id=name)


# The text steps: the draft's attribute, which evidence prompts, the placeholder.
_TEXT_STEPS = {
    0: ("situation", "", "What happened, when, who"),
    1: ("thought", "", "The thought, word for word"),
    4: ("evidence_for", "for", "Facts for"),
    5: ("evidence_against", "against", "Facts against"),
    6: ("balanced_thought", "", "A fairer way to put it"),
}
