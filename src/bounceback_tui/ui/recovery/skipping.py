"""Skipping a plan step (`x`), taking the skip back (`x` again), and `u` after either, or
after a tick or untick (`space`: the same receipt, services/step_skips.tick_receipt).

A step the person has decided not to do ("Ask for feedback" when the company said it gives
none) was ticked, which counted it as done, or left due for ever. Skipped, it is drawn
"[–]" and struck out, with "skipped 6 Dec" beside it, and is neither due nor counted as
done (services/step_skips.py). Skipping a feedback request skips its "Note what came back"
too, and the note says so: with nothing asked, no reply is waited for. A ticked step is not
skipped (the service says to untick it first), and a request already sent keeps its reply.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual.content import Content

from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services.step_skips import SkipReceipt, SkipResult
from bounceback_tui.ui.kit.text import step_toast
from bounceback_tui.ui.recovery.finished import say_finished
from bounceback_tui.ui.recovery.listing import RecoveryListing


@dataclass(frozen=True, eq=False)
class SkipUndo:
    """What `u` takes back after `x`, or after `space` (``tick``): the receipt of the steps
    it changed."""

    receipt: SkipReceipt
    rejection_id: int
    tick: bool = False


def skip_note(result: SkipResult, key: str) -> Content:
    """The note after `x`: what happened to the step, and to the steps that went with it."""
    step = result.step
    if result.receipt.skipped:
        said = step_toast(
            "Skipped “$step”: it is not due and does not count as done. "
            "Press [b]$key[/b] to take the skip back.",
            step.title,
            key=key,
        )
        if result.with_it:
            said += step_toast(
                " “$step” is skipped with it: with nothing asked, no reply is waited for.",
                result.with_it[0],
            )
        elif step.kind == StepKind.FEEDBACK and step.asked_on is not None:
            said += Content(" You asked already, so the reply step stays: an answer may come.")
        return said
    said = step_toast("“$step” is back in your plan, to do.", step.title)
    if result.with_it and step.kind == StepKind.REPLY:
        said += step_toast(
            " “$step” is back with it: a reply is waited for once something is asked.",
            result.with_it[0],
        )
    elif result.with_it:
        said += step_toast(" “$step” is back with it.", result.with_it[0])
    if result.reopened:
        said += Content(" The plan is open again.")
    return said


class StepSkips(RecoveryListing):
    """`x` on a plan's step, and `u` when what it would take back is a skip or a tick."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "skip" and self.is_mounted:  # on a step of the plan, as space is
            steps = self.step_list
            return (
                self._plan is not None
                and self.screen.focused is steps
                and (steps.highlighted_step is not None)
            )
        return super().check_action(action, parameters)

    def bar_leaves_out(self, action: str) -> bool:
        """`n` (record a no) stays off the bar while the plan's steps have focus: it still
        works there, and `?` lists it, but at 80 columns the step's own keys (`x` among them)
        and `u` left no room for `/` Filter."""
        if action == "new_rejection" and self.is_mounted:
            return self.screen.focused is self.step_list
        return super().bar_leaves_out(action)

    def action_skip(self) -> None:
        self._flush_plan()
        step = self.step_list.highlighted_step
        plan = self._plan
        if step is None or plan is None:
            return
        from bounceback_tui.services import step_skips

        try:
            result = step_skips.set_step_skipped(
                self.bb_app.db, step.id, step.skipped_at is None, expected_version=step.version
            )
        except ConflictError as exc:  # changed or removed elsewhere: the plan as it is now
            self.report(exc)
            self._refresh_after_conflict(step.id)
            return
        except BouncebackError as exc:
            self.report(exc, title="Not skipped" if step.skipped_at is None else "Still skipped")
            self.reread()
            return
        self._show_skip(result)
        self.remember_undo(SkipUndo(result.receipt, plan.rejection.id))
        key = self.bb_app.key_label("recovery.skip", "x")
        title = "Step skipped" if result.receipt.skipped else "Skip taken back"
        self.notify(skip_note(result, key), title=title)
        if result.finished_now:
            say_finished(self, plan)

    def _show_skip(self, result: SkipResult) -> None:
        """The steps a skip changed, the plan's title and the list's bar and counts."""
        plan = self._plan
        if plan is None or plan.rejection.id != result.step.rejection_id:
            return
        plan.rejection = replace(plan.rejection, plan_completed_at=result.plan_completed_at)
        for step in result.steps:
            self.plan_view.update_step(step)
        self._update_row(result.done, result.total, result.plan_completed_at is not None)
        self.caught_up()

    def action_undo(self) -> None:
        entry = self.undo_entry()
        if not isinstance(entry, SkipUndo):
            super().action_undo()  # type: ignore[misc]  # the delete's and the add's (delete_undo)
            return
        from bounceback_tui.services import step_skips
        from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go

        notes_of_the_undone_go(self.app)
        from bounceback_tui.ui.kit.undo import undo_failed

        def refused(exc: BouncebackError) -> None:  # changed since: it stays, `u` lets go
            self.forget_undo(entry)
            self.report(exc, title="Could not undo")
            self._refresh_after_conflict(entry.receipt.steps[0].step_id)

        try:
            result = step_skips.take_back_skip(self.bb_app.db, entry.receipt)
        except BouncebackError as exc:
            undo_failed(self, exc, refused)
            return
        self.forget_undo(entry)
        if self._plan is None or self._plan.rejection.id != entry.rejection_id:
            self.select_item(entry.rejection_id)
        self._show_skip(result)
        self.step_list.select_step(result.step.id)
        self.step_list.focus()
        said = _tick_taken_back_note(result) if entry.tick else _taken_back_note(result)
        if result.finished_now:  # put back as it was: said, never celebrated as new
            said += Content(" The plan is finished again.")
        self.notify(said, title="Undone")
        self.sync_keys()


def _taken_back_note(result: SkipResult) -> Content:
    """The note after `u` on a skip (``result.receipt.skipped`` False: the skip went) or on
    the skip's taking back (True: skipped again)."""
    if not result.receipt.skipped:
        said = step_toast("Skip taken back: “$step” is to do again.", result.step.title)
        if result.with_it:
            said += step_toast(" “$step” is back with it.", result.with_it[0])
        if result.reopened:
            said += Content(" The plan is open again.")
        return said
    said = step_toast("“$step” is skipped again.", result.step.title)
    if result.with_it:
        said += step_toast(" “$step” is skipped with it.", result.with_it[0])
    return said


def _tick_taken_back_note(result: SkipResult) -> Content:
    """The note after `u` on a tick or untick: the step as it is again."""
    step = result.step
    if step.done_at is not None:
        said = step_toast("“$step” is ticked again.", step.title)
    elif step.skipped_at is not None:
        said = step_toast("Tick taken back: “$step” is skipped again.", step.title)
    else:
        said = step_toast("Tick taken back: “$step” is to do again.", step.title)
    if result.with_it:
        said += step_toast(" “$step” is skipped again with it.", result.with_it[0])
    if result.reopened:
        said += Content(" The plan is open again.")
    return said
