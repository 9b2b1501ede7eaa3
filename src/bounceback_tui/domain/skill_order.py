"""In what order the Skills backlog is shown: the board's columns and the ordered list.

Pure functions over anything shaped like a skill row (an id, a status, a priority and when
it was finished), so the pane, its tests and the services agree without a terminal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from bounceback_tui.domain.skills import STATUS_ORDER, SkillStatus


class Ordered(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def status(self) -> SkillStatus: ...
    @property
    def priority(self) -> int: ...
    @property
    def finished_at(self) -> datetime | None: ...


R = TypeVar("R", bound=Ordered)


def done_last_first(rows: Iterable[R]) -> list[R]:
    """The finished items, the most recently finished first."""
    done = [r for r in rows if r.status is SkillStatus.DONE]
    done.sort(key=lambda r: r.finished_at or datetime.min, reverse=True)
    return done


def list_order(rows: Iterable[R]) -> list[R]:
    """The list view: open items as given (by priority), then done ones, newest first."""
    rows = list(rows)
    return [r for r in rows if r.status is not SkillStatus.DONE] + done_last_first(rows)


def board_columns(rows: Iterable[R]) -> dict[SkillStatus, list[R]]:
    """The board: to do and doing as given (by priority), done newest first."""
    rows = list(rows)
    return {
        status: (
            done_last_first(rows)
            if status is SkillStatus.DONE
            else [r for r in rows if r.status is status]
        )
        for status in STATUS_ORDER
    }


def open_ranks(rows: Iterable[R]) -> dict[int, int]:
    """Each open item's place (1, 2, ...) among every open item, as the list numbers them."""
    open_rows = (r for r in rows if r.status is not SkillStatus.DONE)
    return {r.id: rank for rank, r in enumerate(open_rows, 1)}


def neighbour_in_order(rows: Sequence[R], row: R, direction: int, *, same_status: bool) -> R | None:
    """The open item next to ``row`` as the pane shows it (in its column on the board,
    ``same_status``; among every open item in the list): what a priority move swaps it with."""
    order = [
        r
        for r in rows
        if r.status is not SkillStatus.DONE and (not same_status or r.status is row.status)
    ]
    ids = [r.id for r in order]
    if row.id not in ids:
        return None
    index = ids.index(row.id) + (1 if direction > 0 else -1)
    return order[index] if 0 <= index < len(order) else None


def neighbour_after_delete(shown: Sequence[R], skill_id: int) -> int | None:
    """The item the cursor lands on once ``skill_id`` is gone from ``shown``: the next one,
    or the one before it at the end."""
    ids = [r.id for r in shown]
    if skill_id not in ids:
        return None
    index = ids.index(skill_id)
    rest = ids[:index] + ids[index + 1 :]
    return rest[min(index, len(rest) - 1)] if rest else None
