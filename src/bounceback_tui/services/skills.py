"""The Skills backlog: items born from feedback and reflection, in priority order.

Every function that changes something is one ``db.write()`` transaction. Reads return
plain frozen dataclasses, so the UI never holds a live ORM object.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, case, delete, func, or_, select, update
from sqlmodel import Session, col

from bounceback_tui import clock
from bounceback_tui.domain.skills import (
    SOFT_SKILLS_STEP_KEY,
    ResourceInput,
    SkillInput,
    SkillKind,
    SkillStatus,
    SourceKind,
    leaned_on_technical_only,
    over_doing_limit,
    parse_kind,
    shifted_status,
    timestamps_for,
)
from bounceback_tui.errors import ConflictError, NotFoundError
from bounceback_tui.services.settings import get_setting, set_setting
from bounceback_tui.store.cas import checked
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, Rejection, Skill, SkillResource
from bounceback_tui.store.undo import DeletedRows, delete_with_undo, restore

# Suggestions older than this are stale: the person has moved on from that interview.
SUGGESTION_WINDOW_DAYS = 60
SUGGESTED_TITLE = "Tell one teamwork story in every interview"
_GONE = "That skill item is no longer there; another window may have deleted it."


def _checked(session: Session, skill_id: int, expected_version: int | None) -> Skill:
    """The item, if it is still the version the screen read (None: whatever is there)."""
    return checked(
        session,
        Skill,
        skill_id,
        expected_version,
        gone=_GONE,
        changed=lambda row: f"“{row.title}” was changed in another window.",
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

    @property
    def first_link(self) -> str:
        return next((r.url for r in self.resources if r.url), "")

    @property
    def search_text(self) -> str:
        return f"{self.title} {self.kind.label} {self.why} {self.company} {self.role}"


_KINDS = {k.value: k for k in SkillKind}
_STATUSES = {k.value: k for k in SkillStatus}
_SOURCES = {k.value: k for k in SourceKind}


def _kind(value: str) -> SkillKind:
    found = _KINDS.get(value)
    if found is not None:
        return found
    try:
        return parse_kind(value)  # an older spelling, like "soft skill"
    except ValueError:
        return SkillKind.OTHER


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


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
    statuses, sources = _STATUSES, _SOURCES
    return [
        SkillRow(
            id,
            title,
            _kind(kind),
            statuses.get(status, SkillStatus.TODO),
            priority,
            why,
            sources.get(source, SourceKind.MANUAL),
            rejection_id,
            step_id,
            company or "",
            role or "",
            _day(target),
            notes,
            _moment(created),
            _moment(started),
            _moment(finished),
            tuple(resources.get(id, ())),
            version,
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
        return _insert(session, data, source_kind, rejection_id, recovery_step_id)


def _insert(
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
        skill = _checked(session, skill_id, expected_version)
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
        session.expunge(_checked(session, skill_id, expected_version))
        return delete_with_undo(session, "skill", skill_id)


def restore_skill(db: Database, deleted: DeletedRows) -> None:
    with db.write() as session:
        restore(session, deleted)


# --- Ordering ------------------------------------------------------------------------------


def _renumber(session: Session) -> None:
    """Give every item a distinct priority, keeping the current order (fixes ties). Only
    the items whose number changes are written (each write moves an item's version)."""
    ranked = (
        select(
            col(Skill.id),
            func.row_number().over(order_by=(col(Skill.priority), col(Skill.id))).label("rank"),
        )
    ).subquery()
    session.execute(
        update(Skill)
        .where(col(Skill.id) == ranked.c.id, col(Skill.priority) != ranked.c.rank)
        .values(priority=ranked.c.rank)
        .execution_options(synchronize_session=False)
    )


def move_priority(
    db: Database,
    skill_id: int,
    direction: int,
    *,
    same_status: bool,
    expected_version: int | None = None,
    neighbour: tuple[int, int] | None = None,
) -> int | None:
    """Swap an open item with its neighbour above (direction -1) or below (+1).

    Done items are not reordered. ``same_status`` looks for the neighbour in the same
    status only (the board's columns); otherwise among every open item (the list).
    Returns the id of the item it swapped places with, or None when there is none.

    A swap moves two items, so both must be as the screen showed them: the item at
    ``expected_version``, and ``neighbour`` (its id and version as the screen had it
    next to the item). If another window moved, added or changed either, nothing is
    swapped (ConflictError).
    """
    if direction not in (-1, 1):
        raise ValueError("direction is -1 (up) or +1 (down)")
    with db.write(count_activity=False) as session:
        skill = _checked(session, skill_id, expected_version)
        if skill.status == SkillStatus.DONE:
            return None
        found = _neighbour(session, skill, direction, same_status)
        if neighbour is not None:
            _check_neighbour(session, found, neighbour)
        if found is None:
            return None
        neighbour_row = found
        if neighbour_row.priority == skill.priority:
            _renumber(session)
            session.expire_all()
            reread = session.get(Skill, skill_id)
            assert reread is not None  # the write transaction holds the row
            skill = reread
            again = _neighbour(session, skill, direction, same_status)
            assert again is not None
            neighbour_row = again
        skill.priority, neighbour_row.priority = neighbour_row.priority, skill.priority
        session.add_all((skill, neighbour_row))
        return neighbour_row.id


def _check_neighbour(session: Session, found: Skill | None, shown: tuple[int, int]) -> None:
    """The item next to the moved one must be the one the screen showed there, unchanged."""
    shown_id, shown_version = shown
    if found is not None and found.id == shown_id:
        if found.version != shown_version:
            raise ConflictError(
                f"“{found.title}” was changed in another window.",
                current=found.model_dump(),
                current_version=found.version,
            )
        return
    if session.get(Skill, shown_id) is None:
        raise ConflictError("The item next to it was deleted in another window.")
    raise ConflictError("The order was changed in another window.")


def _neighbour(session: Session, skill: Skill, direction: int, same_status: bool) -> Skill | None:
    key = (col(Skill.priority), col(Skill.id))
    if direction < 0:
        beyond = or_(key[0] < skill.priority, and_(key[0] == skill.priority, key[1] < skill.id))
        order = (key[0].desc(), key[1].desc())
    else:
        beyond = or_(key[0] > skill.priority, and_(key[0] == skill.priority, key[1] > skill.id))
        order = (key[0].asc(), key[1].asc())
    query = select(Skill).where(beyond, col(Skill.status) != SkillStatus.DONE.value)
    if same_status:
        query = query.where(col(Skill.status) == skill.status)
    return session.execute(query.order_by(*order).limit(1)).scalars().first()


# --- Status --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusChange:
    """What a status move did, and where the doing count stands after it."""

    skill_id: int
    old: SkillStatus
    new: SkillStatus
    doing: int
    doing_limit: int
    rejection_id: int | None = None

    @property
    def changed(self) -> bool:
        return self.old is not self.new

    @property
    def over_limit(self) -> bool:
        return self.new is SkillStatus.DOING and over_doing_limit(self.doing, self.doing_limit)


def doing_limit(db: Database) -> int:
    with db.read() as session:
        return _limit(session)


def _limit(session: Session) -> int:
    try:
        return max(0, int(get_setting(session, "skills_doing_limit")))
    except (TypeError, ValueError):
        return 3


def set_status(
    db: Database, skill_id: int, status: SkillStatus, *, expected_version: int | None = None
) -> StatusChange:
    """Move an item to a status, setting or clearing started_at / finished_at."""
    change = _move(db, skill_id, lambda _current: status, expected_version)
    assert change is not None
    return change


def step_status(
    db: Database, skill_id: int, step: int, *, expected_version: int | None = None
) -> StatusChange | None:
    """Move one status forward (+1) or back (-1); None when already at that end."""
    return _move(db, skill_id, lambda current: shifted_status(current, step), expected_version)


def _move(
    db: Database,
    skill_id: int,
    target_of: Callable[[SkillStatus], SkillStatus | None],
    expected_version: int | None = None,
) -> StatusChange | None:
    """Read, decide and write in one transaction, so two windows cannot interleave; with
    ``expected_version``, only if the item is still as the screen showed it."""
    with db.write() as session:
        skill = _checked(session, skill_id, expected_version)
        old = _STATUSES.get(skill.status, SkillStatus.TODO)
        new = target_of(old)
        if new is None:
            return None
        if new is not old:
            skill.status = new.value
            skill.started_at, skill.finished_at = timestamps_for(
                new, skill.started_at, skill.finished_at, clock.now()
            )
            session.add(skill)
            session.flush()
        doing = session.execute(
            select(func.count()).select_from(Skill).where(col(Skill.status) == "doing")
        ).scalar_one()
        return StatusChange(skill_id, old, new, doing, _limit(session), skill.rejection_id)


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
    status = col(Skill.status)

    def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = select(
        col(Skill.kind),
        func.count(),
        count_if(status == "todo"),
        count_if(status == "doing"),
        count_if(status == "done"),
        count_if(and_(status == "done", col(Skill.finished_at) >= month_start)),
        count_if(
            and_(
                status != "done",
                col(Skill.target_date).is_not(None),
                col(Skill.target_date) < today,
            )
        ),
    ).group_by(col(Skill.kind))
    totals = [0] * 6
    per_kind: dict[SkillKind, list[int]] = {}
    with db.read() as session:
        for kind, *counts in session.execute(query):
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            entry = per_kind.setdefault(_kind(kind), [0, 0])
            entry[0] += counts[3]
            entry[1] += counts[0]
        limit = _limit(session)
    by_kind = tuple(
        KindProgress(k, *per_kind[k]) for k in SkillKind if k in per_kind and per_kind[k][1]
    )
    total, todo, doing, done, this_month, overdue = totals
    return SkillProgress(total, todo, doing, done, this_month, overdue, limit, by_kind)


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


# --- Soft-skill suggestions -----------------------------------------------------------------


@dataclass(frozen=True)
class SoftSkillSuggestion:
    rejection_id: int
    recovery_step_id: int
    company: str
    role: str
    rejected_on: date
    answer: str


def _dismissed(session: Session) -> set[int]:
    raw = get_setting(session, "skills_dismissed_suggestions")
    if not isinstance(raw, list):
        return set()
    return {int(x) for x in raw if isinstance(x, int) and not isinstance(x, bool)}


def soft_skill_suggestions(db: Database, today: date) -> list[SoftSkillSuggestion]:
    """Recent rejections whose reflection says only technical skills came across, and
    that have no soft-skill item yet and were not dismissed. Newest first."""
    since = today - timedelta(days=SUGGESTION_WINDOW_DAYS)
    has_item = (
        select(col(Skill.id))
        .where(
            col(Skill.rejection_id) == col(Rejection.id),
            col(Skill.kind) == SkillKind.SOFT_SKILL.value,
        )
        .exists()
    )
    query = (
        select(
            col(RecoveryStep.rejection_id),
            col(RecoveryStep.id),
            col(Rejection.company),
            col(Rejection.role),
            col(Rejection.rejected_on),
            col(RecoveryStep.answer),
        )
        .join(Rejection, col(Rejection.id) == col(RecoveryStep.rejection_id))
        .where(
            col(RecoveryStep.template_key) == SOFT_SKILLS_STEP_KEY,
            col(RecoveryStep.answer) != "",
            col(Rejection.rejected_on) >= since,
            ~has_item,
        )
        .order_by(col(Rejection.rejected_on).desc(), col(Rejection.id).desc())
    )
    with db.read() as session:
        dismissed = _dismissed(session)
        rows = session.execute(query).all()
    return [
        SoftSkillSuggestion(*row)
        for row in rows
        if row[0] not in dismissed and leaned_on_technical_only(row[5])
    ]


def accept_suggestion(db: Database, suggestion: SoftSkillSuggestion) -> int:
    """Create the suggested soft-skill item, linked to its reflection; return its id."""
    quote = " ".join(suggestion.answer.split())
    if len(quote) > 400:
        quote = quote[:399] + "…"
    data = SkillInput(
        title=SUGGESTED_TITLE,
        kind=SkillKind.SOFT_SKILL,
        why=f"My reflection on {suggestion.company} ({suggestion.role}): “{quote}”",
    )
    with db.write() as session:
        return _insert(
            session,
            data,
            SourceKind.REFLECTION,
            suggestion.rejection_id,
            suggestion.recovery_step_id,
        )


def dismiss_suggestion(db: Database, rejection_id: int) -> None:
    """Remember "not for this one" (a setting holding the dismissed rejection ids)."""
    with db.write(count_activity=False) as session:
        dismissed = _dismissed(session) | {rejection_id}
        set_setting(session, "skills_dismissed_suggestions", sorted(dismissed))
