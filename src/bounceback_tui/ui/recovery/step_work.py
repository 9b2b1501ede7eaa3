"""Working through a plan's steps: tick one (`space`), open it to write or note feedback
(Enter), write the message it stands for (`m`), add a step of your own (`c`), and carry an
answer on to Reframe (`t`) or Skills (`s`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList

from bounceback_tui import clock
from bounceback_tui.domain.feedback import ask_answered, has_feedback, skill_source_of
from bounceback_tui.domain.messages import MESSAGE_FOR_STEP
from bounceback_tui.domain.recovery import GROUP_TITLES, StepKind, StepLink, plan_is_complete
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.recovery_steps import TickResult
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.ui.kit.text import markup_with, plain, step_toast, toast_with
from bounceback_tui.ui.kit.undo import added_note, undo_of_add
from bounceback_tui.ui.recovery.finished import say_finished
from bounceback_tui.ui.recovery.listing import RecoveryListing
from bounceback_tui.ui.recovery.untick import asks_before_untick, untick_question

if TYPE_CHECKING:
    pass

# The title of the warning when a tick (or an untick) could not be saved.
TICK_NOT_SAVED = "Not ticked"
UNTICK_NOT_SAVED = "Still ticked"


def _ticked(step: StepView, done: bool) -> StepView:
    """The step as a tick shows it before the store has it (same version: not saved); a
    skipped step ticked is done after all."""
    if done:
        return replace(step, done_at=clock.now(), skipped_at=None)
    return replace(step, done_at=None)


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None


def same_on_screen(shown: TickResult, saved: TickResult) -> bool:
    """Whether a saved tick draws what was shown before its commit: the same counts and
    finish day, and the step the same but for its version and the moment it was done
    (the screen shows the day)."""
    if (shown.done, shown.total) != (saved.done, saved.total):
        return False
    if _day(shown.plan_completed_at) != _day(saved.plan_completed_at):
        return False
    if _day(shown.step.done_at) != _day(saved.step.done_at):
        return False
    as_saved = replace(shown.step, version=saved.step.version, done_at=saved.step.done_at)
    return as_saved == saved.step


class StepWork(RecoveryListing):
    """What the keys do to the plan's steps."""

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        step = self.step_list.highlighted_step
        if step is not None:
            await self.open_step(step)

    async def action_tick(self) -> None:
        """Tick or untick the step under the cursor: shown at once, then saved.

        The screen is repainted before the commit (a flush to disk with
        ``synchronous=FULL``, tens of milliseconds on a busy disk), so the tick appears as
        the key is pressed. The key's handler waits for the save before the next key is
        read, so ticks are saved one at a time, in order. If the save fails, the step is
        shown as it was again and the person is told. A step done on an earlier day asks
        before it is unticked, as its day would go (ui/recovery/untick.py)."""
        step = self.step_list.highlighted_step
        if step is None or self._plan is None:
            return
        if asks_before_untick(step, clock.today()):  # its day done would go: asked first
            step_id = step.id

            async def untick(yes: bool | None) -> None:
                same = self.step_list.highlighted_step
                if yes and same is not None and same.id == step_id:
                    await self._save_tick(same)

            self.app.push_screen(untick_question(step, clock.today()), untick)
            return
        await self._save_tick(step)

    async def _save_tick(self, step: StepView) -> None:
        """Tick or untick ``step``: shown at once, then saved (``action_tick`` says how)."""
        plan = self._plan
        if plan is None:
            return
        done = step.done_at is None
        before = self._tick_result(plan.steps, step)
        shown = self._tick_result(plan.steps, _ticked(step, done))
        self._apply(shown, saved=False)
        await self.screen.wait_for_refresh()
        try:
            result = step_service.set_step_done(
                self.bb_app.db, step.id, done, expected_version=step.version
            )
        except ConflictError as exc:
            # Ticked, edited or removed elsewhere: say so and show the plan as it is now.
            self._apply(before)
            self.report(exc)
            self._refresh_after_conflict(step.id)
            return
        except BouncebackError as exc:
            self._apply(before)
            self.report(exc, title=TICK_NOT_SAVED if done else UNTICK_NOT_SAVED)
            self.reread()
            return
        from bounceback_tui.services.step_skips import tick_receipt
        from bounceback_tui.ui.recovery.skipping import SkipUndo

        self.remember_undo(SkipUndo(tick_receipt(step, result), plan.rejection.id, tick=True))
        if same_on_screen(shown, result):
            self._keep(result)  # the screen already shows it: no second, identical repaint
        else:
            self._apply(result)
        for other in result.others:  # replies skipped with a request ticked after all
            self.plan_view.update_step(other)
        if result.step.done_at is not None and not self._answered_by_reason(result.step):
            self._offer_to_log(result.step.template_key or "")

    def _keep(self, result: TickResult) -> None:
        """The saved tick, where the screen already shows it: hold the step's new version
        and the plan's finish, and count this window's write as read; nothing is redrawn."""
        plan = self._plan
        if plan is None or plan.rejection.id != result.step.rejection_id:
            return
        plan.rejection = replace(plan.rejection, plan_completed_at=result.plan_completed_at)
        self.plan_view.keep_step(result.step)
        self.caught_up()
        if result.finished_now:
            say_finished(self, plan)

    def _tick_result(self, steps: list[StepView], step: StepView) -> TickResult:
        """What the plan looks like with ``step`` as given (its others as shown)."""
        plan = self._plan
        assert plan is not None
        shown = [step if s.id == step.id else s for s in steps]
        done = sum(1 for s in shown if s.done_at is not None)
        total = sum(1 for s in shown if s.skipped_at is None)  # a skipped step is not to do
        completed_at = None
        if plan_is_complete(done, total, len(shown)):
            completed_at = plan.rejection.plan_completed_at or clock.now()
        return TickResult(step, done, total, completed_at, finished_now=False, reopened=False)

    def _answered_by_reason(self, step: StepView) -> bool:
        """A feedback request the no's own reason answered: ticking it says so, and logs no
        "Feedback asked" (nobody asked)."""
        plan = self._plan
        reason = plan.rejection.reason if plan is not None else ""
        return ask_answered(step.kind, reason, asked_on=step.asked_on)

    def _offer_to_log(self, template_key: str) -> None:
        """Ticking "ask for feedback" or "note what came back" offers to log it with the
        application, so its people's history shows it (the step is already ticked)."""
        from bounceback_tui.domain.people import KIND_OF_STEP, InteractionInput
        from bounceback_tui.services.people_log import log_interaction
        from bounceback_tui.services.step_logged import logged_already
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        plan = self._plan
        kind = KIND_OF_STEP.get(template_key)
        if kind is None or plan is None or plan.rejection.application_id is None:
            return
        application_id = plan.rejection.application_id
        if logged_already(self.bb_app.db, application_id, kind):
            return  # ticked again after an untick: the line is there (services/step_logged.py)
        named = app_name(plan.rejection.company, plan.rejection.role)

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
                self.notify(plain(exc), severity="error", title="Not logged")
                return
            self.notify(toast_with("Logged “$kind” with $company.", kind=kind.label, company=named))

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Log “$kind” with $company too?", kind=kind.label, company=named),
                "It goes in the application's log, beside its people.",
                confirm_label="Log it",
                cancel_label="Not now",
            ),
            answered,
        )

    def action_message(self) -> None:
        """Write the message this step stands for (feedback request, gracious reply), to one
        of the people on the no's application (asked, when there are two or more)."""
        from bounceback_tui.ui.people.message import message_to_one_of

        step = self.step_list.highlighted_step
        plan = self._plan
        if step is None or plan is None or plan.rejection.application_id is None:
            return
        kind = MESSAGE_FOR_STEP.get(step.template_key or "")
        if kind is not None:
            message_to_one_of(self, kind, plan.rejection.application_id)

    async def open_step(self, step: StepView) -> None:
        """Enter on a step: write its answer, note the feedback request, or follow its link."""
        plan = self._plan
        if plan is None:
            return
        rejection = plan.rejection
        if step.link == StepLink.REFRAME:
            await self.bb_app.start_reframe(rejection.id)
            return
        if step.link == StepLink.SKILLS:  # prefilled from the reason given, when there is one
            await self.bb_app.new_skill_from(
                text=rejection.reason if has_feedback(rejection.reason) else "",
                source_kind="rejection",
                rejection_id=rejection.id,
                recovery_step_id=step.id,
            )
            return
        db = self.bb_app.db
        context = (
            f"{app_name(rejection.company, rejection.role)}  ·  "
            f"{GROUP_TITLES.get(step.group_key, '')}"
        )
        from bounceback_tui.ui.recovery.answer import AnswerScreen

        screen: Screen[TickResult | None] | Screen[TickResult]
        if step.kind == StepKind.FEEDBACK:
            from bounceback_tui.ui.recovery.forms import feedback_request_form

            screen = feedback_request_form(db, step, rejection.rejected_on)
        elif step.kind == StepKind.EXPRESSIVE:
            from bounceback_tui.ui.recovery.expressive import ExpressiveWritingScreen

            screen = ExpressiveWritingScreen(db, step, context)
        elif step.template_key == step_service.REDO_QUESTIONS_KEY:
            from bounceback_tui.ui.recovery.redo_questions import RedoQuestionsScreen

            screen = RedoQuestionsScreen(db, step, context)  # its questions shown first
        else:
            # The reason typed with the no is often what came back: offered to keep or change.
            reply = step.kind == StepKind.REPLY and has_feedback(rejection.reason)
            offered = rejection.reason if reply else ""
            screen = AnswerScreen(db, step, context, offered)
        # Saved or not, the cursor stays on the step, as after `space` and `x` (docs/keys.md):
        # an answer saved moved it on to the next open step while a tick left it, and a
        # habitual `j` after a save passed a step by (a new user's walk).
        self.app.push_screen(screen, self._after_step_screen)

    def _after_step_screen(self, result: TickResult | None) -> None:
        # Closing without saving may still have changed the draft: re-read this plan.
        plan = self._plan
        if plan is None:
            return
        self._load_plan(plan.rejection.id)
        if result is not None:
            row = plan_service.plan_row(self.bb_app.db, plan.rejection.id)
            if row is not None:
                self._update_row(row.done, row.total, row.completed)
            if result.finished_now:
                say_finished(self, plan)
            if result.added_to_bank:
                self.notify(
                    toast_with(
                        "$count in the bank.", count=plural(result.added_to_bank, "new question")
                    )
                )
        self.caught_up()
        self.step_list.focus()

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
            said = step_toast("Added “$step” to this plan.", result.step.title)
            if result.reopened:  # it was finished: say so, as `u` says it is finished again
                said += Content(" The plan is open again.")
            if (receipt := result.added) is not None:  # `u` takes it back (kit/undo.py)
                self.remember_undo(undo_of_add(self.bb_app.db, receipt))
                said = added_note(self, said)
            self.notify(said, title="Step added")

        self.app.push_screen(custom_step_form(self.bb_app.db, plan.rejection, group), added)

    async def action_reframe(self) -> None:
        self._flush_plan()
        if self._plan is not None:
            await self.bb_app.start_reframe(self._plan.rejection.id)

    async def action_skill(self) -> None:
        """`s`: the highlighted step's answer to a skill, else the reason the no gave (the
        plan's header quotes it); saved, it ticks "Pick one skill to grow"."""
        self._flush_plan()
        plan = self._plan
        if plan is None:
            return
        in_steps = self.screen.focused is self.step_list
        step = self.step_list.highlighted_step if in_steps else None
        source = skill_source_of(step.kind, step.group_key, step.answer) if step else None
        if step is None or source is None:  # "No reason given." is no feedback (domain/feedback.py)
            if step is not None and step.answer.strip():  # a step's own words: not the reason
                return
            if has_feedback(plan.rejection.reason):
                await self.bb_app.new_skill_from(
                    text=plan.rejection.reason,
                    source_kind="rejection",
                    rejection_id=plan.rejection.id,
                )
            return
        await self.bb_app.new_skill_from(
            text=step.answer,
            source_kind=source,
            rejection_id=plan.rejection.id,
            recovery_step_id=step.id,
        )
