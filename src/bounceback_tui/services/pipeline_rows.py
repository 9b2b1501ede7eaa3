"""The Pipeline's rows: one SQL query, plain tuples, no ORM objects (10,000 rows stay quick)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from bounceback_tui.domain.pipeline_rows import Facts, PipelineRow, row_flags
from bounceback_tui.domain.places import places
from bounceback_tui.domain.stages import CLOSED_STAGES, Stage, is_quiet
from bounceback_tui.services.pipeline_moves import ghost_days_setting
from bounceback_tui.store.database import Database

# in_stage_since: the day of the latest timeline entry, which is the move into the current
# stage (every move goes through services/pipeline_moves). The index on stage_change
# (application_id, ...) finds an application's few entries without a scan.
_ROWS_SQL = """
    SELECT a.id, a.company, a.role, a.stage, a.date_applied, a.next_follow_up,
           a.excitement, a.location, a.work_mode, a.source, a.salary_min, a.salary_max,
           a.salary_currency, a.salary_period, coalesce(a.link, '') != '', a.notes,
           a.ghost_dismissed_on,
           a.version,
           (SELECT s.changed_on FROM stage_change s WHERE s.application_id = a.id
             ORDER BY s.id DESC LIMIT 1)
    FROM application a
"""
_INTERVIEWED_SQL = text("SELECT DISTINCT application_id FROM interview")


@dataclass(frozen=True)
class PipelineRows:
    rows: list[PipelineRow]
    ghost_after_days: int

    @property
    def quiet_count(self) -> int:
        return sum(1 for row in self.rows if row.quiet)


def _day(value: object) -> date | None:
    if not value:
        return None
    try:
        if isinstance(value, str):
            return date.fromisoformat(value)
        return value if isinstance(value, date) else None
    except ValueError:
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return None


_STAGES = {stage.value: stage for stage in Stage}


def _stage(value: str) -> Stage:
    # A value written by something else shows in Applied rather than failing the pane.
    return _STAGES.get(value, Stage.APPLIED)


class _Shared:
    """One object for each value that repeats from row to row (a city, a source, a
    currency, a day), where SQLite hands over a new one for every row: the Pipeline keeps
    every row for as long as the app is open."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._days: dict[object, date | None] = {}
        self._numbers: dict[tuple[type, float], float] = {}
        self._facts: dict[Facts, Facts] = {}

    def text(self, value: str | None) -> str | None:
        return None if value is None else self._texts.setdefault(value, value)

    def number(self, value: float | None) -> float | None:
        # Keyed with the type: 85000 and 85000.0 are equal, and each stays as it was read.
        return None if value is None else self._numbers.setdefault((type(value), value), value)

    def facts(self, found: Facts) -> Facts:
        """One ``Facts`` for every row with the same ones (a few hundred for 10,000 rows)."""
        return self._facts.setdefault(found, found)

    def day(self, value: object) -> date | None:
        if not value:
            return None
        found = self._days.get(value)
        if found is None:
            found = self._days[value] = _day(value)
        return found


def count_rows(db: Database) -> int:
    """How many applications the store holds (one count over the primary key)."""
    with db.read() as session:
        return int(session.execute(text("SELECT count(*) FROM application")).scalar() or 0)


def link_of(db: Database, application_id: int) -> str:
    """The link saved with an application ("" when there is none, or no such application):
    a row keeps only whether it has one (``PipelineRow.has_link``)."""
    with db.read() as session:
        found = session.execute(
            text("SELECT link FROM application WHERE id = :id"), {"id": application_id}
        ).scalar()
    return found or ""


def any_quiet(db: Database, today: date) -> bool:
    """Whether some application looks quiet on ``today`` (``PipelineRows.quiet_count`` above
    0, the Pipeline's `r` having one to review), read without the Pipeline's rows: the rule in
    SQL that Today's "ghosted?" lines read (store/due_conditions.GHOST_CANDIDATE), one
    indexed look. The palette offers "Review quiet applications" by it before the Pipeline
    has been opened (ui/palette_pipeline.py)."""
    from bounceback_tui.domain.stages import quiet_before
    from bounceback_tui.store.due_conditions import GHOST_CANDIDATE

    with db.read() as session:
        before = quiet_before(today, ghost_days_setting(session))
        found = session.execute(
            text(f"SELECT 1 FROM application a WHERE {GHOST_CANDIDATE} LIMIT 1"),
            {"before": before.isoformat()},
        ).first()
    return found is not None


