"""The guided exercise: one step at a time, with progress, the thought kept in view, and
every answer saved as a draft while the person types (debounced) and when they move on.

The pane that shows it says how a draft is saved and read again (``save`` and ``load``):
the exercise decides when, never touching the store itself."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Input, SelectionList, Static, TextArea

from bounceback_tui.errors import BouncebackError, ConflictError, FieldError, ValidationError
from bounceback_tui.reframe.record import (
    STEP_COUNT,
    STEPS,
    SUMMARY_STEP,
    THOUGHT_STEP,
    RecordDraft,
)
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.reframe.steps import (
    FeelingsStep,
    RerateStep,
    StepView,
    TextStep,
    TrapsStep,
)

# Seconds of quiet typing before a draft is saved.
AUTOSAVE_DELAY = 0.5
# The step that holds each field a save can refuse (a feeling's name or rating: the
# feelings step, where they are written).
_FIELD_STEPS = {
    "situation": "situation",
    "thought": "thought",
    "feelings": "feelings",
    "belief_before": "feelings",
    "traps": "traps",
    "evidence_for": "evidence_for",
    "evidence_against": "evidence_against",
    "balanced_thought": "balanced",
    "belief_after": "rerate",
}


def refused_step(errors: list[FieldError]) -> int | None:
    """The first step (in the exercise's order) that holds a refused field, if any does."""
    keys = [step.key for step in STEPS]
    found = [
        keys.index(_FIELD_STEPS["feelings" if e.field.startswith("feeling-") else e.field])
        for e in errors
        if e.field.startswith("feeling-") or e.field in _FIELD_STEPS
    ]
    return min(found) if found else None


class ReframeExercise(Vertical):
    """Shows one step of a RecordDraft; the pane drives it with next/previous/leave."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "tab_forward", "Next field", show=False, id="reframe.tab"),
        Binding("shift+tab", "tab_back", "Previous field", show=False, id="reframe.shift_tab"),
    ]

    class Finished(Message):
        """The last step is done: the record is complete."""

        def __init__(self, draft: RecordDraft) -> None:
            super().__init__()
            self.draft = draft

    class Saved(Message):
        def __init__(self, draft: RecordDraft) -> None:
            super().__init__()
            self.draft = draft

    class Discarded(Message):
        """The record was deleted in another window and the person chose to discard what
        they typed: the exercise has stopped, and the pane goes back to the list."""

    def __init__(
        self,
        *,
        save: Callable[[RecordDraft], RecordDraft],
        load: Callable[[int], RecordDraft],
        id: str | None = None,
    ) -> None:
        """``save`` stores a draft and returns it as stored (its id, version, ...);
        ``load`` reads a record again by id. Both raise the services' errors."""
        super().__init__(id=id)
        self._store_draft = save
        self._load_record = load
        self.draft = RecordDraft()
        self._saved = RecordDraft()
        self.index = 0
        self._timer: Timer | None = None
        self.active = False
        # A conflict dialog is open: nothing saves until the person has chosen.
        self._conflict_open = False
        # A save met another window's change and the person has not chosen yet (what the
        # page says about it): the autosave waits; the next step, the step back or Escape asks.
        self._unsettled: str | None = None

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

    # --- saving ---------------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is on screen now. False if something was refused (and shown)."""
        self._cancel_timer()
        if not self.active:
            return True
        errors = self.view().read_into(self.draft)
        self._show_errors(errors)
        return self._save() and not errors

    def leave(self) -> bool:
        """Save and stop; the pane goes back to the list. False if the save was refused."""
        saved = self.flush()
        if saved:
            self.active = False
        return saved

    def _save(self, *, ask: bool = True, mend: bool = True) -> bool:
        """Save the draft if it changed. Meeting another window's change opens the choice
        when the person acted (``ask``: the next step, Escape); the autosave, which runs
        after a pause in typing, only says it, so no dialog takes the keys being typed. A
        refusal with ``mend`` shows the step that holds the first refused field, so the
        person can always reach what to change (Escape and ctrl+n wait for it)."""
        if self.draft == self._saved or not self.draft.has_content():
            return True
        if self._conflict_open:
            return False
        if self._unsettled is not None and not ask:
            self._show_message(self._unsettled, error=True)
            return False
        try:
            saved = self._store_draft(self.draft)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            step = refused_step(exc.errors)
            if mend and step is not None and step != self.index:
                self.call_later(self._show_refused, step, exc.errors)
            return False
        except ConflictError as exc:
            self._unsettled = f"Not saved: {exc} Escape or moving on asks what to do."
            if ask:
                self._ask_about_conflict(exc)
            else:
                self._show_message(self._unsettled, error=True)
            return False
        except BouncebackError as exc:
            self._show_message(str(exc), error=True)
            return False
        self._unsettled = None
        self.draft.id = saved.id
        self.draft.created_at = saved.created_at
        self.draft.complete = saved.complete
        self.draft.version = saved.version
        self._saved = self.draft.copy()
        self._set_saved_label()
        self.post_message(self.Saved(self.draft.copy()))
        return True

    async def _show_refused(self, step: int, errors: list[FieldError]) -> None:
        if self.active:
            await self.show_step(step)
            self._show_errors(errors)

    def _ask_about_conflict(self, exc: ConflictError) -> None:
        """Another window changed or deleted this record since it was read: nothing was
        saved; the person chooses (reload it, keep theirs, save it as a new record)."""
        from bounceback_tui.ui.kit.conflict import ConflictScreen

        self._cancel_timer()
        self._conflict_open = True
        self._show_message(f"Not saved: {exc}", error=True)
        self.app.push_screen(
            ConflictScreen(str(exc), deleted=exc.deleted),
            lambda choice: self._conflict_chosen(choice, exc),
        )

    def _conflict_chosen(self, choice: str | None, exc: ConflictError) -> None:
        self._conflict_open = False
        if choice == "overwrite":
            self.draft.version = exc.current_version
            self._save()
        elif choice == "as_new":
            self.draft.id = None
            self.draft.version = None
            self.draft.created_at = None
            self._save()
        elif choice == "reload" and self.draft.id is not None:
            try:
                fresh = self._load_record(self.draft.id)
            except BouncebackError as error:
                self._show_message(str(error), error=True)
                return
            self.call_later(self.begin, fresh, self.index)
        elif choice == "discard":
            # Nothing more is saved from this page; what another window did stands, and
            # the pane goes back to the list as it is now.
            self._cancel_timer()
            self._unsettled = None
            self._saved = self.draft.copy()
            self.active = False
            self.post_message(self.Discarded())
            return
        self.call_after_refresh(self._focus_field, False)

    def _set_saved_label(self) -> None:
        label = self.query_one("#rf-saved", Static)
        if self.draft.id is None:
            label.update("[dim]not saved yet[/dim]")
        elif self.draft.complete:
            label.update("[dim]saved[/dim]")
        else:
            label.update("[dim]draft saved[/dim]")

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(SelectionList.SelectedChanged)
    def _schedule_save(self) -> None:
        if not self.active:
            return
        # Copy the answer into the draft at once (cheap), so it survives even if the app
        # closes before the timer fires; the database write waits for a pause in typing.
        self.view().read_into(self.draft)
        self._cancel_timer()
        self._timer = self.set_timer(AUTOSAVE_DELAY, self._autosave)

    def _autosave(self) -> None:
        self._timer = None
        if not self.active:
            return
        errors = self.view().read_into(self.draft)
        self._show_errors(errors)
        # While typing: say so, but leave the person where they are.
        self._save(ask=False, mend=False)

    def on_unmount(self) -> None:
        # Quitting mid-step: keep what was typed since the last save. The step widgets
        # are already gone, but every keystroke was copied into the draft.
        self._cancel_timer()
        if self.active:
            with suppress(Exception):  # the app is closing; never block it
                self._save(ask=False, mend=False)

    # --- messages -------------------------------------------------------------------------

    def _show_errors(self, errors: list[FieldError]) -> None:
        if errors:
            self._show_message(" ".join(dict.fromkeys(e.message for e in errors)), error=True)
        else:
            self._show_message("")

    def _show_message(self, text: str, *, error: bool = False) -> None:
        message = self.query_one("#rf-message", Static)
        message.set_class(error, "-error")
        message.update(plain(text))
