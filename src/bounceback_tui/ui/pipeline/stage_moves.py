"""Moving an application between stages: `[` and `]`, and `x` (rejected, with its details)."""

from __future__ import annotations

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.applications import validate_rejection
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.domain.stages import PROGRESSION, Stage, progression_end, step_of
from bounceback_tui.domain.text import app_name
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.move_answered import MovedOn
from bounceback_tui.services.pipeline_moves import RejectionReceipt
from bounceback_tui.services.reached_for_no import rejection_defaults
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.form import SaveGuard
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with, plain, toast_with
from bounceback_tui.ui.pipeline.add_edit import ticked_note
from bounceback_tui.ui.pipeline.after_rejection import AfterRejection

# The decisions `]` asks before moving on from: a company's no, the person's withdrawal.
_DECISIONS = (Stage.REJECTED, Stage.WITHDRAWN)
# What `[` the same day does after a move out of an exit (services/stage_slip.py), in words.
_PUT_BACK = {
    Stage.REJECTED: "put the no back",
    Stage.WITHDRAWN: "put the withdrawal back",
    Stage.GHOSTED: "put it back in Ghosted",
}


def at_the_end(row: PipelineRow, step: int) -> Content:
    """What `[` at Saved or `]` at Accepted says: there is no stage further that way."""
    end = "last" if step > 0 else "first"
    return toast_with(
        "$company is at the $end stage: $stage.",
        company=app_name(row.company, row.role),
        end=end,
        stage=progression_end(step).label,
    )