def load_rows(db: Database, today: date, ids: Sequence[int] | None = None) -> PipelineRows:
    """Every application (or only those in ``ids``) as a PipelineRow, newest first,
    with the ghosting suggestion worked out; a value that repeats is one shared object."""
    sql = _ROWS_SQL
    params: dict[str, int] = {}
    if ids is not None:
        names = [f"id{n}" for n in range(len(ids))]
        sql += f" WHERE a.id IN ({', '.join(':' + name for name in names) or 'NULL'})"
        params = dict(zip(names, ids, strict=True))
    with db.read() as session:
        after_days = ghost_days_setting(session)
        numbers = _id_numbers(session)
        # The applications with an interview booked: replied to, never quiet (one read of
        # ix_interview_application, not a look for each of 10,000 rows).
        interviewed = {
            app_id for (app_id,) in session.execute(_INTERVIEWED_SQL) if app_id is not None
        }
        # Streamed, not fetched whole first: 10,000 rows are not held twice while read.
        raw = session.execute(text(sql + " ORDER BY a.id DESC"), params)
        rows = _pipeline_rows(raw, today, after_days, numbers, interviewed)
        return PipelineRows(rows, after_days)


def _id_numbers(session: Any) -> list[int]:
    """The lists' places (``domain/places``), long enough for every application's id when
    the ids are not much sparser than the places the list will use anyway.

    A row's id is kept for as long as the app is open (the row, and the list model's table
    from key to place): each id above 256 was an int object of its own, 10,000 of them
    (0.3 MiB) for the 10,000-application demo, where the places 0 to 16,383 already exist as
    objects. An id taken from there is the same number, one object fewer."""
    count, highest = session.execute(text("SELECT count(*), max(id) FROM application")).one()
    if highest is not None and 0 <= highest < 2 * count + 1024:
        return places(highest + 1)
    return places(0)


def _pipeline_rows(
    raw: Iterable[Any], today: date, after_days: int, numbers: list[int], interviewed: set[int]
) -> list[PipelineRow]:
    rows: list[PipelineRow] = []
    append = rows.append
    shared = _Shared()
    known = len(numbers)
    text_, day, number, facts = shared.text, shared.day, shared.number, shared.facts
    for (
        app_id,
        company,
        role,
        stage_value,
        applied,
        follow_up,
        excitement,
        location,
        work_mode,
        source,
        salary_min,
        salary_max,
        currency,
        period,
        has_link,
        notes,
        dismissed,
        version,
        since,
    ) in raw:
        stage = _stage(stage_value)
        date_applied = day(applied)
        in_stage_since = day(since) or date_applied
        follow_up_on = None if stage in CLOSED_STAGES else day(follow_up)
        quiet = is_quiet(
            stage,
            date_applied,
            in_stage_since,
            day(dismissed),
            today,
            after_days,
            follow_up_on,
            app_id in interviewed,
        )
        append(
            PipelineRow(
                id=numbers[app_id] if 0 <= app_id < known else app_id,
                company=text_(company) or "",
                role=text_(role) or "",
                stage=stage,
                in_stage_since=in_stage_since,
                date_applied=date_applied,
                # A closed application's reminder is kept (undo brings it back) but not shown.
                next_follow_up=follow_up_on,
                excitement=excitement,
                facts=facts(
                    Facts(
                        text_(location) or "",
                        text_(work_mode),
                        text_(source),
                        text_(currency) or "",
                        text_(period),
                    )
                ),
                salary_min=number(salary_min),
                salary_max=number(salary_max),
                notes=text_(notes) or "",
                flags=row_flags(
                    has_link=bool(has_link),
                    quiet=quiet,
                    # Stored, but not a day: said "unreadable" (the detail reads it so too).
                    applied_unreadable=date_applied is None and applied not in (None, ""),
                ),
                version=version,
            )
        )
    return rows
