"""One line of the Pipeline (table row or board card), and how lines are sorted and filtered.

Pure data and rules: the service builds rows from one SQL query, the pane keeps
them in memory, and every keystroke of the filter or sort runs here.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from bounceback_tui.domain.list_model import Condition, ListModel
from bounceback_tui.domain.pipeline_query import PipelineQuery
from bounceback_tui.domain.stages import CLOSED_STAGES, STAGE_ORDER, Stage

# Stages where a follow-up no longer matters.


class Facts(NamedTuple):
    """A row's facts that repeat from application to application: one object for every row
    with the same ones (``services/pipeline_rows``)."""

    location: str
    work_mode: str | None
    source: str | None
    salary_currency: str
    salary_period: str | None


# PipelineRow.flags
HAS_LINK = 1
QUIET = 2
APPLIED_UNREADABLE = 4  # its date applied is not a day (another program wrote over it)


@dataclass(frozen=True, slots=True)
class PipelineRow:
    """One application as the Pipeline keeps it, for as long as the app is open: 14 slots.

    The facts that repeat (where, how, the salary's currency and period) are one shared
    ``Facts``, and the two flags one small int: each of the 10,000 demo rows was 192 bytes
    with the 19 fields each in a slot, 144 now (the rows 1,797 → 1,406 KiB traced;
    docs/performance.md, "Memory, mem10's round"). They read as before (``row.location``,
    ``row.quiet``); ``PipelineRow.of`` makes one from every field."""

    id: int
    company: str
    role: str
    stage: Stage
    in_stage_since: date | None
    date_applied: date | None
    next_follow_up: date | None
    excitement: int | None
    facts: Facts
    salary_min: float | None
    salary_max: float | None
    notes: str
    flags: int = 0  # HAS_LINK | QUIET | APPLIED_UNREADABLE
    # The version the row was read at: a move, tick or delete names it (compare-and-set).
    version: int = 0

    @classmethod
    def of(
        cls,
        id: int,
        company: str,
        role: str,
        stage: Stage,
        in_stage_since: date | None,
        date_applied: date | None,
        next_follow_up: date | None,
        excitement: int | None,
        location: str,
        work_mode: str | None,
        source: str | None,
        salary_min: float | None,
        salary_max: float | None,
        salary_currency: str,
        salary_period: str | None,
        # Whether a link is saved, not the link: 10,000 distinct addresses were 0.8 MiB kept
        # for as long as the app is open, for `o` alone (services/pipeline_rows.link_of).
        has_link: bool,
        notes: str,
        quiet: bool = False,
        version: int = 0,
        applied_unreadable: bool = False,
    ) -> PipelineRow:
        """A row from each of its fields (its facts not shared with another row's)."""
        return cls(
            id,
            company,
            role,
            stage,
            in_stage_since,
            date_applied,
            next_follow_up,
            excitement,
            Facts(location, work_mode, source, salary_currency, salary_period),
            salary_min,
            salary_max,
            notes,
            row_flags(has_link=has_link, quiet=quiet, applied_unreadable=applied_unreadable),
            version,
        )

    @property
    def location(self) -> str:
        return self.facts[0]

    @property
    def work_mode(self) -> str | None:
        return self.facts[1]

    @property
    def source(self) -> str | None:
        return self.facts[2]

    @property
    def salary_currency(self) -> str:
        return self.facts[3]

    @property
    def salary_period(self) -> str | None:
        return self.facts[4]

    @property
    def has_link(self) -> bool:
        return bool(self.flags & HAS_LINK)

    @property
    def quiet(self) -> bool:
        return bool(self.flags & QUIET)

    @property
    def applied_unreadable(self) -> bool:
        """Whether a date applied is stored that is not a day (``date_applied`` is then
        None, as with none given): the list says "unreadable", as the detail does."""
        return bool(self.flags & APPLIED_UNREADABLE)

    def days_in_stage(self, today: date) -> int | None:
        return None if self.in_stage_since is None else max(0, (today - self.in_stage_since).days)

    def follow_up_due(self, today: date) -> bool:
        return (
            self.next_follow_up is not None
            and self.next_follow_up <= today
            and self.stage not in CLOSED_STAGES
        )

    @property
    def search_text(self) -> str:
        return f"{self.company} {self.role} {self.facts[0]} {self.notes}"

    @property
    def names(self) -> str:
        """The names in ``search_text``, found by their initials whatever their case: "be"
        finds a role written "backend engineer" (``domain/fuzzy_initials``)."""
        return f"{self.company}, {self.role}"


def row_names(row: PipelineRow) -> str:
    """The row's names (company, role, contact), which the fuzzy match ranks first."""
    return row.names


def row_flags(*, has_link: bool, quiet: bool, applied_unreadable: bool = False) -> int:
    """``PipelineRow.flags`` for a row with (or without) a link, quiet (or not), its date
    applied unreadable (or not)."""
    return (
        (HAS_LINK if has_link else 0)
        | (QUIET if quiet else 0)
        | (APPLIED_UNREADABLE if applied_unreadable else 0)
    )


def _text(value: str) -> str:
    return value.casefold()


# Sort key of each sortable column; None sorts last whatever the direction.
SORT_KEYS: dict[str, Callable[[PipelineRow], Any]] = {
    "company": lambda r: _text(r.company),
    "role": lambda r: _text(r.role),
    "stage": lambda r: STAGE_ORDER[r.stage],
    # Longest in its stage first when descending, so stale ones are easy to find.
    "in_stage": lambda r: None if r.in_stage_since is None else -r.in_stage_since.toordinal(),
    "applied": lambda r: r.date_applied,
    "follow_up": lambda r: r.next_follow_up,
    "excitement": lambda r: r.excitement,
    "location": lambda r: _text(r.location) or None,
    "work_mode": lambda r: r.work_mode,
    "source": lambda r: r.source,
    "salary": lambda r: r.salary_max if r.salary_max is not None else r.salary_min,
}


def sort_rows(rows: Sequence[PipelineRow], column: str, *, descending: bool) -> list[PipelineRow]:
    """Rows ordered by one column; ties by newest first; empty values at the end."""
    key = SORT_KEYS[column]
    present: list[tuple[Any, PipelineRow]] = []
    missing: list[PipelineRow] = []
    for row in rows:
        value = key(row)
        (missing.append(row) if value is None else present.append((value, row)))
    # Two stable sorts: first the tie-break (newest id first), then the column.
    present.sort(key=lambda pair: pair[1].id, reverse=True)
    present.sort(key=lambda pair: pair[0], reverse=descending)
    missing.sort(key=lambda row: row.id, reverse=True)
    return [row for _, row in present] + missing


def matches_conditions(row: PipelineRow, query: PipelineQuery, today: date) -> bool:
    """The `key:value` part of a filter (stage, dates, flags)."""
    if query.stages and row.stage not in query.stages:
        return False
    if query.since is not None and (row.date_applied is None or row.date_applied < query.since):
        return False
    if query.until is not None and (row.date_applied is None or row.date_applied > query.until):
        return False
    if "quiet" in query.flags and not row.quiet:
        return False
    return not ("due" in query.flags and not row.follow_up_due(today))


def query_filter(
    query: PipelineQuery, today: date
) -> tuple[str, Condition[PipelineRow] | None, Hashable]:
    """A parsed filter as ``ListModel.set_filter`` takes it: the fuzzy words, the condition
    the `key:value` part sets (None without one), and what identifies that condition."""
    if not query.has_conditions:
        return query.words, None, None

    def condition(row: PipelineRow) -> bool:
        return matches_conditions(row, query, today)

    return query.words, condition, (query.stages, query.since, query.until, query.flags, today)


def apply_query(
    ordered: Sequence[PipelineRow], query: PipelineQuery, today: date
) -> list[PipelineRow]:
    """The rows a filter lets through. With words, best matches first (ties keep ``ordered``).

    The same ``ListModel`` the pane filters with, over rows given once."""
    model: ListModel[PipelineRow, int] = ListModel(
        lambda row: row.id, lambda row: row.search_text, ranked=True, names_of=row_names
    )
    model.replace(ordered)
    words, condition, key = query_filter(query, today)
    model.set_filter(words, condition, condition_key=key)
    return list(model.visible)
