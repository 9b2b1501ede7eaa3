"""The guided exercise and a record's summary card: start, step through (ctrl+n, ctrl+b),
close (Escape), edit (`e`), open the linked plan (`o`), keep a coping card (`c`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on

from bounceback_tui import clock
from bounceback_tui.errors import BouncebackError
from bounceback_tui.reframe.record import STEP_COUNT, RecordDraft
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services.reframe_recent import recent_no
from bounceback_tui.ui.came_from import CameFrom, go_back
from bounceback_tui.ui.kit import toast_room
from bounceback_tui.ui.kit.text import plain, toast_with
from bounceback_tui.ui.kit.type_ahead import HoldsKeys
from bounceback_tui.ui.kit.undo import added_note, undo_of_add
from bounceback_tui.ui.reframe.exercise import ReframeExercise
from bounceback_tui.ui.reframe.summary import ReframeSummary

if TYPE_CHECKING:
    pass

from bounceback_tui.ui.reframe.showing import ReframeShowing

# How the note said on leaving a draft begins (it goes when a record opens again).
KEPT_AS_DRAFT = "Kept as a draft"


# What `u` on a record begun here says goes with it (kit/undo.py asks before it goes).
WRITING_GOES = "Everything you wrote in it goes too, and cannot be brought back."


class ExerciseKeys(HoldsKeys, ReframeShowing):
    """What the keys do in the exercise and on the summary."""

    _came_from: CameFrom | None = None

    def start_exercise(
        self,
        rejection_id: int | None = None,
        came_from: CameFrom | None = None,
        *,
        recent: bool = False,
    ) -> None:
        """Begin a new thought record, linked to a rejection (situation prefilled) if given,
        or with ``recent`` to the latest no of the last few days if there is one; closed, it
        goes back to ``came_from`` if given, else to the list."""
        if self.mode == "exercise" and not self.exercise.leave():
            return
        if rejection_id is None and recent:
            rejection_id = recent_no(self.bb_app.db, clock.today())
        try:
            draft = reframe_service.new_draft(self.bb_app.db, rejection_id)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="warning", title="Not started")
            return
        self._came_from = came_from
        self.hold_keys()  # what is typed next is the situation, not the history's keys
        self.call_later(self._begin, draft, None)

    async def _begin(self, draft: RecordDraft, step: int | None) -> None:
        # A record opened takes the pane as a form would: the notes before it go, as for a
        # dialog (kit/toast_room.py), and "Kept as a draft: open it from the list" however
        # new, once it is open (it stayed over step 5's box: a new user's walk).
        toast_room.notes_starting_go(self.app, KEPT_AS_DRAFT)
        toast_room.let_notes_go(self.app, toast_room.EARLIER_SECONDS)
        try:
            await self._mount_exercise()
            # Its step built and filled in first, then shown: shown first, the first visit
            # showed a blank "New thought record" for half a second before the draft opened
            # from Today (a new user's walk, twenty-second round).
            await self.exercise.begin(draft, step)
            self.mode = "exercise"
            self._show_mode()
        finally:
            self.call_after_refresh(self.release_keys)

    def ready_for_keys(self) -> bool:
        """The keys held while a record opens go to its step once one of the step's boxes
        has the focus, not to the list it was opened from (still focused a moment after)."""
        focused = self.app.focused
        if focused is None or self.mode != "exercise":
            return focused is not None
        return self.exercise.view() in focused.ancestors_with_self

    def select_item(self, item_id: int, came_from: CameFrom | None = None) -> bool:
        """Open a record: a draft resumes where it was left, a finished one shows its card.
        Closed, it goes back to ``came_from`` if given (Today), else to the list."""
        try:
            draft = reframe_service.load_record(self.bb_app.db, item_id)
        except BouncebackError:
            return False
        if self.mode == "exercise":
            if self.exercise.draft.id == item_id:
                self._came_from = came_from
                return True
            if not self.exercise.leave():
                return True
        self._came_from = came_from
        self.history.reveal(str(item_id))
        if draft.complete:
            self.call_later(self._show_summary, draft, False)
        else:
            self.hold_keys()
            self.call_later(self._begin, draft, None)
        return True

    async def _show_summary(self, draft: RecordDraft, just_finished: bool) -> None:
        self._summary_draft = draft
        rejection = ""
        if draft.rejection_id is not None:
            rejection = reframe_service.rejection_label(self.bb_app.db, draft.rejection_id)
        self._summary_rejection = rejection
        self.query_one("#rf-summary", ReframeSummary).show(
            draft, rejection=rejection, just_finished=just_finished
        )
        await self._set_mode("summary")

    @on(ReframeExercise.Saved)
    def _on_saved(self, event: ReframeExercise.Saved) -> None:
        self._stale = True
        self._update_header()

    @on(ReframeExercise.Discarded)
    async def _on_discarded(self, event: ReframeExercise.Discarded) -> None:
        # The record went in another window and the person let theirs go: the list as
        # it is now, without it.
        self._stale = True
        self._came_from = None
        await self._set_mode("history")

    @on(ReframeExercise.Finished)
    async def _on_finished(self, event: ReframeExercise.Finished) -> None:
        self._stale = True
        await self._show_summary(event.draft, True)

    async def action_next_step(self) -> None:
        step = self.exercise.index
        await self.exercise.next_step()
        self._to_refused(step)

    async def action_previous_step(self) -> None:
        if self.mode == "summary" and self._summary_draft is not None:
            await self._begin(self._summary_draft, STEP_COUNT - 1)
            return
        step = self.exercise.index
        await self.exercise.previous_step()
        self._to_refused(step)

    def _to_refused(self, step: int) -> None:
        """Still on ``step`` (a field refused what it holds): the cursor to that field."""
        if self.mode == "exercise" and self.exercise.index == step:
            self.exercise.view().focus_refused()

    async def action_close(self) -> None:
        shown = self._summary_draft
        kept = False
        if self.mode == "exercise":
            shown = self.exercise.draft
            if not self.exercise.leave(anyway=True):
                self._to_refused(self.exercise.index)
                return
            kept = shown.id is not None and not shown.complete
            if lost := self.exercise.left_without:  # the second Escape after a refusal
                self.notify(plain(f"Closed without what could not be saved. {lost}"))
        came_from, self._came_from = self._came_from, None
        # A record begun here and closed now is an add `u` takes back (kit/undo.py); the note
        # says so while `u` here would do it (not once back on the pane it came from).
        begun = self._begun.pop(shown.id, None) if shown is not None and shown.id else None
        say_u = begun is not None and came_from is None
        if kept:
            where = "the list" if came_from is None else "Reframe's list"
            said = plain(f"{KEPT_AS_DRAFT}: open it from {where} to carry on.")
            self.notify(added_note(self, said) if say_u else said)
        elif say_u and begun is not None:
            template = "Saved " + begun.thing.replace("{name}", "$name") + "."
            self.notify(added_note(self, toast_with(template, name=begun.name)))
        await self._set_mode("history")
        if begun is not None:  # what it holds is the person's writing: `u` asks first
            self.remember_undo(undo_of_add(self.bb_app.db, begun, asks=WRITING_GOES))
        if shown is not None and shown.id is not None:
            self.history.reveal(str(shown.id))
        if came_from is not None:
            await self._go_back(came_from)

    async def _go_back(self, came_from: CameFrom) -> None:
        """Back where the record was started, as `o` goes to its plan: Escape from a record
        begun with `t` on a plan landed on Reframe's list (a new user's walk, twenty-second
        round). The focus goes back to what had it there (ui/came_from.py)."""
        await go_back(self.bb_app, came_from)

    async def action_edit(self) -> None:
        if self._summary_draft is not None:
            await self._begin(self._summary_draft, 0)

    async def action_open_plan(self) -> None:
        if self._summary_draft is not None and self._summary_draft.rejection_id is not None:
            self._came_from = None  # at the plan now: the summary closes to the list
            await self.bb_app.go_to("recovery", self._summary_draft.rejection_id)

    def action_keep_card(self) -> None:
        """Keep the balanced thought as a coping card (Today shows one on a hard day)."""
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.care import card_for_record, keep_as_card

        draft = self._summary_draft
        if draft is None or draft.id is None:
            return
        try:
            before = card_for_record(self.bb_app.db, draft.id)
            card = keep_as_card(self.bb_app.db, draft.id)
        except BouncebackError as exc:
            self.notify(plain(str(exc)), severity="warning", title="Card not kept")
            return
        # A second press repeated "Kept as a card" as if a second card were kept (a
        # newcomer's walk): it is one card a record, which an edit's new thought updates.
        if before is not None and before.text == card.text:
            said = "This balanced thought is already kept as a card."
        elif before is not None:
            said = "Card updated to the new balanced thought."
        else:
            said = "Kept as a card. On a hard day, Today shows one of your cards."
        self.notify(said, title="Coping card")
