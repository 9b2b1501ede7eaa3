"""Moving Skills items: up and down the priority order, and between to do, doing and done.

Each move is one ``db.write()`` transaction that reads, decides and writes, so two windows
cannot interleave, and names the version the screen showed. A status move keeps what `u`
needs to take it back (``StatusReceipt``), which it does only while the item is still as the
move left it (``take_back_status``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select, update
from sqlmodel import Session, col

from bounceback_tui import clock
from bounceback_tui.domain.skills import (
    SkillStatus,
    over_doing_limit,
    shifted_status,
    timestamps_for,
)
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.errors import ConflictError
from bounceback_tui.services.settings import get_setting
from bounceback_tui.services.skills import STATUSES, checked_skill
from bounceback_tui.store.cas import checked, refresh_version
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Skill

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
        skill = checked_skill(session, skill_id, expected_version)
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
                changed_elsewhere("“{name}”", name=found.title),
                current=found.model_dump(),
                current_version=found.version,
            )
        return
    if session.get(Skill, shown_id) is None:
        raise ConflictError(gone_elsewhere("The item next to it"))
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
class StatusReceipt:
    """What `u` needs to take a status move back: the item, the version the move left it
    at, and its status and days before the move."""

    skill_id: int
    title: str
    version: int
    status: SkillStatus
    started_at: datetime | None
    finished_at: datetime | None


@dataclass(frozen=True)
class StatusChange:
    """What a status move did, and where the doing count stands after it."""

    skill_id: int
    old: SkillStatus
    new: SkillStatus
    doing: int
    doing_limit: int
    rejection_id: int | None = None
    # When it was finished, for a move out of Done: moved back, it can keep that day.
    finished_before: datetime | None = None
    receipt: StatusReceipt | None = None  # for `u`

    @property
    def changed(self) -> bool:
        return self.old is not self.new

    @property
    def over_limit(self) -> bool:
        return self.new is SkillStatus.DOING and over_doing_limit(self.doing, self.doing_limit)


def doing_limit(db: Database) -> int:
    with db.read() as session:
        return doing_limit_in(session)


def doing_limit_in(session: Session) -> int:
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
    db: Database,
    skill_id: int,
    step: int,
    *,
    expected_version: int | None = None,
    finished_at: datetime | None = None,
) -> StatusChange | None:
    """Move one status forward (+1) or back (-1); None when already at that end. A move into
    Done with ``finished_at`` (when it was finished before a move out of Done took back)
    keeps that day, if the item was started by then."""
    return _move(
        db, skill_id, lambda current: shifted_status(current, step), expected_version, finished_at
    )


def _move(
    db: Database,
    skill_id: int,
    target_of: Callable[[SkillStatus], SkillStatus | None],
    expected_version: int | None = None,
    finished_at: datetime | None = None,
) -> StatusChange | None:
    """Read, decide and write in one transaction, so two windows cannot interleave; with
    ``expected_version``, only if the item is still as the screen showed it."""
    with db.write() as session:
        skill = checked_skill(session, skill_id, expected_version)
        old = STATUSES.get(skill.status, SkillStatus.TODO)
        new = target_of(old)
        if new is None:
            return None
        finished_before = skill.finished_at
        before = (skill.started_at, skill.finished_at)
        if new is not old:
            skill.status = new.value
            skill.started_at, skill.finished_at = timestamps_for(
                new, skill.started_at, skill.finished_at, clock.now()
            )
            started = skill.started_at
            if new is SkillStatus.DONE and finished_at and started and started <= finished_at:
                skill.finished_at = finished_at
            session.add(skill)
            session.flush()
        receipt = StatusReceipt(
            skill_id, skill.title, refresh_version(session, skill), old, *before
        )
        return StatusChange(
            skill_id,
            old,
            new,
            _doing(session),
            doing_limit_in(session),
            skill.rejection_id,
            finished_before if old is SkillStatus.DONE else None,
            receipt,
        )


def _doing(session: Session) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(Skill).where(col(Skill.status) == "doing")
        ).scalar_one()
    )


def take_back_status(db: Database, receipt: StatusReceipt) -> StatusChange:
    """`u` after a status move: the item's status and days as they were, in one
    transaction, while it is still as the move left it (else ConflictError, nothing
    changed; DeletedElsewhereError when it was deleted meanwhile)."""
    with db.write() as session:
        skill = checked(
            session,
            Skill,
            receipt.skill_id,
            receipt.version,
            gone=gone_elsewhere("“{name}”", name=receipt.title),  # nothing to undo
            changed=f"“{receipt.title}” has changed since, so it stays as it is.",
        )
        old = STATUSES.get(skill.status, SkillStatus.TODO)
        skill.status = receipt.status.value
        skill.started_at, skill.finished_at = receipt.started_at, receipt.finished_at
        session.add(skill)
        session.flush()
        return StatusChange(
            skill.id or receipt.skill_id,
            old,
            receipt.status,
            _doing(session),
            doing_limit_in(session),
            skill.rejection_id,
        )
