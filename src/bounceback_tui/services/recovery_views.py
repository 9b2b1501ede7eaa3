"""What Recovery's use cases hand the UI: plain, frozen copies of a rejection and its steps.

Never the store's rows: a detached ORM object has ``int | None`` ids, can be changed by
accident, and ties the UI to the tables. These carry exactly what a screen shows and what
a later write names (the id, and the version it was read at, for compare-and-set).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from bounceback_tui.store.cas import row_of
from bounceback_tui.store.models import RecoveryStep, Rejection


@dataclass(frozen=True)
class RejectionView:
    """A no, as read."""

    id: int
    application_id: int | None
    company: str
    role: str
    rejected_on: date | None  # None: another program wrote over it (domain/unreadable)
    stage_reached: str
    reason: str
    plan_completed_at: datetime | None
    version: int
    created_at: datetime | None = None  # when it was written down (its day may be earlier)

    @property
    def recorded_on(self) -> date | None:
        """The day the no was recorded in the app (a no can be recorded days after it came)."""
        return None if self.created_at is None else self.created_at.date()


@dataclass(frozen=True)
class StepView:
    """One step of one plan, as read."""

    id: int
    rejection_id: int
    template_key: str | None  # None for a step of the person's own
    group_key: str
    title: str
    detail: str
    kind: str  # a StepKind value
    link: str | None  # a StepLink value
    offset_days: int
    position: int
    done_at: datetime | None
    answer: str
    answer_draft: str | None
    asked_on: date | None
    asked_via: str
    nothing_came_back: bool
    version: int
    # When the person chose not to do it (never with ``done_at``): neither done nor due.
    skipped_at: datetime | None = None

    @property
    def skipped(self) -> bool:
        return self.skipped_at is not None


def rejection_view(row: Rejection) -> RejectionView:
    assert row.id is not None  # read from the store, or flushed: it has its key
    return RejectionView(
        id=row.id,
        application_id=row.application_id,
        company=row.company,
        role=row.role,
        rejected_on=row.rejected_on,
        stage_reached=row.stage_reached,
        reason=row.reason,
        plan_completed_at=row.plan_completed_at,
        version=row.version,
        created_at=row.created_at,
    )


def step_view(row: RecoveryStep) -> StepView:
    assert row.id is not None  # read from the store, or flushed: it has its key
    return StepView(
        id=row.id,
        rejection_id=row.rejection_id,
        template_key=row.template_key,
        group_key=row.group_key,
        title=row.title,
        detail=row.detail,
        kind=row.kind,
        link=row.link,
        offset_days=row.offset_days,
        position=row.position,
        done_at=row.done_at,
        answer=row.answer,
        answer_draft=row.answer_draft,
        asked_on=row.asked_on,
        asked_via=row.asked_via,
        nothing_came_back=row.nothing_came_back,
        version=row.version,
        skipped_at=row.skipped_at,
    )


def rejection_of(columns: Mapping[str, object]) -> RejectionView:
    """A rejection as a conflict found it (``ConflictError.current``: its columns): what
    its form would show of it now (the conflict dialog names the fields that changed)."""
    return rejection_view(row_of(Rejection, columns))


def step_of(columns: Mapping[str, object]) -> StepView:
    """A step as a conflict found it (``ConflictError.current``: its columns)."""
    return step_view(row_of(RecoveryStep, columns))
