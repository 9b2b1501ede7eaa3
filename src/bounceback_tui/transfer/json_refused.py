"""Which of a row's dates a JSON import would refuse, and why: asked by the export, so that the
file it writes is one the import takes whole (transfer/json_unreadable.py sets them aside).

The export asked only the import's check of each value (``check_value``: its form, a time
before 1970 or still to come); the import then checks each row as its form takes it
(``KEPT_ROW_CHECKS``: a day applied in the future, a no's day before 1970, an interview in
1950), and refused the whole file for a date the export had written. Here both are asked,
in the import's order: the values first, then the row's form without the dates set aside
(as the import takes them out), each group of columns the form judges together
(``KEPT_ROW_GROUPS``) judged once per distinct value where it is one column, as a restore's
check does (transfer/backup_rows.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from datetime import date, datetime
from typing import Any

from bounceback_tui.domain.records_kept import (
    EARLIEST_MOMENT,
    KEPT_GROUP_CHECKS,
    KEPT_ROW_CHECKS,
    KEPT_ROW_GROUPS,
    RowCheck,
)
from bounceback_tui.stored_dates import stored_moment
from bounceback_tui.transfer.schema import Column, Table

# The import's check of a value in a column (json_checks.check_value), given by the caller:
# json_checks reads json_unreadable, which reads this.
ValueCheck = Callable[[str, Column, Any], "str | None"]
# Distinct one-column values judged, at most: a cache, not a copy of the store.
_REMEMBERED = 50_000
# A day and a time as the import takes them (json_checks): any other shape is named so.
_SHAPES = {
    "DATE": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    "DATETIME": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"),
}


def _lowered(message: str) -> str:
    message = message.rstrip(".")
    return message[:1].lower() + message[1:]


class DateRefusals:
    """The import's word on each date of a row, for one export (``today``: its day;
    ``check``: the import's check of a value)."""

    def __init__(self, today: date, check: ValueCheck) -> None:
        self.today = today
        self.check = check
        self._said: dict[tuple[str, str, type, Any], tuple[tuple[str, str], ...]] = {}
        self._plans: dict[str, _Plan] = {}

    def of(self, table: Table, row: Mapping[str, Any], dated: Collection[str]) -> dict[str, str]:
        """Each of ``dated`` (the row's date columns) the import would refuse, with what it
        would say: by the value's check, then by the row's form."""
        plan = self._plans.get(table.name)
        if plan is None:
            plan = self._plans[table.name] = _Plan(table, dated)
        refused: dict[str, str] = {}
        for column in plan.columns:
            value = row.get(column.name)
            if value is not None and (message := self.check(table.name, column, value)):
                refused[column.name] = message
        for present, judge in plan.groups:
            if all(name in refused or name not in plan.dated for name in present):
                continue
            given = {name: row.get(name) for name in present if name not in refused}
            for name, message in self._judged(table.name, given, judge):
                if name in plan.dated and name not in refused and name in given:
                    refused[name] = message
        return refused

    def reasons(
        self, table: Table, row: Mapping[str, Any], refused: Mapping[str, str], now: datetime
    ) -> dict[str, str]:
        """What is wrong with each date ``refused`` names (with what the import says of it,
        "" if nothing), said after its value: "" when the app cannot read it (stored_dates.py:
        "could not be read"), "is before 1970", "is in the future" (the same day and time
        of today would be taken), "is more than ten years ahead", "is not written as the
        import takes one (…)" (a time with an offset), else the import's own words."""
        return {name: self._why(table, row, name, said, now) for name, said in refused.items()}

    def _why(
        self, table: Table, row: Mapping[str, Any], name: str, said: str, now: datetime
    ) -> str:
        value, column = row.get(name), table.column(name)
        moment = stored_moment(value)
        if moment is None or column is None:
            return ""
        words = f" ({_lowered(said)})" if said else ""
        shape = _SHAPES.get(column.declared_type)
        if not isinstance(value, str) or shape is None or not shape.fullmatch(value):
            return f"is not written as the import takes one{words}"
        if moment < EARLIEST_MOMENT:
            return "is before 1970"
        if "ten years" in said and moment > now:
            return "is more than ten years ahead"
        if moment > now:
            # The same value on today's date: taken, then its day is what is wrong.
            trial = {**row, name: now.date().isoformat() + value[10:]}
            if name not in self.of(table, trial, self._plans[table.name].dated):
                return "is in the future"
        return f"is one the import refuses{words}" if said else "was set aside by the export"

    def _judged(
        self, table: str, given: dict[str, Any], judge: RowCheck
    ) -> tuple[tuple[str, str], ...]:
        """What the form says of ``given`` (one group's values, the others absent)."""
        if len(given) != 1:
            return tuple(judge(given, self.today))
        ((name, value),) = given.items()
        key = (table, name, type(value), value)
        said = self._said.get(key)
        if said is None:
            said = tuple(judge(given, self.today))
            if len(self._said) < _REMEMBERED:
                self._said[key] = said
        return said


class _Plan:
    """What ``DateRefusals`` asks of a table's rows: its date columns, and each group of
    columns its form judges together that holds one, with its judge."""

    def __init__(self, table: Table, dated: Collection[str]) -> None:
        self.dated = frozenset(dated)
        self.columns: list[Column] = [c for c in table.columns if c.name in self.dated]
        self.groups: list[tuple[tuple[str, ...], RowCheck]] = []
        check = KEPT_ROW_CHECKS.get(table.name)
        if check is None:
            return
        names = set(table.column_names)
        for group in KEPT_ROW_GROUPS[table.name]:
            present = tuple(name for name in group if name in names)
            if any(name in self.dated for name in present):
                self.groups.append((present, KEPT_GROUP_CHECKS.get((table.name, present), check)))
