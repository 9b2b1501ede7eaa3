"""The Skills backlog: items born from feedback and reflection, in priority order.

Every function that changes something is one ``db.write()`` transaction. Reads return
plain frozen dataclasses, so the UI never holds a live ORM object.

This module reads items and adds, edits and deletes them; beside it, skill_moves.py moves
them (priority and status), skill_progress.py counts them and skill_suggestions.py offers
soft-skill items from reflections.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from bounceback_tui.domain.skills import (
    ResourceInput,
    SkillInput,
    SkillKind,
    SkillStatus,
    SourceKind,
    parse_kind,
    title_key,
)
from bounceback_tui.domain.unreadable import stored_day, stored_moment
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.errors import NotFoundError
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.services.shared_values import shared_numbers, sharing
from bounceback_tui.store.cas import checked
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, Rejection, Skill, SkillResource
from bounceback_tui.store.table_reads import readable_row
from bounceback_tui.store.undo import DeletedRows, delete_with_undo

_GONE = gone_elsewhere("That skill item")


def checked_skill(session: Session, skill_id: int, expected_version: int | None) -> Skill:
    """The item, if it is still the version the screen read (None: whatever is there)."""
    return checked(
        session,
        Skill,
        skill_id,
        expected_version,
        get=readable_row,  # a day written over elsewhere: read as none
        gone=_GONE,
        changed=lambda row: changed_elsewhere("“{name}”", name=row.title),
    )


class SkillRow(NamedTuple):
    """One item as the pane shows it, with its source's company and its resources.

    A NamedTuple rather than a dataclass: the 10k demo store holds 2,000 items, and
    tuples are built several times faster, which the pane's reload feels."""

    id: int
    title: str
    kind: SkillKind
    status: SkillStatus
    priority: int
    why: str = ""
    source_kind: SourceKind = SourceKind.MANUAL
    rejection_id: int | None = None
    recovery_step_id: int | None = None
    company: str = ""
    role: str = ""
    target_date: date | None = None
    notes: str = ""
    created_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    resources: tuple[ResourceInput, ...] = ()
    # The version the row was read at: an edit, move or delete names it.
    version: int = 0
    target_unreadable: bool = False  # a target another program wrote over: "unreadable"
    finished_unreadable: bool = False  # a finish written over elsewhere: as above

    @property
    def first_link(self) -> str:
        return next((r.url for r in self.resources if r.url), "")

    @property
    def search_text(self) -> str:
        return f"{self.title} {self.kind.label} {self.why} {self.company} {self.role}"


_KINDS = {k.value: k for k in SkillKind}
STATUSES = {k.value: k for k in SkillStatus}
_SOURCES = {k.value: k for k in SourceKind}


def skill_kind(value: str) -> SkillKind:
    found = _KINDS.get(value)
    if found is not None:
        return found
    try:
        return parse_kind(value)  # an older spelling, like "soft skill"
    except ValueError:
        return SkillKind.OTHER


def _day(value: str | None) -> date | None:
    return stored_day(value)


def _shared_days() -> Callable[[str | None], date | None]:
    """``_day``, one date object for each day."""
    days: dict[str, date] = {}

    def day(value: str | None) -> date | None:
        if not value:
            return None
        found = days.get(value)
        if found is None:
            found = stored_day(value)
            if found is None:
                return None
            days[value] = found
        return found

    return day


def _moment(value: str | None) -> datetime | None:
    return stored_moment(value)


def _resources_by_skill(
    session: Session, skill_ids: list[int] | None = None
) -> dict[int, list[ResourceInput]]:
    """Every item's resources in order; one query for the whole backlog."""
    sql = "SELECT skill_id, url, note FROM skill_resource"
    if skill_ids is not None:
        sql += f" WHERE skill_id IN ({', '.join(str(int(i)) for i in skill_ids) or 'NULL'})"
    found: dict[int, list[ResourceInput]] = defaultdict(list)
    for owner, url, note in _raw(session).execute(sql + " ORDER BY skill_id, position, id"):
        found[owner].append(ResourceInput(url, note))
    return found


