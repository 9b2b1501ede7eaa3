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

from bounceback_tui import clock
from bounceback_tui.domain.unreadable import quoted
from bounceback_tui.domain.wording import plural
from bounceback_tui.transfer.json_refused import DateRefusals, ValueCheck
from bounceback_tui.transfer.schema import Table

UNREADABLE_KEY = "unreadable"
_DATE_TYPES = ("DATE", "DATETIME")
# How many the sentence names before "and N more".
_NAMED = 10


@dataclass(frozen=True)
class UnreadableDate:
    """A row's date the app cannot read, or one it reads that the import refuses: its table,
    the row (its id, else its place), the column, the value as stored, and, for one the app
    reads, what is wrong with it (``why``: "is in the future"; "" for one it cannot read)."""

    table: str
    row: str
    column: str
    value: object
    why: str = ""

    def named(self) -> str:
        said = f"{quoted(self.value)} {self.why}" if self.why else quoted(self.value)
        return f"{self.table} {self.row}, {self.column} ({said})"


def date_columns(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns if c.declared_type in _DATE_TYPES)


def set_aside(
    table: Table, row: dict[str, Any], place: int, whys: Mapping[str, str]
) -> list[UnreadableDate]:
    """The export's row with each date the import would refuse (``whys``: each with what is
    wrong with it, "" for one the app cannot read: transfer/json_refused.py) null, and kept
    as stored under ``"unreadable"``; what was set aside."""
    if not whys:
        return []
    kept = {name: row[name] for name in whys}
    row.update(dict.fromkeys(whys))
    row[UNREADABLE_KEY] = kept
    where = str(row.get("id", f"row {place}"))
    return [UnreadableDate(table.name, where, name, kept[name], why) for name, why in whys.items()]


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
    table: Table, row: dict[str, Any], taken: Mapping[str, Any], index: int, check: ValueCheck
) -> list[UnreadableDate]:
    """The values taken back, in the row as stored; what they are, to say, with what is
    wrong with each the app reads, as the export says it (``check``: the import's own)."""
    row.update(taken)
    where = str(row.get("id", f"row {index}"))
    now = clock.now()
    judge = DateRefusals(now.date(), check)  # why, in the export's words
    refused = judge.of(table, row, date_columns(table))
    whys = judge.reasons(table, row, {name: refused.get(name, "") for name in taken}, now)
    return [
        UnreadableDate(table.name, where, name, value, whys[name]) for name, value in taken.items()
    ]


def named(found: Sequence[UnreadableDate]) -> str:
    """'interview 3, starts_at ('[b]garbage[/]'); application 7, date_applied (…)', the first
    ten, then how many more."""
    said = "; ".join(item.named() for item in found[:_NAMED])
    more = len(found) - _NAMED
    return said + (f"; and {more} more" if more > 0 else "")


def exported_sentence(found: Sequence[UnreadableDate]) -> str:
    """What the export set aside: the dates it could not read, then those the app reads but
    the import refuses (each with why), a sentence each."""
    unread = [item for item in found if not item.why]
    refused = [item for item in found if item.why]
    said = []
    if unread:
        said.append(_kept_sentence(unread, "could not be read"))
    if refused:
        one = len(refused) == 1
        said.append(
            _kept_sentence(refused, f"{'is one' if one else 'are ones'} an import would refuse")
        )
    return " ".join(said)


def _kept_sentence(found: Sequence[UnreadableDate], what: str) -> str:
    one = len(found) == 1
    return (
        f"{plural(len(found), 'date')} in the store {what}, so the file keeps "
        f'{"it" if one else "them"} as stored, under "{UNREADABLE_KEY}" in '
        f"{'its row' if one else 'their rows'}, the date itself left empty: "
        f"{named(found)}. Importing the file brings "
        f"{'it back as it was' if one else 'them back as they were'}."
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
    unread = [item for item in found if not item.why]
    refused = [item for item in found if item.why]
    said = []
    if unread:
        one = len(unread) == 1
        was, shows = _tense(one, dry_run)
        said.append(
            f"{plural(len(unread), 'date')} the file marks as unreadable {was} brought in as "
            f"stored, and the app {shows} {'it' if one else 'them'} as unreadable until set "
            f"again: {named(unread)}."
        )
    if refused:  # the app reads them: shown as they are
        one = len(refused) == 1
        was, _shows = _tense(one, dry_run)
        said.append(
            f"{plural(len(refused), 'date')} the file keeps aside, as the import would refuse "
            f"{'it' if one else 'them'} in {'its row' if one else 'their rows'}, {was} brought "
            f"in as stored: {named(refused)}."
        )
    return " ".join(said)


def _tense(one: bool, dry_run: bool) -> tuple[str, str]:
    return ("would be", "would show") if dry_run else ("was" if one else "were", "shows")
