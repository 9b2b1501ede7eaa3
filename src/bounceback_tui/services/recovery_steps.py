"""A recovery plan's steps: ticks, drafts and answers, feedback requests, custom steps and
deleting one (and its undo, or a deleted plan's). Each action is one ``db.write()``
transaction, and the plan's finish date follows its steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlmodel import Session, col, func, select

from bounceback_tui import clock
from bounceback_tui.domain.asked_how import ASKED_VIA_LIMIT
from bounceback_tui.domain.recovery import StepKind, StepLink, reply_offset_once_asked
from bounceback_tui.domain.recovery_forms import (
    CustomStepInput,
    FeedbackRequestInput,
    validate_answer,
)
from bounceback_tui.domain.step_timing import done_moment
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.errors import NotFoundError, ValidationError
from bounceback_tui.services.added import receipt
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.services.plan_completion import TickResult as TickResult
from bounceback_tui.services.plan_completion import sync_completion as sync_completion
from bounceback_tui.services.recovery import GONE
from bounceback_tui.services.recovery_views import StepView, step_view
from bounceback_tui.store.cas import checked, refresh_version
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, Rejection
from bounceback_tui.store.undo import DeletedRows, delete_with_undo

STEP_GONE = gone_elsewhere("That step")


def _step(session: Session, step_id: int, expected_version: int | None = None) -> RecoveryStep:
    """The step, if it is still the version the screen read (None: whatever is there)."""
    return checked(
        session,
        RecoveryStep,
        step_id,
        expected_version,
        gone=STEP_GONE,
        changed=lambda row: changed_elsewhere("“{name}”", name=row.title),
    )


def get_step(db: Database, step_id: int) -> StepView | None:
    """The step as it is stored now (a writing screen's "reload"), or None if it is gone."""
    with db.read() as session:
        row = session.get(RecoveryStep, step_id)
        return None if row is None else step_view(row)


def _mark(step: RecoveryStep, done: bool) -> None:
    """Tick or untick; a skipped step ticked is done after all, and skipped no more."""
    if done and step.done_at is None:
        step.done_at = clock.now()
    elif not done:
        step.done_at = None
    if done:
        step.skipped_at = None
    step.updated_at = clock.now()


def reply_waits_for_ask(session: Session, ask: RecoveryStep) -> None:
    """Inside the caller's transaction: the open "Note what came back" steps of the ask's
    plan are due some days after the day feedback was asked, not counted from the no
    (``step_timing.reply_offset_after_ask``): asked late, the reply is not due at once."""
    rejection = session.get(Rejection, ask.rejection_id)
    # A no's day another program wrote over (read as None): no day to count from.
    if ask.asked_on is None or rejection is None or rejection.rejected_on is None:
        return
    replies = session.exec(
        select(RecoveryStep).where(
            RecoveryStep.rejection_id == ask.rejection_id,
            RecoveryStep.kind == StepKind.REPLY.value,
            col(RecoveryStep.done_at).is_(None),
        )
    ).all()
    for reply in replies:
        offset = reply_offset_once_asked(rejection.rejected_on, ask.asked_on, reply.offset_days)
        if offset != reply.offset_days:
            reply.offset_days = offset
            reply.updated_at = clock.now()
            session.add(reply)


def _result(session: Session, step: RecoveryStep) -> TickResult:
    session.flush()
    c = sync_completion(session, step.rejection_id)
    refresh_version(session, step)  # the next tick from this window names this version
    return TickResult(
        step_view(step),
        c.done,
        c.total,
        c.completed_at,
        c.finished_now,
        c.reopened,
        finished_before=c.was,
    )


def set_step_done(
    db: Database, step_id: int, done: bool, *, expected_version: int | None = None
) -> TickResult:
    """Tick or untick a step. Unticking keeps its answer; the plan's finish date follows.
    With ``expected_version``, only if the step is still as the screen showed it."""
    from bounceback_tui.services.skipped_replies import unskip_replies

    with db.write() as session:
        step = _step(session, step_id, expected_version)
        skipped = step.skipped_at if done else None
        _mark(step, done)
        others = unskip_replies(session, step, skipped)
        return replace(_result(session, step), others=others)


def save_draft(
    db: Database, step_id: int, text: str | None, *, expected_version: int | None = None
) -> int:
    """Keep what is being typed (None clears the draft). Not counted as an action: it runs
    while typing. Raises ValidationError if the text cannot be stored. Returns the step's
    new version (the next save names it). A draft as it already stands (empty as empty, or
    the same text) writes nothing: the version stays, so `u` can still take the no back."""
    cleaned = None if text is None else validate_answer(text, "Your text")
    with db.write(count_activity=False) as session:
        step = _step(session, step_id, expected_version)
        if (cleaned or None) == (step.answer_draft or None):
            return int(step.version)
        step.answer_draft = cleaned
        step.updated_at = clock.now()
        return refresh_version(session, step)


def save_answer(
    db: Database,
    step_id: int,
    text: str,
    *,
    nothing_came_back: bool | None = None,
    bank_questions: Sequence[str] | None = None,
    expected_version: int | None = None,
) -> TickResult:
    """Save a written answer (and clear the draft). Something written, or "nothing came back",
    ticks the step; an empty answer leaves the tick as it was. On the step "Which questions
    would I answer differently now?", ``bank_questions`` (the ones the person kept of those
    its answer holds; None: every one) join the answer bank in the same transaction."""
    from bounceback_tui.domain.answers import too_long

    cleaned = validate_answer(text)
    if bank_questions is not None and (long_one := too_long(list(bank_questions))):
        raise ValidationError.single("answer", long_one)
    added = 0
    with db.write() as session:
        step = _step(session, step_id, expected_version)
        step.answer = cleaned
        step.answer_draft = None
        if nothing_came_back is not None:
            step.nothing_came_back = nothing_came_back
        if cleaned or step.nothing_came_back:
            _mark(step, True)
        else:
            step.updated_at = clock.now()
        if step.template_key == REDO_QUESTIONS_KEY and cleaned:
            added = _feed_answer_bank(session, step, cleaned, bank_questions)
        return replace(_result(session, step), added_to_bank=added)


# The reflection step "Which questions would I answer differently now?": the questions
# written in its answer that the person keeps (the preview of ui/recovery/redo_questions.py)
# join the interview answer bank, in the same transaction.
REDO_QUESTIONS_KEY = "reflect.redo"


def _feed_answer_bank(
    session: Session, step: RecoveryStep, text: str, kept: Sequence[str] | None
) -> int:
    from bounceback_tui.domain.answers import QuestionSource, questions_from_note
    from bounceback_tui.services.answers import add_found_questions_in

    rejection = session.get(Rejection, step.rejection_id)
    return len(
        add_found_questions_in(
            session,
            questions_from_note(text) if kept is None else kept,
            source_kind=QuestionSource.REFLECTION,
            application_id=rejection.application_id if rejection else None,
            recovery_step_id=step.id,
            asked_at=f"{rejection.company}, {rejection.role}" if rejection else "",
        )
    )


def save_feedback_request(
    db: Database, step_id: int, data: FeedbackRequestInput, *, expected_version: int | None = None
) -> TickResult:
    """Record when and how feedback was asked; asking is what the step is for, so it ticks."""
    from bounceback_tui.services.skipped_replies import unskip_replies

    with db.write() as session:
        step = _step(session, step_id, expected_version)
        if step.kind != StepKind.FEEDBACK:
            raise ValidationError.single("asked_on", "This step is not a feedback request.")
        step.asked_on = data.asked_on
        step.asked_via = data.asked_via
        skipped = step.skipped_at
        _mark(step, True)
        reply_waits_for_ask(session, step)
        others = unskip_replies(session, step, skipped)
        return replace(_result(session, step), others=others)


def add_custom_step(db: Database, rejection_id: int, data: CustomStepInput) -> TickResult:
    """Add a step of the person's own to one plan (at the end of its group)."""
    with db.write() as session:
        rejection = session.get(Rejection, rejection_id)
        if rejection is None:
            raise NotFoundError(GONE)
        finished = rejection.plan_completed_at
        last = session.exec(
            select(func.max(RecoveryStep.position)).where(RecoveryStep.rejection_id == rejection_id)
        ).one()
        step = RecoveryStep(
            rejection_id=rejection_id,
            template_key=None,
            group_key=data.group_key,
            title=data.title,
            detail=data.detail,
            kind=data.kind.value,
            offset_days=data.offset_days,
            position=(last if last is not None else -1) + 1,
        )
        session.add(step)
        result = _result(session, step)
        assert step.id is not None
        reopened = finished if result.reopened else None
        added = receipt(
            session,
            "recovery_step",
            step.id,
            "the step “{name}”",
            step.title,
            reopened=reopened,
            parent=rejection_id,
        )
        return replace(result, added=added)


def delete_step(db: Database, step_id: int, *, expected_version: int | None = None) -> DeletedRows:
    """Remove one step from its plan (kept for undo); the plan may become finished."""
    with db.write() as session:
        step = _step(session, step_id, expected_version)
        rejection_id = step.rejection_id
        deleted = delete_with_undo(session, "recovery_step", step_id)
        session.expunge(step)
        sync_completion(session, rejection_id)
        return deleted


def plan_step(session: Session, application_id: int, template_key: str) -> RecoveryStep | None:
    """The step ``template_key`` of the plan of the application's latest rejection."""
    return session.exec(
        select(RecoveryStep)
        .join(Rejection, col(Rejection.id) == col(RecoveryStep.rejection_id))
        .where(
            Rejection.application_id == application_id,
            RecoveryStep.template_key == template_key,
        )
        .order_by(col(Rejection.rejected_on).desc(), col(Rejection.id).desc())
    ).first()


def tick_plan_step(
    session: Session,
    application_id: int,
    template_key: str,
    on: date,
    *,
    asked_via: str = "",
    answer: str = "",
    at: datetime | None = None,
) -> RecoveryStep | None:
    """Inside the caller's transaction: tick the step ``template_key`` of the plan of the
    application's latest rejection, dated ``on`` (what an interaction or a sent message
    stands for). A feedback request also gets its day and how it was asked; a reply gets
    ``answer`` when it had none. None when there is no such plan or step. ``at``: the
    moment it is done (the log line's own: ``done_moment``), else now.

    A step ticked already (``done_at`` set before: it stands for an earlier exchange) keeps
    its day, its answer and how it was asked; only what was left empty is filled in. The
    caller reads ``done_at`` before, to say it was ticked already (services/people_log.py)."""
    step = plan_step(session, application_id, template_key)
    if step is None or step.skipped_at is not None:  # skipped: the person's word stands
        return None
    fresh = step.done_at is None
    if fresh:
        step.done_at = done_moment(on, at or clock.now())
    if step.kind == StepKind.FEEDBACK:
        if fresh or step.asked_on is None:
            step.asked_on = on
        if asked_via and (fresh or not step.asked_via):
            step.asked_via = asked_via[:ASKED_VIA_LIMIT]
        reply_waits_for_ask(session, step)
    if answer and not step.answer and step.kind == StepKind.REPLY:
        step.answer = answer
    step.updated_at = clock.now()
    session.add(step)
    session.flush()
    sync_completion(session, step.rejection_id)
    return step


def tick_linked_step(
    session: Session, rejection_id: int, link: StepLink, *, started_from: int | None = None
) -> RecoveryStep | None:
    """Inside the caller's transaction: tick the open step of the rejection's plan that
    sends the person to ``link``'s pane, now that the work it asks for was done there (a
    thought record about this no finished, a skill item from it saved). The step the work
    was started from (``started_from``) comes first. None when no such step is open: one
    ticked already keeps its day, one skipped stays skipped."""
    steps = session.exec(
        select(RecoveryStep)
        .where(RecoveryStep.rejection_id == rejection_id, RecoveryStep.link == link.value)
        .order_by(col(RecoveryStep.position), col(RecoveryStep.id))
    ).all()
    open_steps = sorted(
        (s for s in steps if s.done_at is None and s.skipped_at is None),
        key=lambda s: s.id != started_from,
    )
    if not open_steps:
        return None
    step = open_steps[0]
    _mark(step, True)
    session.add(step)
    session.flush()
    sync_completion(session, rejection_id)
    return step


def restore_deleted(db: Database, deleted: DeletedRows) -> BroughtBack:
    """Undo delete_rejection or delete_step, with its links to what is still there."""

    def plan_finished_or_not(session: Session) -> None:
        if deleted.table == "recovery_step":
            sync_completion(session, deleted.rows[0][1][0]["rejection_id"])

    return bring_back(db, deleted, then=plan_finished_or_not)
