"""The Skills backlog: items born from feedback and reflection, in priority order.

Every function that changes something is one ``db.write()`` transaction. Reads return
plain frozen dataclasses, so the UI never holds a live ORM object.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, delete, func, or_, select, update
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
from bounceback_tui.errors import NotFoundError
from bounceback_tui.services.settings import get_setting, set_setting
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, Rejection, Skill, SkillResource
from bounceback_tui.store.undo import DeletedRows, delete_with_undo, restore

# Suggestions older than this are stale: the person has moved on from that interview.
SUGGESTION_WINDOW_DAYS = 60
SUGGESTED_TITLE = "Tell one teamwork story in every interview"
_GONE = "That skill item is no longer there; another window may have deleted it."


@dataclass(frozen=True)
class SkillRow:
    """One item as the pane shows it, with its source's company and its resources."""

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

    @property
    def first_link(self) -> str:
        return next((r.url for r in self.resources if r.url), "")

    @property
    def search_text(self) -> str:
        return f"{self.title} {self.kind.label} {self.why} {self.company} {self.role}"


def _kind(value: str) -> SkillKind:
    try:
        return parse_kind(value)
    except ValueError:
        return SkillKind.OTHER


def _status(value: str) -> SkillStatus:
    try:
        return SkillStatus(value)
    except ValueError:
        return SkillStatus.TODO


def _source(value: str) -> SourceKind:
    try:
        return SourceKind(value)
    except ValueError:
        return SourceKind.MANUAL


def _resources_by_skill(
    session: Session, skill_ids: list[int] | None = None
) -> dict[int, list[ResourceInput]]:
    """Every item's resources in order; one query for the whole backlog."""
    query = select(SkillResource.skill_id, SkillResource.url, SkillResource.note).order_by(
        col(SkillResource.skill_id), col(SkillResource.position), col(SkillResource.id)
    )
    if skill_ids is not None:
        query = query.where(col(SkillResource.skill_id).in_(skill_ids))
    found: dict[int, list[ResourceInput]] = defaultdict(list)
    for owner, url, note in session.execute(query):
        found[owner].append(ResourceInput(url=url, note=note))
    return found


def _rows(session: Session, where: object = None) -> list[SkillRow]:
    s = Skill.__table__.c  # type: ignore[attr-defined]
    query = (
        select(
            s.id,
            s.title,
            s.kind,
            s.status,
            s.priority,
            s.why,
            s.source_kind,
            s.rejection_id,
            s.recovery_step_id,
            Rejection.company,
            Rejection.role,
            s.target_date,
            s.notes,
            s.created_at,
            s.started_at,
            s.finished_at,
        )
        .select_from(Skill.__table__)  # type: ignore[attr-defined]
        .outerjoin(Rejection, col(Rejection.id) == s.rejection_id)
        .order_by(s.priority, s.id)
    )
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    records = session.execute(query).all()
    resources = _resources_by_skill(session, None if where is None else [r.id for r in records])
    return [
        SkillRow(
            id=r.id,
            title=r.title,
            kind=_kind(r.kind),
            status=_status(r.status),
            priority=r.priority,
            why=r.why,
            source_kind=_source(r.source_kind),
            rejection_id=r.rejection_id,
            recovery_step_id=r.recovery_step_id,
            company=r.company or "",
            role=r.role or "",
            target_date=r.target_date,
            notes=r.notes,
            created_at=r.created_at,
            started_at=r.started_at,
            finished_at=r.finished_at,
            resources=tuple(resources.get(r.id, ())),
        )
        for r in records
    ]


def list_skills(db: Database) -> list[SkillRow]:
    """Every item, highest priority (lowest number) first."""
    with db.read() as session:
        return _rows(session)


def get_skill(db: Database, skill_id: int) -> SkillRow:
    with db.read() as session:
        rows = _rows(session, col(Skill.id) == skill_id)
    if not rows:
        raise NotFoundError(_GONE)
    return rows[0]


def skills_for_rejection(db: Database, rejection_id: int) -> list[SkillRow]:
    """The items a rejection inspired (for its plan in the Recovery pane)."""
    with db.read() as session:
        return _rows(session, col(Skill.rejection_id) == rejection_id)


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


