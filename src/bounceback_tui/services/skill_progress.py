"""The Skills backlog in figures: how many to do, doing and done, per kind, this month."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, case, func, select

from bounceback_tui.domain.skills import SkillKind
from bounceback_tui.services.skill_moves import doing_limit_in
from bounceback_tui.services.skills import skill_kind
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Skill
from bounceback_tui.store.table_reads import columns

# --- Progress ------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindProgress:
    kind: SkillKind
    done: int
    total: int


@dataclass(frozen=True)
class SkillProgress:
    """Counts for the pane's header (and for Today): one aggregate query."""

    total: int = 0
    todo: int = 0
    doing: int = 0
    done: int = 0
    done_this_month: int = 0
    overdue: int = 0
    doing_limit: int = 3
    by_kind: tuple[KindProgress, ...] = field(default_factory=tuple)


def skill_progress(db: Database, today: date) -> SkillProgress:
    """Finished this month and in total, per kind, and what is in progress."""
    month_start = datetime.combine(today.replace(day=1), datetime.min.time())
    # Over the table (store/table_reads): the counts configure no mapper.
    skills = columns(Skill)
    status = skills.status

    def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = select(
        skills.kind,
        func.count(),
        count_if(status == "todo"),
        count_if(status == "doing"),
        count_if(status == "done"),
        count_if(and_(status == "done", skills.finished_at >= month_start)),
        count_if(
            and_(
                status != "done",
                skills.target_date.is_not(None),
                skills.target_date < today,
            )
        ),
    ).group_by(skills.kind)
    totals = [0] * 6
    per_kind: dict[SkillKind, list[int]] = {}
    with db.read() as session:
        for kind, *counts in session.execute(query):
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            entry = per_kind.setdefault(skill_kind(kind), [0, 0])
            entry[0] += counts[3]
            entry[1] += counts[0]
        limit = doing_limit_in(session)
    by_kind = tuple(
        KindProgress(k, *per_kind[k]) for k in SkillKind if k in per_kind and per_kind[k][1]
    )
    total, todo, doing, done, this_month, overdue = totals
    return SkillProgress(total, todo, doing, done, this_month, overdue, limit, by_kind)
