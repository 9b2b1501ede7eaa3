"""The Pipeline's rows: one SQL query, plain tuples, no ORM objects (10,000 rows stay quick)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.domain.stages import Stage, is_quiet
from bounceback_tui.services.pipeline_moves import _ghost_days
from bounceback_tui.store.database import Database

# in_stage_since: the day the application entered its current stage (the index on
# stage_change (application_id, changed_on) makes the correlated lookup cheap).
_ROWS_SQL = text(
    """
    SELECT a.id, a.company, a.role, a.stage, a.date_applied, a.next_follow_up,
           a.excitement, a.location, a.work_mode, a.source, a.salary_min, a.salary_max,
           a.salary_currency, a.salary_period, a.link, a.notes, a.ghost_dismissed_on,
           (SELECT max(s.changed_on) FROM stage_change s
             WHERE s.application_id = a.id AND s.to_stage = a.stage) AS in_stage_since
    FROM application a
    ORDER BY a.id DESC
    """
)


@dataclass(frozen=True)
class PipelineRows:
    rows: list[PipelineRow]
    ghost_after_days: int

    @property
    def quiet_count(self) -> int:
        return sum(1 for row in self.rows if row.quiet)


def _day(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _stage(value: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        # A value written by something else: show it in Applied rather than fail the pane.
        return Stage.APPLIED


def load_rows(db: Database, today: date) -> PipelineRows:
    """Every application as a PipelineRow, newest first, with the ghosting suggestion worked out."""
    with db.read() as session:
        after_days = _ghost_days(session)
        raw = session.execute(_ROWS_SQL).all()
    rows: list[PipelineRow] = []
    append = rows.append
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
        link,
        notes,
        dismissed,
        since,
    ) in raw:
        stage = _stage(stage_value)
        date_applied = _day(applied)
        in_stage_since = _day(since) or date_applied
        append(
            PipelineRow(
                id=app_id,
                company=company,
                role=role,
                stage=stage,
                in_stage_since=in_stage_since,
                date_applied=date_applied,
                next_follow_up=_day(follow_up),
                excitement=excitement,
                location=location or "",
                work_mode=work_mode,
                source=source,
                salary_min=salary_min,
                salary_max=salary_max,
                salary_currency=currency or "",
                salary_period=period,
                link=link or "",
                notes=notes or "",
                quiet=is_quiet(stage, in_stage_since, _day(dismissed), today, after_days),
            )
        )
    return PipelineRows(rows, after_days)
