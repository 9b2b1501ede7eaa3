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

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from bounceback_tui.domain.records_kept import (
    KEPT_GROUP_CHECKS,
    KEPT_ROW_CHECKS,
    KEPT_ROW_GROUPS,
    RowCheck,
)
from bounceback_tui.transfer.json_checks import check_value
from bounceback_tui.transfer.schema import Column, Table

# Distinct one-column values judged, at most: a cache, not a copy of the store.
_REMEMBERED = 50_000


class DateRefusals:
    """The import's word on each date of a row, for one export (``today``: its day)."""

    def __init__(self, today: date) -> None:
        self.today = today
        self._said: dict[tuple[str, str, type, Any], tuple[tuple[str, str], ...]] = {}
        self._plans: dict[str, _Plan] = {}

    def of(self, table: Table, row: Mapping[str, Any], dated: Sequence[str]) -> dict[str, str]:
        """Each of ``dated`` (the row's date columns) the import would refuse, with what it
        would say: by the value's check, then by the row's form."""
        plan = self._plans.get(table.name)
        if plan is None:
            plan = self._plans[table.name] = _Plan(table, dated)
        refused: dict[str, str] = {}
        for column in plan.columns:
            value = row.get(column.name)
            if value is not None and (message := check_value(table.name, column, value)):
                refused[column.name] = message
        for present, judge in plan.groups:
            if all(name in refused or name not in plan.dated for name in present):
                continue
            given = {name: row.get(name) for name in present if name not in refused}
            for name, message in self._judged(table.name, given, judge):
                if name in plan.dated and name not in refused and name in given:
                    refused[name] = message
        return refused

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

    def __init__(self, table: Table, dated: Sequence[str]) -> None:
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