class StageMoves(AfterRejection):
    """The stage of the application under the cursor, one step at a time or to Rejected."""

    def refused_key_note(self, action: str, parameters: tuple[object, ...]) -> str | Content | None:
        """`[` at Saved, `]` at Accepted and `x` on a no already recorded say why they do
        nothing (kit/refused_keys.py); so do the row keys with nothing selected."""
        row = self.selected_row
        if action == "review_quiet":
            return "Nothing has gone quiet."  # `r` with none to review did nothing, unsaid
        on_rows = ("move", "reject", "edit", "delete", "follow_up", "open_link")
        if action in (*on_rows, "switch_view", "sort", "reverse_sort", "toggle_details"):
            if not self._model.rows:
                # The empty Pipeline says what starts it; a key pressed says it too.
                return plain(
                    f"Add an application first ({self.bb_app.key_label('pipeline.add', 'a')})."
                )
            if row is None and action in on_rows:
                return "Select an application first."
        if row is not None and action == "move":
            return at_the_end(row, step_of(parameters))
        if row is not None and action == "reject" and row.stage is Stage.REJECTED:
            return toast_with(
                "$company is already a no; its plan is in Recovery.",
                company=app_name(row.company, row.role),
            )
        return super().refused_key_note(action, parameters)

    def action_move(self, step: int) -> None:
        if (row := self._need_row()) is None:
            return
        try:
            target = moves.move_target(self.bb_app.db, row.id, step)
        except BouncebackError as exc:
            self._report(exc)
            self.reread()
            return
        if target is None:
            self.notify(at_the_end(row, step), timeout=3)
            return
        if row.stage in _DECISIONS:
            self._ask_before_moving_on(row, target, step)
            return
        self._move(row, target, again=step < 0)

    def _put_back_note(self, left: Stage, target: Stage, *, again: bool, asked: bool) -> Content:
        """What `[` does next, the same day, after a move out of the exit ``left``: it puts
        it back there (services/stage_slip.py). "[ today takes the move back." after `[` out
        of a no read as one more step back, and the second `[` put the no back (a stranger's
        fortnight). The key as the keymap binds it, "again" when `[` made the move;
        ``asked``: said in the question, before the move, else in the toast after it."""
        words = {
            "back": self.bb_app.key_label("pipeline.stage_back", "left_square_bracket"),
            "again": " again" if again else "",
            "what": _PUT_BACK[left],
            "target": target.label,
        }
        if asked:  # "Once it is at Screening, [ today will put the no back." was cryptic
            return markup_with(
                " Changed your mind? Press [b]$back[/b]$again today to $what.", **words
            )
        return markup_with(" Press [b]$back[/b]$again today to $what.", **words)

    def _ask_before_moving_on(self, row: PipelineRow, target: Stage, step: int) -> None:
        """`]` or `[` out of a no, or out of the person's own withdrawal: one key moved a no
        at Offer to Accepted, and `[` one back to Applied (strangers' walks). Ghosted moves
        on without asking: a reply after the silence is news, not a decision taken back."""
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        # Out of an exit `]` goes one step on from the stage it reached, `[` back to that
        # stage itself (domain/stages.py).
        reached = PROGRESSION[PROGRESSION.index(target) - 1] if step > 0 else target
        named = app_name(row.company, row.role)  # two at one company told apart
        names = {"company": named, "reached": reached.label, "target": target.label}
        if row.stage is Stage.REJECTED and step > 0:
            question = markup_with(
                "$company said no at $reached. Move it on to $target anyway?", **names
            )
        elif row.stage is Stage.REJECTED:
            question = markup_with(
                "$company said no at $reached. Take the no back, to $target?", **names
            )
        elif step > 0:
            question = markup_with(
                "You withdrew from $company at $reached. Move it on to $target anyway?", **names
            )
        else:
            question = markup_with(
                "You withdrew from $company at $reached. Take that back, to $target?", **names
            )
        detail = (
            "Its no and its recovery plan stay in Recovery."
            if row.stage is Stage.REJECTED
            else "The timeline keeps the withdrawal."
        )
        then = self._put_back_note(row.stage, target, again=step < 0, asked=True)

        def answered(yes: bool | None) -> None:
            if yes:
                self._move(row, target, again=step < 0)

        self.app.push_screen(
            ConfirmScreen(
                question,
                plain(detail) + then,
                confirm_label="Move it on" if step > 0 else "Take it back",
                cancel_label="Leave it",
                danger=False,
            ),
            answered,
        )

    def _move(self, row: PipelineRow, target: Stage, *, again: bool = False) -> None:
        """Move ``row`` to ``target``; ``again``: `[` made the move (its toast says "[ again")."""
        settled = self._undo.last_move(row.id)  # `[` taking a same-day move back
        try:
            result = moves.move_stage(
                self.bb_app.db, row.id, target, expected_version=row.version, settled=settled
            )
        except ConflictError as exc:
            self._stale(row, exc)
            return
        except BouncebackError as exc:
            self._report(exc)
            self.reread()
            return
        self.refresh_rows(row.id, select=row.id)
        self.select_item(row.id)
        message = markup_with(
            "$company: $before → $after.",
            company=app_name(result.company, result.role),
            before=result.from_stage.label,
            after=result.to_stage.label,
        )
        message += self._follow_up_note(result, settled)
        if result.from_stage.is_exit and not result.took_back:
            if result.from_stage is Stage.REJECTED:
                message += plain(" Its rejection and plan stay in Recovery.")
            message += self._put_back_note(
                result.from_stage, result.to_stage, again=again, asked=False
            )
        if result.to_stage is Stage.INTERVIEWING and not (again or result.from_stage.is_exit):
            # Nothing said how to record the interview (a stranger's fortnight): the key does
            # (not out of an exit, whose note says what `[` does next).
            key = self.bb_app.key_label("pipeline.interview", "I")
            # "Press I to", not "I schedules": a capital key opening a sentence read as "I".
            message += markup_with(" Press [b]$key[/b] to schedule its interview.", key=key)
        if result.ticked:  # out of Saved: it was sent (services/plan_ticks.py)
            self.notify(message + ticked_note(result.ticked), timeout=5)
            return
        self.notify(message, timeout=3)

    def _follow_up_note(self, result: moves.MoveResult, settled: MovedOn | None) -> Content:
        """The move is `u`'s to take back. A move forward ended the follow-up
        (domain/follow_up_rules.answered_by_move): said in a few words, with the key that
        brings both back; `[` taking that move back the same day put it back.
        (services/move_answered.py)"""
        if result.moved_on is not None:
            # Every move `u` can take back, the newest first: `]` `]` kept only the first
            # (it ended the follow-up), and `u` refused to take the second back.
            self._undo.push(result.moved_on)
        if result.moved_on is not None and result.moved_on.answered:
            key = self.bb_app.key_label("pipeline.undo", "u")
            return markup_with(
                " They answered: its follow-up is done ([b]$key[/b] undoes).", key=key
            )
        undone = (result.to_stage, result.from_stage)  # the move `[` took back, as made
        if settled is not None and result.took_back and undone == settled.stages:
            self._undo.discard(settled)  # its move is taken back; nothing is left to undo
            if result.follow_up_back is not None:
                return plain(" Its follow-up is back.")
        return plain("")

    def action_reject(self) -> None:
        from bounceback_tui.ui.pipeline.dialogs import rejection_form

        if (row := self._need_row()) is None or row.stage is Stage.REJECTED:
            return
        try:
            app, reached = rejection_defaults(self.bb_app.db, row.id)
        except BouncebackError:
            self._gone()
            return
        app_id, date_applied, link = row.id, app.date_applied, app.link
        # Conditional on the row this window showed when x was pressed.
        guard = SaveGuard(row.version, can_save_as_new=False)

        def submit(values: dict[str, str]) -> RejectionReceipt:
            details = validate_rejection(values, clock.today(), date_applied)
            try:
                return moves.mark_rejected(
                    self.bb_app.db, app_id, details, expected_version=guard.version
                )
            except ConflictError as exc:
                raise moves.rejection_retold(
                    exc,
                    row.company,
                    row.stage,
                    row.role,
                    edit_key=key_of(self.app, "recovery.edit", "e"),
                    recovery_key=key_of(self.app, "pane.recovery", "3"),
                ) from None

        def recorded(receipt: RejectionReceipt | None) -> None:
            if receipt is None:
                self.refresh_if_stale()
                return
            self._undo.push(receipt)
            self.refresh_rows(app_id, select=app_id)
            self.select_item(app_id)
            self._offer_plan(receipt.rejection_id, receipt.company, link, receipt.role)

        form = rejection_form(
            clip_app_name(app.company, app.role, TITLE_NAME_CELLS), reached, submit
        )
        form.guard = guard
        self.app.push_screen(form, recorded)