def update_skill(db: Database, skill_id: int, data: SkillInput) -> None:
    """Save an edit: the typed fields and the resources (status and source stay)."""
    with db.write() as session:
        skill = session.get(Skill, skill_id)
        if skill is None:
            raise NotFoundError(_GONE)
        skill.title = data.title
        skill.kind = data.kind.value
        skill.why = data.why
        skill.target_date = data.target_date
        skill.notes = data.notes
        _replace_resources(session, skill_id, data.resources)


def delete_skill(db: Database, skill_id: int) -> DeletedRows:
    """Delete an item and its resources; keep what restore_skill needs for `u`."""
    with db.write() as session:
        if session.get(Skill, skill_id) is None:
            raise NotFoundError(_GONE)
        return delete_with_undo(session, "skill", skill_id)


def restore_skill(db: Database, deleted: DeletedRows) -> None:
    with db.write() as session:
        restore(session, deleted)


# --- Ordering ------------------------------------------------------------------------------


def _renumber(session: Session) -> None:
    """Give every item a distinct priority, keeping the current order (fixes ties)."""
    ranked = (
        select(
            Skill.id,
            func.row_number().over(order_by=(col(Skill.priority), col(Skill.id))).label("rank"),
        )
    ).subquery()
    session.execute(
        update(Skill)
        .where(col(Skill.id) == ranked.c.id)
        .values(priority=ranked.c.rank)
        .execution_options(synchronize_session=False)
    )


def move_priority(db: Database, skill_id: int, direction: int, *, same_status: bool) -> bool:
    """Swap an open item with its neighbour above (direction -1) or below (+1).

    Done items are not reordered. ``same_status`` looks for the neighbour in the same
    status only (the board's columns); otherwise among every open item (the list).
    Returns False when there is nothing to swap with.
    """
    if direction not in (-1, 1):
        raise ValueError("direction is -1 (up) or +1 (down)")
    with db.write(count_activity=False) as session:
        skill = session.get(Skill, skill_id)
        if skill is None:
            raise NotFoundError(_GONE)
        if skill.status == SkillStatus.DONE:
            return False
        neighbour = _neighbour(session, skill, direction, same_status)
        if neighbour is None:
            return False
        if neighbour.priority == skill.priority:
            _renumber(session)
            session.expire_all()
            skill = session.get(Skill, skill_id)
            neighbour = _neighbour(session, skill, direction, same_status)  # type: ignore[arg-type]
            assert skill is not None and neighbour is not None
        skill.priority, neighbour.priority = neighbour.priority, skill.priority
        session.add_all((skill, neighbour))
    return True


def _neighbour(session: Session, skill: Skill, direction: int, same_status: bool) -> Skill | None:
    key = (col(Skill.priority), col(Skill.id))
    if direction < 0:
        beyond = or_(key[0] < skill.priority, and_(key[0] == skill.priority, key[1] < skill.id))
        order = (key[0].desc(), key[1].desc())
    else:
        beyond = or_(key[0] > skill.priority, and_(key[0] == skill.priority, key[1] > skill.id))
        order = (key[0], key[1])
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


def set_status(db: Database, skill_id: int, status: SkillStatus) -> StatusChange:
    """Move an item to a status, setting or clearing started_at / finished_at."""
    with db.write() as session:
        skill = session.get(Skill, skill_id)
        if skill is None:
            raise NotFoundError(_GONE)
        old = _status(skill.status)
        if old is not status:
            skill.status = status.value
            skill.started_at, skill.finished_at = timestamps_for(
                status, skill.started_at, skill.finished_at, clock.now()
            )
            session.add(skill)
            session.flush()
        doing = session.execute(
            select(func.count()).select_from(Skill).where(col(Skill.status) == "doing")
        ).scalar_one()
        return StatusChange(skill_id, old, status, doing, _limit(session), skill.rejection_id)


def step_status(db: Database, skill_id: int, step: int) -> StatusChange | None:
    """Move one status forward (+1) or back (-1); None when already at that end."""
    current = get_skill(db, skill_id).status
    target = shifted_status(current, step)
    if target is None:
        return None
    return set_status(db, skill_id, target)


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

    def count_if(condition: object) -> object:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)  # type: ignore[arg-type]

    query = select(
        Skill.kind,
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
        select(Skill.id)
        .where(
            col(Skill.rejection_id) == col(Rejection.id),
            col(Skill.kind) == SkillKind.SOFT_SKILL.value,
        )
        .exists()
    )
    query = (
        select(
            RecoveryStep.rejection_id,
            RecoveryStep.id,
            Rejection.company,
            Rejection.role,
            Rejection.rejected_on,
            RecoveryStep.answer,
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