def _raw(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection (same transaction), for plain tuple rows."""
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


# Plain SQL through the driver: no per-cell type processing for a 2,000-row backlog.
_ROWS_SQL = (
    "SELECT k.id, k.title, k.kind, k.status, k.priority, k.why, k.source_kind, k.rejection_id, "
    "k.recovery_step_id, r.company, r.role, k.target_date, k.notes, k.created_at, "
    "k.started_at, k.finished_at, k.version "
    "FROM skill k LEFT JOIN rejection r ON r.id = k.rejection_id"
)


def _rows(session: Session, where: str = "", params: tuple[object, ...] = ()) -> list[SkillRow]:
    sql = _ROWS_SQL + (f" WHERE {where}" if where else "") + " ORDER BY k.priority, k.id"
    records = _raw(session).execute(sql, params).fetchall()
    resources = _resources_by_skill(session, [r[0] for r in records] if where else None)
    statuses, sources = STATUSES, _SOURCES
    # What repeats from item to item (a reason, a company, a day, the same resources) is
    # one object: the Skills pane keeps every row (services/shared_values).
    share, day = sharing(), _shared_days()
    highest = max((max(r[0], r[4] or 0) for r in records), default=None)
    number = shared_numbers(len(records), highest)  # ids and priorities: the lists' own
    return [
        SkillRow(
            number(id),
            title,
            skill_kind(kind),
            statuses.get(status, SkillStatus.TODO),
            number(priority),
            share(why),
            sources.get(source, SourceKind.MANUAL),
            number(rejection_id),
            number(step_id),
            share(company or ""),
            share(role or ""),
            day(target),
            share(notes),
            _moment(created),
            _moment(started),
            _moment(finished),
            share(tuple(resources.get(id, ()))),
            version,
            bool(target) and day(target) is None,
            bool(finished) and _moment(finished) is None,
        )
        for (
            id,
            title,
            kind,
            status,
            priority,
            why,
            source,
            rejection_id,
            step_id,
            company,
            role,
            target,
            notes,
            created,
            started,
            finished,
            version,
        ) in records
    ]


def list_skills(db: Database) -> list[SkillRow]:
    """Every item, highest priority (lowest number) first."""
    with db.read() as session:
        return _rows(session)


def get_skill(db: Database, skill_id: int) -> SkillRow:
    with db.read() as session:
        rows = _rows(session, "k.id = ?", (skill_id,))
    if not rows:
        raise NotFoundError(_GONE)
    return rows[0]


def get_skills(db: Database, skill_ids: Iterable[int]) -> list[SkillRow]:
    """Several items by id (those still there), in priority order."""
    ids = sorted({int(i) for i in skill_ids})
    if not ids:
        return []
    with db.read() as session:
        return _rows(session, f"k.id IN ({', '.join(map(str, ids))})")


def skills_in_progress(db: Database) -> list[SkillRow]:
    """The items in *doing*, in priority order (for Today)."""
    with db.read() as session:
        return _rows(session, "k.status = 'doing'")


def skills_for_rejection(db: Database, rejection_id: int) -> list[SkillRow]:
    """The items a rejection inspired (for its plan in the Recovery pane)."""
    with db.read() as session:
        return _rows(session, "k.rejection_id = ?", (rejection_id,))


# --- Adding, editing, deleting -------------------------------------------------------------


def _check_source(
    session: Session,
    source_kind: SourceKind,
    rejection_id: int | None,
    recovery_step_id: int | None,
) -> None:
    if source_kind is SourceKind.MANUAL and (rejection_id or recovery_step_id):
        raise ValueError("An item typed by hand has no source to link.")
    if rejection_id is not None and session.get(Rejection, rejection_id) is None:
        raise NotFoundError(
            "The rejection this came from is no longer there, so the item was not saved."
        )
    if recovery_step_id is not None:
        step = session.get(RecoveryStep, recovery_step_id)
        if step is None or (rejection_id is not None and step.rejection_id != rejection_id):
            raise NotFoundError(
                "The answer this came from is no longer there, so the item was not saved."
            )


def _replace_resources(
    session: Session, skill_id: int, resources: tuple[ResourceInput, ...]
) -> None:
    session.execute(delete(SkillResource).where(col(SkillResource.skill_id) == skill_id))
    session.add_all(
        SkillResource(skill_id=skill_id, url=r.url, note=r.note, position=position)
        for position, r in enumerate(resources)
    )


def add_skill(
    db: Database,
    data: SkillInput,
    *,
    source_kind: SourceKind = SourceKind.MANUAL,
    rejection_id: int | None = None,
    recovery_step_id: int | None = None,
) -> int:
    """Store a new item at the bottom of the backlog, linked to its source; return its id."""
    with db.write() as session:
        return insert_skill(session, data, source_kind, rejection_id, recovery_step_id)


def insert_skill(
    session: Session,
    data: SkillInput,
    source_kind: SourceKind,
    rejection_id: int | None,
    recovery_step_id: int | None,
) -> int:
    if recovery_step_id is not None and rejection_id is None:
        step = session.get(RecoveryStep, recovery_step_id)
        rejection_id = step.rejection_id if step else None
    _check_source(session, source_kind, rejection_id, recovery_step_id)
    last = session.execute(select(func.max(Skill.priority))).scalar_one()
    skill = Skill(
        title=data.title,
        kind=data.kind.value,
        why=data.why,
        source_kind=source_kind.value,
        rejection_id=rejection_id,
        recovery_step_id=recovery_step_id,
        priority=(last or 0) + 1,
        status=SkillStatus.TODO.value,
        target_date=data.target_date,
        notes=data.notes,
    )
    session.add(skill)
    session.flush()
    assert skill.id is not None
    _replace_resources(session, skill.id, data.resources)
    return skill.id


def update_skill(
    db: Database, skill_id: int, data: SkillInput, *, expected_version: int | None = None
) -> None:
    """Save an edit: the typed fields and the resources (status and source stay)."""
    with db.write() as session:
        skill = checked_skill(session, skill_id, expected_version)
        skill.title = data.title
        skill.kind = data.kind.value
        skill.why = data.why
        skill.target_date = data.target_date
        skill.notes = data.notes
        _replace_resources(session, skill_id, data.resources)


def delete_skill(
    db: Database, skill_id: int, *, expected_version: int | None = None
) -> DeletedRows:
    """Delete an item and its resources; keep what restore_skill needs for `u`."""
    with db.write() as session:
        session.expunge(checked_skill(session, skill_id, expected_version))
        return delete_with_undo(session, "skill", skill_id)


def restore_skill(db: Database, deleted: DeletedRows) -> BroughtBack:
    return bring_back(db, deleted)


# --- Where an item came from ----------------------------------------------------------------


@dataclass(frozen=True)
class SourceContext:
    company: str
    role: str
    rejected_on: date
    answer: str = ""


def source_context(
    db: Database, rejection_id: int | None, recovery_step_id: int | None = None
) -> SourceContext | None:
    """The rejection (and answer) behind an item, for the add form's intro line."""
    if rejection_id is None and recovery_step_id is None:
        return None
    with db.read() as session:
        step = session.get(RecoveryStep, recovery_step_id) if recovery_step_id else None
        if rejection_id is None and step is not None:
            rejection_id = step.rejection_id
        rejection = session.get(Rejection, rejection_id) if rejection_id else None
        if rejection is None:
            return None
        return SourceContext(
            rejection.company, rejection.role, rejection.rejected_on, step.answer if step else ""
        )


def open_skill_titled(
    db: Database, title: str, *, other_than: int | None = None
) -> SkillRow | None:
    """The open item (to do or doing) with ``title``, case and spacing left out, or None;
    ``other_than``: not that item (the one being edited)."""
    key = title_key(title)
    if not key:
        return None
    with db.read() as session:
        rows = _rows(session, "k.status != 'done'")
    return next((row for row in rows if title_key(row.title) == key and row.id != other_than), None)
