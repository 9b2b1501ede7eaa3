"""A date or time another program wrote over (`sqlite3 store "update interview set
starts_at='[b]garbage[/]'"`), through a JSON export and back.

The store reads such a value as no date and says "unreadable" in its place (stored_dates.py,
domain/unreadable.py). The export wrote it as a date, and `import` of that file then refused
the whole file ("expected a time like 2026-03-16 09:30:00"): a backup by export could not be
brought back. Now the export writes the column as null, so nothing reading the file takes the
text for a date, and keeps the value as stored in the row under ``"unreadable"``
(``{"starts_at": null, ..., "unreadable": {"starts_at": "[b]garbage[/]"}}``), and says which
rows on stderr. The import takes a value kept there as it was stored, checked as any text is
(its length, no control characters), and says which: the store it makes is the one exported,
the app saying "unreadable" where it did before, and nothing is made up or lost. A date that
is wrong in a row itself (a file edited by hand) is refused as before.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bounceback_tui.domain.unreadable import quoted
from bounceback_tui.domain.wording import plural
from bounceback_tui.transfer.schema import Column, Table

UNREADABLE_KEY = "unreadable"
_DATE_TYPES = ("DATE", "DATETIME")
# The import's check of a value in a column (json_checks.check_value): what it refuses, the
# export sets aside, so the file it writes is one the import takes (and nothing is lost).
ValueCheck = Callable[[str, Column, Any], "str | None"]
# How many the sentence names before "and N more".
_NAMED = 10


@dataclass(frozen=True)
class UnreadableDate:
    """A row's date the app cannot read: its table, the row (its id, else its place), the
    column, and the value as stored."""

    table: str
    row: str
    column: str
    value: object

    def named(self) -> str:
        return f"{self.table} {self.row}, {self.column} ({quoted(self.value)})"


def date_columns(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns if c.declared_type in _DATE_TYPES)


def set_aside(
    table: Table, columns: Sequence[str], row: dict[str, Any], place: int, check: ValueCheck
) -> list[UnreadableDate]:
    """The export's row with each date the import would refuse (``check``, the import's own:
    a time with an offset, a day with a time in a date column, a number) null, and kept as
    stored under ``"unreadable"``; what was set aside."""
    kept: dict[str, Any] = {}
    for name in columns:
        value = row.get(name)
        column = table.column(name)
        if value is None or column is None or check(table.name, column, value) is None:
            continue
        kept[name] = value
        row[name] = None
    if not kept:
        return []
    row[UNREADABLE_KEY] = kept
    where = str(row.get("id", f"row {place}"))
    return [UnreadableDate(table.name, where, name, value) for name, value in kept.items()]


def take_back(
    table: Table,
    row: dict[str, Any],
    index: int,
    add: Callable[[str], None],
    text_problem: Callable[[str], str | None],
) -> dict[str, Any]:
    """The import's side: the values a row keeps under ``"unreadable"``, taken out of the row
    (put back by ``put_back`` once the row's other values are checked); each one that is no
    date column of the table, not null in the row, or no text or number (a text as
    ``text_problem`` checks any) is a problem."""
    kept = row.pop(UNREADABLE_KEY, None)
    if kept is None:
        return {}
    if not isinstance(kept, dict):
        add(f"{table.name} row {index}, {UNREADABLE_KEY}: expected an object")
        return {}
    columns = date_columns(table)
    taken: dict[str, Any] = {}
    for name, value in kept.items():
        where = f"{table.name} row {index}, {UNREADABLE_KEY}"
        if name not in columns:
            add(f"{where}: {name!r} is not a date or time column of {table.name}")
        elif row.get(name) is not None:
            add(f"{where}: {name} is given in the row too")
        elif isinstance(value, bool) or not isinstance(value, (str, int, float)):
            add(f"{where}, {name}: expected text or a number")
        elif isinstance(value, float) and not math.isfinite(value):
            add(f"{where}, {name}: the number is out of range")
        elif isinstance(value, str) and (message := text_problem(value)):
            add(f"{where}, {name}: {message}")  # as any text: its length, no control characters
        else:
            taken[name] = value
            row.pop(name, None)  # checked as not given; put back as stored
    return taken


def put_back(
    table: Table, row: dict[str, Any], taken: Mapping[str, Any], index: int
) -> list[UnreadableDate]:
    """The values taken back, in the row as stored; what they are, to say."""
    row.update(taken)
    where = str(row.get("id", f"row {index}"))
    return [UnreadableDate(table.name, where, name, value) for name, value in taken.items()]


def named(found: Sequence[UnreadableDate]) -> str:
    """'interview 3, starts_at ('[b]garbage[/]'); application 7, date_applied (…)', the first
    ten, then how many more."""
    said = "; ".join(item.named() for item in found[:_NAMED])
    more = len(found) - _NAMED
    return said + (f"; and {more} more" if more > 0 else "")


def exported_sentence(found: Sequence[UnreadableDate]) -> str:
    if not found:
        return ""
    return (
        f"{plural(len(found), 'date')} in the store could not be read, so the file keeps "
        f'{"it" if len(found) == 1 else "them"} as stored, under "{UNREADABLE_KEY}" in '
        f"{'its row' if len(found) == 1 else 'their rows'}, the date itself left empty: "
        f"{named(found)}. Importing the file brings "
        f"{'it' if len(found) == 1 else 'them'} back as they were."
    )


def csv_sentence(found: Sequence[UnreadableDate]) -> str:
    """The CSV export's: it has no room to keep them, so it writes them empty."""
    if not found:
        return ""
    one = len(found) == 1
    return (
        f"{plural(len(found), 'date')} in the store could not be read, so the file leaves "
        f"{'it' if one else 'them'} empty, the rest of {'its row' if one else 'their rows'} "
        f"written: {named(found)}. Importing the file brings "
        f"{'that application' if one else 'those applications'} back without "
        f"{'it' if one else 'them'}."
    )


def imported_sentence(found: Sequence[UnreadableDate], *, dry_run: bool = False) -> str:
    """What the import did with them; in a dry run, what it would do (said the same way:
    the dry run was silent of them)."""
    if not found:
        return ""
    one = len(found) == 1
    was, shows = ("would be", "would show") if dry_run else ("was" if one else "were", "shows")
    return (
        f"{plural(len(found), 'date')} the file marks as unreadable {was} brought in as "
        f"stored, and the app {shows} {'it' if one else 'them'} as unreadable until set again: "
        f"{named(found)}."
    )
