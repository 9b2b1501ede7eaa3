"""A CSV row as the Pipeline's form would take it (``csv_import._plan_row`` asks): its status
read as a stage, its dates, pay, source, work mode and excitement as spreadsheets write them,
then the form's own validator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from bounceback_tui.domain.after_colon import after_colon
from bounceback_tui.domain.applications import ApplicationInput, validate_application
from bounceback_tui.domain.dates import NO_LATER_DAY
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import cut_near_word
from bounceback_tui.domain.work_modes import work_mode_in_location
from bounceback_tui.errors import ValidationError
from bounceback_tui.transfer import csv_rejections
from bounceback_tui.transfer.csv_kept import notes_as_written
from bounceback_tui.transfer.csv_mapping import FIELDS, HeaderMapping
from bounceback_tui.transfer.csv_values import (
    DateOrder,
    currency_in,
    read_excitement,
    read_sheet_date,
    row_problem,
    split_salary,
)
from bounceback_tui.transfer.csv_words import (
    source_for,
    stage_for_status,
    stage_names,
    work_mode_for,
)

DATE_FIELDS = ("date_applied", "next_follow_up", "posted_on", csv_rejections.FIELD)


class RowError(Exception):
    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field  # the field whose value it refused


def header_currency(mapping: HeaderMapping) -> str:
    """The currency the salary column's header names ("Salary (€)"), for amounts with none."""
    return next((currency_in(c.header) for c in mapping.columns if c.field == "salary"), "")


def application(
    raw: dict[str, str],
    today: date,
    order: DateOrder,
    header_currency: str = "",
    own: bool = False,
    read_stage: Callable[[str], Stage | None] = stage_for_status,
) -> tuple[ApplicationInput, date | None]:
    """The row as the form would take it, and the day its "Rejected on" column gives.
    ``read_stage``: a status as a stage (the plan's, with the person's --status first)."""
    values = dict(raw)  # a cell that says nothing is "" already (csv_kept.cell_value)
    extra_notes: list[str] = []
    if status := values.pop("stage", ""):
        stage = read_stage(status)
        if stage is None:
            raise RowError(
                f"the status {_shown(status)} is not one I know; use one of: {stage_names()}",
                "stage",
            )
        values["stage"] = stage.value
    for name in DATE_FIELDS:
        if values.get(name):
            try:
                day = read_sheet_date(values[name], today, order, past=name in NO_LATER_DAY)
                values[name] = day.isoformat()
            except ValueError as exc:
                raise RowError(f"{FIELDS[name][0]}: {after_colon(exc)}", name) from None
    if salary := values.pop("salary", ""):
        parts = split_salary(salary)
        values.setdefault("salary_min", parts.minimum)
        values.setdefault("salary_max", parts.maximum)
        if currency := parts.currency or (
            header_currency if parts.minimum or parts.maximum else ""
        ):
            values.setdefault("salary_currency", currency)
        if parts.period:
            values.setdefault("salary_period", parts.period)
        if parts.note:
            extra_notes.append(f"Salary: {parts.note}")
    if values.get("source"):
        values["source"] = source_for(values["source"])
    named = work_mode_in_location(values.get("location", ""))
    if values.get("work_mode"):
        values["work_mode"] = work_mode_for(values["work_mode"])
    elif "work_mode" not in values and named:  # no column for it: "Remote (US)", kept as written
        values["work_mode"] = named.value
    if values.get("excitement"):
        values["excitement"] = read_excitement(values["excitement"])
    if extra_notes:
        values["notes"] = "\n".join(filter(None, [values.get("notes", ""), *extra_notes]))
    try:
        data = notes_as_written(validate_application(values, today), values, own=own)
    except ValidationError as exc:
        first = next((f for f, _ in exc.errors if f in raw), "")
        raise RowError(row_problem(exc, raw, values, DATE_FIELDS), first) from None
    if not values.get("date_applied") and data.stage is not Stage.SAVED:
        # The validator would date it today; for past applications "unknown" is truer.
        data = replace(data, date_applied=None)
    said = values.get(csv_rejections.FIELD)
    return data, date.fromisoformat(said) if said else None


def _shown(text: str) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return repr(cut_near_word(text, 30))
