"""A recovery plan's finish follows its steps: ``sync_completion`` sets or clears the no's
``plan_completed_at`` after a change to them, and ``TickResult`` says what a change did to the
plan (services/recovery_steps.py, services/step_skips.py). Moved here from recovery_steps.py,
which stays the place to import them from too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case
from sqlmodel import Session, func, select

from bounceback_tui import clock
from bounceback_tui.domain.recovery import plan_is_complete
from bounceback_tui.errors import NotFoundError
from bounceback_tui.services.added import Added
from bounceback_tui.services.recovery import GONE
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.store.models import RecoveryStep, Rejection
from bounceback_tui.store.table_reads import columns, moment_reads


@dataclass(frozen=True)
class TickResult:
    """A step after a change, and what the change did to its plan."""

    step: StepView
    done: int
    total: int
    plan_completed_at: datetime | None  # the plan's finish time after the change
    finished_now: bool  # this change finished the plan
    reopened: bool  # this change reopened a finished plan
    added_to_bank: int = 0  # questions of the answer that joined the answer bank
    # A step just added: what `u` needs to take it back (services/take_back.py).
    added: Added | None = None
    # Replies skipped with a feedback request, open again now that it is ticked or asked.
    others: tuple[StepView, ...] = ()
    # The plan's finish time before the change (what `u` puts back: services/step_skips.py).
    finished_before: datetime | None = None


@dataclass(frozen=True)
class _Completion:
    done: int
    total: int
    completed_at: datetime | None
    finished_now: bool
    reopened: bool
    was: datetime | None = None  # the plan's finish time before


def sync_completion(
    session: Session, rejection_id: int, finished_at: datetime | None = None
) -> _Completion:
    """Set or clear the rejection's plan_completed_at to match its steps: a skipped step is
    not one of them (``total`` leaves it out), so the plan finishes when the rest are done;
    now, or at ``finished_at`` (`u` putting back the finish an untick took away)."""
    done, total, steps = session.exec(
        select(
            # A tick or skip another program wrote over reads as none, as the plan shows it.
            func.count(case((moment_reads(columns(RecoveryStep).done_at), 1))),
            func.count() - func.count(case((moment_reads(columns(RecoveryStep).skipped_at), 1))),
            func.count(),
        ).where(RecoveryStep.rejection_id == rejection_id)
    ).one()
    rejection = session.get(Rejection, rejection_id)
    if rejection is None:
        raise NotFoundError(GONE)
    complete = plan_is_complete(done, total, steps)
    was = rejection.plan_completed_at
    finished = complete and rejection.plan_completed_at is None
    reopened = not complete and rejection.plan_completed_at is not None
    if finished:
        rejection.plan_completed_at = finished_at or clock.now()
    elif reopened:
        rejection.plan_completed_at = None
    return _Completion(done, total, rejection.plan_completed_at, finished, reopened, was)
