"""Reading recovery plans: the list of plans (one aggregate query, so it costs the same
whether the store holds ten rejections or ten thousand) and one plan with its steps and
what it led to in the other panes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, String, case, func, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session

from bounceback_tui.domain.recovery import GROUP_ORDER, plan_is_complete
from bounceback_tui.services.recovery_views import RejectionView, StepView
from bounceback_tui.services.shared_values import shared_numbers, sharing
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, Rejection, Skill, ThoughtRecord
from bounceback_tui.store.table_reads import columns, moment_reads, read_as
from bounceback_tui.stored_dates import stored_day


@dataclass(frozen=True, slots=True)  # one per rejection or record, kept while shown
class PlanRow:
    """One line of the list of plans."""

    rejection_id: int
    company: str
    role: str
    rejected_on: date | None  # None: another program wrote over it (domain/unreadable)
    done: int
    total: int
    completed: bool

    @property
    def search_text(self) -> str:
        """What the filter matches (domain/fuzzy folds accents: "zurich" finds "Zürich")."""
        return f"{self.company} {self.role}"


def _plan_rows_query(
    rejection_id: int | None = None,
) -> Select[int | None, str, str, date | None, int, int, datetime | None]:
    # Count per rejection first (one pass over the steps), then join: faster than grouping
    # the joined rows, and rejections without steps still come out (with 0 of 0).
    # Over the tables (store/table_reads): reading the plans configures no mapper.
    steps, rejections = columns(RecoveryStep), columns(Rejection)
    per_plan: Select[int, int, int] = sa_select(
        steps.rejection_id.label("rejection_id"),
        # A tick or skip another program wrote over reads as none, as the plan reads it.
        func.count(case((moment_reads(steps.done_at), 1))).label("done"),
        # A skipped step is not one of the plan's to do: "3/9" of ten with one skipped.
        (func.count() - func.count(case((moment_reads(steps.skipped_at), 1)))).label("total"),
    ).group_by(steps.rejection_id)
    if rejection_id is not None:
        per_plan = per_plan.where(steps.rejection_id == rejection_id)
    counts = per_plan.subquery()
    statement: Select[int | None, str, str, date | None, int, int, datetime | None] = (
        sa_select(
            rejections.id,
            rejections.company,
            rejections.role,
            rejections.rejected_on,
            func.coalesce(counts.c.done, 0),
            func.coalesce(counts.c.total, 0),
            rejections.plan_completed_at,
        )
        .join(counts, counts.c.rejection_id == rejections.id, isouter=True)
        .order_by(rejections.rejected_on.desc(), rejections.id.desc())
    )
    if rejection_id is not None:
        statement = statement.where(rejections.id == rejection_id)
    return statement


_Values = tuple[int | None, str, str, date | None, int, int, datetime | None]


def _plan_row(
    values: _Values,
    share: Callable[[Any], Any] = lambda value: value,
    number: Callable[[Any], Any] = lambda value: value,
) -> PlanRow:
    rejection_id, company, role, rejected_on, done, total, completed_at = values
    assert rejection_id is not None  # a stored row's key
    return PlanRow(
        number(rejection_id),
        share(company),
        share(role),
        share(rejected_on),
        done,
        total,
        completed_at is not None,
    )


def plan_rows(db: Database) -> list[PlanRow]:
    """Every rejection with how far its plan has got, newest first: one aggregate query.
    A company, role or day that repeats is one shared object (the list keeps every row)."""
    share = sharing()
    with db.read() as session:
        found = session.execute(_plan_rows_query()).all()
    # Their ids: the lists' own objects for those numbers (services/shared_values).
    number = shared_numbers(len(found), max((r[0] or 0 for r in found), default=None))
    return [_plan_row(r, share, number) for r in found]


def plan_row(db: Database, rejection_id: int) -> PlanRow | None:
    with db.read() as session:
        found = session.execute(_plan_rows_query(rejection_id)).first()
        return _plan_row(found) if found else None


@dataclass(frozen=True)
class LinkedRecord:
    id: int
    thought: str
    complete: bool
    created_on: date | None  # None: another program wrote over it (domain/unreadable)
    situation: str = ""  # what names it while it has no thought (domain/record_name)


@dataclass(frozen=True)
class LinkedSkill:
    id: int
    title: str
    finished_on: date | None


@dataclass
class Plan:
    """A rejection, its steps in display order, and what it led to in the other panes."""

    rejection: RejectionView
    steps: list[StepView]
    thought_records: list[LinkedRecord]
    skills_done: list[LinkedSkill]

    @property
    def done(self) -> int:
        return sum(1 for s in self.steps if s.done_at is not None)

    @property
    def total(self) -> int:
        """The steps to do: a skipped one is not counted."""
        return sum(1 for s in self.steps if s.skipped_at is None)

    @property
    def complete(self) -> bool:
        return plan_is_complete(self.done, self.total, len(self.steps))


def _step_order(step: StepView) -> tuple[int, int, int]:
    return (GROUP_ORDER.get(step.group_key, len(GROUP_ORDER)), step.position, step.id)


def linked_thought_records(session: Session, rejection_id: int) -> list[LinkedRecord]:
    records = columns(ThoughtRecord)
    rows = session.execute(
        sa_select(
            records.id,
            records.thought,
            records.status,
            # As stored: the column's own type dies on what another program wrote over it.
            type_coerce(records.created_at, String),
            records.situation,
        )
        .where(records.rejection_id == rejection_id)
        .order_by(records.created_at, records.id)
    )
    return [
        LinkedRecord(
            id or 0, thought, status == "complete", stored_day(created_at), situation or ""
        )
        for id, thought, status, created_at, situation in rows
    ]


def finished_skills(session: Session, rejection_id: int) -> list[LinkedSkill]:
    skills = columns(Skill)
    rows = session.execute(
        sa_select(skills.id, skills.title, skills.finished_at)
        .where(skills.rejection_id == rejection_id, skills.status == "done")
        .order_by(skills.finished_at, skills.id)
    )
    return [
        LinkedSkill(id or 0, title, finished_at.date() if finished_at else None)
        for id, title, finished_at in rows
    ]


def load_plan(db: Database, rejection_id: int) -> Plan | None:
    """A plan as plain views, read over the tables (store/table_reads: no mapper configured)."""
    with db.read() as session:
        found = read_as(session, RejectionView, Rejection, columns(Rejection).id == rejection_id)
        if not found:
            return None
        steps = read_as(
            session, StepView, RecoveryStep, columns(RecoveryStep).rejection_id == rejection_id
        )
        return Plan(
            found[0],
            sorted(steps, key=_step_order),
            linked_thought_records(session, rejection_id),
            finished_skills(session, rejection_id),
        )


def rejection_of_step(db: Database, step_id: int) -> int | None:
    steps = columns(RecoveryStep)
    with db.read() as session:
        found = session.execute(sa_select(steps.rejection_id).where(steps.id == step_id)).scalar()
        return None if found is None else int(found)
