"""The Reframe exercise's drafts: every answer saved while the person types (debounced)
and when they move on, another window's change met with a choice, and a refusal shown on
the step that holds it.

The pane says how a draft is saved and read again (``save`` and ``load``): this decides
when, never touching the store itself. Another window's change met is settled in
draft_conflicts.py, which this builds on. ``ReframeExercise`` (exercise.py) builds the steps
and their flow on it."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress

from textual import on
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, SelectionList, Static, TextArea

from bounceback_tui.errors import BouncebackError, ConflictError, FieldError, ValidationError
from bounceback_tui.reframe.record import RecordDraft
from bounceback_tui.ui.kit.form_conflict import conflict_lines
from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.reframe.draft_conflicts import DraftConflicts
from bounceback_tui.ui.reframe.refused_steps import refused_step
from bounceback_tui.ui.reframe.steps import StepView

# Seconds of quiet typing before a draft is saved.
AUTOSAVE_DELAY = 0.5


class DraftSaving(DraftConflicts):
    """Saving a RecordDraft as it is written; the exercise supplies its steps."""

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
        # page says about it): the autosave only says it; the next step, the step back or
        # Escape asks. A save that goes through after all (the record is back) clears it.
        self._unsettled: str | None = None
        # What this step's fields refused when Escape was last refused ("": it was not); what
        # the last save refused; what Escape left without, when it left without something.
        self._refused_leaving = self._save_refused = self.left_without = ""
        # When the record was last read or saved: a restore since is what a save met.
        self._read_at = time.time()

    # --- what the exercise supplies -------------------------------------------------------

    def view(self, index: int | None = None) -> StepView:
        raise NotImplementedError

    async def begin(self, draft: RecordDraft, step: int | None = None) -> None:
        raise NotImplementedError

    async def show_step(self, index: int) -> None:
        raise NotImplementedError

    def _focus_field(self, last: bool) -> None:
        raise NotImplementedError

    def _start_afresh(self) -> None:
        """A record begun (new, another, or this one reloaded): nothing of the last one's
        conflict or refusal stays. A reload kept it, so what was typed next was never
        autosaved, and the next new record said "changed in another window" (a tester)."""
        self._cancel_timer()
        self._unsettled = None
        self._refused_leaving = ""
        self._read_at = time.time()

    def refit(self) -> None:
        raise NotImplementedError

    # --- saving ---------------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is on screen now. False if something was refused (and shown)."""
        self._cancel_timer()
        if not self.active:
            return True
        errors = self.read_view(self.draft)
        self._show_errors(errors)
        self._save_refused = ""
        return self._label_boxes(errors, self._save()) and not errors

    def leave(self, *, anyway: bool = False) -> bool:
        """Save and stop; the pane goes back to the list. False if the save was refused.

        Refused for a field of this step or by the save (a rating of 150, a text over its
        limit), the first Escape says so and stays; the next, unchanged (``anyway``), leaves
        without it (``left_without``): the rest is saved by then (``flush`` saves all it can)."""
        saved = self.flush()
        refused = "" if saved else self.refused_here() or self._save_refused
        if saved or (anyway and refused and refused == self._refused_leaving):
            self.active = False
            self._refused_leaving, self.left_without = "", refused
            return True
        self._refused_leaving = refused
        if refused:
            self._show_message(f"{refused} Mend it, or Escape again leaves without it.", error=True)
        return False

    def read_view(self, draft: RecordDraft) -> list[FieldError]:
        """This step's fields into ``draft``, a refused one as stored; none while it loads."""
        view = self.view()
        view.saved = self._saved
        return [] if view.loading else view.read_into(draft)

    def refused_here(self) -> str:
        """What the fields of this step refuse in what they hold now ("" if nothing)."""
        errors = self.read_view(self.draft.copy())
        return " ".join(dict.fromkeys(error.message for error in errors))

    def _save(self, *, ask: bool = True, mend: bool = True, again: bool = False) -> bool:
        """Save the draft if it changed. Meeting another window's change opens the choice
        when the person acted (``ask``: the next step, Escape); the autosave, which runs
        after a pause in typing, only says it, so no dialog takes the keys being typed. A
        refusal with ``mend`` shows the step that holds the first refused field, so the
        person can always reach what to change (Escape and ctrl+n wait for it)."""
        if self.draft == self._saved or not self.draft.has_content():
            return True
        if self._conflict_open:
            return False
        # Unsettled, the autosave still tries, under compare-and-set: a record deleted
        # there and brought back (its `u`) saves again, and the line goes; else it says so.
        try:
            saved = self._store_draft(self.draft)
        except ValidationError as exc:
            self._set_saved_label(refused=True)
            self._show_errors(exc.errors)
            self._save_refused = " ".join(dict.fromkeys(e.message for e in exc.errors))
            step = refused_step(exc.errors)
            if mend and step is not None and step != self.index:
                self.call_later(self._show_refused, step, exc.errors)
            return False
        except ConflictError as exc:
            if not again and self._nothing_changed_there(exc):
                self.draft.version = exc.current_version
                return self._save(ask=ask, mend=mend, again=True)
            self._set_saved_label(refused=True)
            line = conflict_lines(self.app, self._read_at, exc)[1]
            self._unsettled = f"{line} Escape or moving on asks what to do."
            if ask:
                self._ask_about_conflict(exc)
            else:
                self._show_message(self._unsettled, error=True)
            return False
        except BouncebackError as exc:
            self._set_saved_label(refused=True)
            self._show_message(str(exc), error=True)
            return False
        if self._unsettled is not None:  # settled: its "Not saved" line is no longer true
            self._unsettled = None
            self._show_message("")
        self.draft.id = saved.id
        self.draft.created_at = saved.created_at
        self.draft.complete = saved.complete
        self.draft.version = saved.version
        self._saved = self.draft.copy()
        self._read_at = time.time()
        self._set_saved_label()
        self.post_message(self.Saved(self.draft.copy()))
        return True

    async def _show_refused(self, step: int, errors: list[FieldError]) -> None:
        if self.active:
            await self.show_step(step)
            self._show_errors(errors)

    def _discard(self) -> None:
        """The person discarded what they typed over another window's change (or delete):
        nothing more is saved from this page; what another window did stands, and the pane
        goes back to the list as it is now."""
        self._cancel_timer()
        self._saved = self.draft.copy()
        self.active = False
        self.post_message(self.Discarded())

    def _set_saved_label(self, *, refused: bool = False) -> None:
        label = self.query_one("#rf-saved", Static)
        if refused:  # what is on the page now is not what is stored
            label.update("[b]not saved[/b]")
        elif self.draft.id is None:
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
        self._refused_leaving = ""  # typed since Escape was refused: the next one asks again
        # Copy the answer into the draft at once (cheap), so it survives even if the app
        # closes before the timer fires; the database write waits for a pause in typing.
        if self.read_view(self.draft):  # a box holds what the save refuses: said at once
            self._set_saved_label(refused=True)
        self.want_trap_model()
        self._cancel_timer()
        self._timer = self.set_timer(AUTOSAVE_DELAY, self._autosave)

    _trap_model_asked = False

    def want_trap_model(self) -> None:
        """Compile the trap cues and read the trap model in a thread once there is a thought
        (typed, or in the draft opened): the traps step suggests from them. Not when Reframe
        opens: a visit that writes nothing does not keep their 4-5 MB (docs/performance.md)."""
        if self._trap_model_asked or not self.draft.thought.strip():
            return
        self._trap_model_asked = True
        from bounceback_tui.reframe import warm_up

        self.run_worker(warm_up, thread=True, group="reframe-model", exit_on_error=False)

    def _autosave(self) -> None:
        self._timer = None
        if not self.active:
            return
        errors = self.read_view(self.draft)
        self._show_errors(errors)
        # While typing: say so, but leave the person where they are.
        self._label_boxes(errors, self._save(ask=False, mend=False))

    def _label_boxes(self, errors: list[FieldError], saved: bool) -> bool:
        """The header after a save (``saved``: it went through or had nothing to do): "not
        saved" while a box holds what the save refuses (Sad 150, another box saved meanwhile:
        it said "draft saved"), and back to saved once it is mended."""
        if errors:
            self._set_saved_label(refused=True)
        elif saved and self._unsettled is None:
            self._set_saved_label()
        return saved

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
        # No blank row kept for it: a short pane needs every row for the step's fields.
        message.display = bool(text)
        self.refit()
