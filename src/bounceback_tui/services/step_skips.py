"""Skipping a plan step (Recovery's `x`), taking the skip back (`x` again), and `u` after it.

A skipped step is one the person has decided not to do: after a no that came without
feedback, "Ask for feedback" when the company said it gives none. It is neither done nor due:
left out of the plan's count (the plan finishes when every other step is ticked), of Today's
due list, next step and summary, of the calendar file and of the report's figures.

A ticked step is not skipped: its tick and the day it was done would be lost (untick it first).
Skipping a feedback request not yet sent skips, with it, the plan's open "Note what came
back" steps: with nothing asked, no reply is waited for. They are skipped at the same moment
as the request, which is how taking the skip back (or ticking the request after all) finds
them again. A request already sent leaves its replies as they are: a reply may still come.
Taking back the skip of a reply whose request is skipped brings the request back too.

Each action is one transaction, compare-and-set against the version the screen showed; what
it changed is kept (``SkipReceipt``) for `u`, which puts each step back as it was only while
it is still as the action left it. A tick or untick (Recovery's `space`) keeps the same
receipt (``tick_receipt``): its step's tick and skip before, and the replies a request's
tick brought back, so `u` takes it back the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from bounceback_tui import clock
from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.errors import ConflictError, ValidationError
from bounceback_tui.services.recovery_steps import TickResult, _step, sync_completion
from bounceback_tui.services.recovery_views import StepView, step_view
from bounceback_tui.services.skipped_replies import open_replies, replies_skipped_with
from bounceback_tui.store.cas import refresh_version
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep


@dataclass(frozen=True)
class StepBefore:
    """One step an action changed: its id, the version the action left it at, and its tick
    and skip before the action."""

    step_id: int
    version: int
    done_at: datetime | None
    skipped_at: datetime | None


@dataclass(frozen=True)
class SkipReceipt:
    """What `u` needs to take a skip (or its taking back), or a tick, back: the step, then
    the replies that went with it."""

    skipped: bool  # the action skipped (True) or took a skip back, or ticked (False)
    title: str
    steps: tuple[StepBefore, ...]
    # The plan's finish time before the action: an untick that reopened it, taken back,
    # finishes it again when it was finished, not today.
    plan_finished: datetime | None = None


@dataclass(frozen=True)
class SkipResult:
    """The steps after a skip or its undoing (the one asked for first, then the replies that
    went with it) and what it did to their plan."""

    steps: tuple[StepView, ...]
    done: int
    total: int
    plan_completed_at: datetime | None
    finished_now: bool
    reopened: bool
    receipt: SkipReceipt

    @property
    def step(self) -> StepView:
        return self.steps[0]

    @property
    def with_it(self) -> tuple[str, ...]:
        """The titles of the replies skipped, or brought back, with the step."""
        return tuple(s.title for s in self.steps[1:])


def set_step_skipped(
    db: Database, step_id: int, skipped: bool, *, expected_version: int | None = None
) -> SkipResult:
    """Skip a step (``skipped``) or take its skip back. A ticked step is not skipped (its tick
    and date would be lost): untick it first. Skipping a feedback request not yet sent skips
    its open replies too, and taking that skip back brings them back; a request already sent
    leaves them waiting. Taking back the skip of a reply whose request is skipped brings the
    request back with it: a reply is waited for only once something is asked. With
    ``expected_version``, only if the step is still as the screen showed it."""
    with db.write() as session:
        step = _step(session, step_id, expected_version)
        now = clock.now()
        if skipped and step.skipped_at is None:
            if step.done_at is not None:
                raise ValidationError.single(
                    "skipped_at",
                    f"“{step.title}” is ticked as done, so it is not skipped. "
                    "Untick it first if you mean to set it aside.",
                )
            unsent = step.kind == StepKind.FEEDBACK and step.asked_on is None
            along = open_replies(session, step) if unsent else []
            changed = [step, *along]
            befores = [(s.done_at, s.skipped_at) for s in changed]
            for one in changed:
                one.skipped_at = now
        elif not skipped and step.skipped_at is not None:
            changed = [step, *_back_with(session, step)]
            befores = [(s.done_at, s.skipped_at) for s in changed]
            for one in changed:
                one.skipped_at = None
        else:  # as asked already: nothing to write
            changed, befores = [step], [(step.done_at, step.skipped_at)]
        for one in changed:
            one.updated_at = now
            session.add(one)
        return _result(session, changed, befores, skipped)


def _back_with(session: Session, step: RecoveryStep) -> list[RecoveryStep]:
    """What comes back with a skipped ``step``: a request's replies skipped with it; for a
    reply, its plan's skipped request (and the request's other replies skipped with it)."""
    if step.kind != StepKind.REPLY:
        return replies_skipped_with(session, step)
    asks = session.exec(
        select(RecoveryStep)
        .where(
            RecoveryStep.rejection_id == step.rejection_id,
            RecoveryStep.kind == StepKind.FEEDBACK.value,
            col(RecoveryStep.skipped_at).is_not(None),
        )
        .order_by(col(RecoveryStep.position), col(RecoveryStep.id))
    ).all()
    if not asks:
        return []
    ask = asks[0]
    return [ask, *(r for r in replies_skipped_with(session, ask) if r.id != step.id)]


def _result(
    session: Session,
    changed: list[RecoveryStep],
    befores: list[tuple[datetime | None, datetime | None]],
    skipped: bool,
    finished_at: datetime | None = None,
) -> SkipResult:
    session.flush()
    c = sync_completion(session, changed[0].rejection_id, finished_at)
    for one in changed:
        refresh_version(session, one)
    receipt = SkipReceipt(
        skipped,
        changed[0].title,
        tuple(
            StepBefore(int(one.id or 0), int(one.version), done_at, skipped_at)
            for one, (done_at, skipped_at) in zip(changed, befores, strict=True)
        ),
        c.was,
    )
    return SkipResult(
        tuple(step_view(one) for one in changed),
        c.done,
        c.total,
        c.completed_at,
        c.finished_now,
        c.reopened,
        receipt,
    )


def tick_receipt(found: StepView, ticked: TickResult) -> SkipReceipt:
    """The receipt of a tick or untick, for `u`: the step as the tick ``found`` it (the
    version it named, so as the store had it: compare-and-set), and the replies skipped
    with a request that its tick opened again (``ticked.others``)."""
    step = ticked.step
    skipped = found.skipped_at if step.done_at is not None else None
    return SkipReceipt(
        False,
        step.title,
        (
            StepBefore(step.id, step.version, found.done_at, found.skipped_at),
            *(StepBefore(one.id, one.version, one.done_at, skipped) for one in ticked.others),
        ),
        ticked.finished_before,
    )


def take_back_skip(db: Database, receipt: SkipReceipt) -> SkipResult:
    """`u` after a skip or its taking back, or a tick or untick: each step as it was
    before, in one transaction, while the step asked for is still as the action left it
    (else ConflictError, nothing changed); a reply changed since stays as it is."""
    first = receipt.steps[0]
    with db.write() as session:
        step = session.get(RecoveryStep, first.step_id)
        if step is None or step.version != first.version:
            raise ConflictError(
                f"“{receipt.title}” has changed since, so it stays as it is."
                if step is not None
                else f"“{receipt.title}” is no longer in the plan, so there is nothing to undo."
            )
        changed: list[RecoveryStep] = []
        befores: list[tuple[datetime | None, datetime | None]] = []
        for before in receipt.steps:
            one = session.get(RecoveryStep, before.step_id)
            if one is None or one.version != before.version:
                continue
            befores.append((one.done_at, one.skipped_at))
            one.done_at, one.skipped_at = before.done_at, before.skipped_at
            one.updated_at = clock.now()
            session.add(one)
            changed.append(one)
        return _result(session, changed, befores, not receipt.skipped, receipt.plan_finished)
