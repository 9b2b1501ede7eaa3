"""What a cell of the Pipeline's table says (``cell``), and the name of its style."""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.applications import SalaryPeriod, Source, WorkMode, excitement_stars
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.domain.salary import format_salary
from bounceback_tui.domain.unreadable import UNREADABLE_DAY
from bounceback_tui.ui.pipeline.lines import follow_up_cell


def _label(kind: type[WorkMode] | type[Source] | type[SalaryPeriod], value: str | None) -> str:
    if not value:
        return ""
    try:
        return kind(value).label  # type: ignore[union-attr]  # Source has none: AttributeError below
    except (ValueError, AttributeError):
        return value


def cell(row: PipelineRow, key: str, today: date) -> tuple[str, str]:
    """The text of one cell and the name of its style ("" for plain)."""
    if key == "company":
        return row.company, "strong"
    if key == "role":
        return row.role, ""
    if key == "stage":
        return row.stage.label, ""
    if key == "in_stage":
        days = row.days_in_stage(today)
        if days is None:
            return "", ""
        if row.quiet:
            return f"{days}d quiet", "warn"
        return f"{days}d", "muted"
    if key == "applied":
        if row.date_applied is None:  # written over elsewhere: said, as the detail says it
            return (UNREADABLE_DAY, "warn") if row.applied_unreadable else ("", "")
        return row.date_applied.isoformat(), ""
    if key == "follow_up":
        if row.next_follow_up is None:
            return "", ""
        return follow_up_cell(row, today)
    if key == "excitement":
        return excitement_stars(row.excitement), "warn"
    if key == "location":
        return row.location, ""
    if key == "work_mode":
        return _label(WorkMode, row.work_mode), ""
    if key == "source":
        return _label(Source, row.source), ""
    if key == "salary":
        return (
            format_salary(row.salary_min, row.salary_max, row.salary_currency, row.salary_period),
            "",
        )
    raise KeyError(key)
