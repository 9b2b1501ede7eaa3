"""What SQL can pass of a backup's column in one pass, for transfer/backup_rows.py: for each
column a condition true only of values the import's ``check_value`` takes (a stage among the
stages, a whole number in its range, a day of the calendar like 2026-03-16 from year 1, a time
from 1970 to now, a short text of printable ASCII). It is never weaker than the import: a value
it does not pass is checked by ``check_value`` itself, in Python; only what it passes is not.

Checking every value in Python, as the import does, took about 20 s at 100,000 applications.
"""

from __future__ import annotations

from datetime import datetime

from bounceback_tui.domain.line_fields import is_one_line
from bounceback_tui.domain.records_kept import EARLIEST_MOMENT, MOMENT_SLACK, PLANNED_MOMENTS
from bounceback_tui.domain.text import LONG_TEXT_LIMIT
from bounceback_tui.store.contents import quote_name
from bounceback_tui.transfer.json_checks import (
    ALLOWED_VALUES,
    MAX_ID,
    MAX_VERSION,
    RANGES,
    WEB_LINK_COLUMNS,
)
from bounceback_tui.transfer.json_limits import TEXT_LIMITS
from bounceback_tui.transfer.schema import Column

# Checked in Python alone, value by value: a link, a board, a zone, tags, a setting's JSON.
_PYTHON_ONLY = WEB_LINK_COLUMNS | {
    ("followed_board", "token"),
    ("interview", "zone"),
    ("interview_question", "tags"),
    ("setting", "value"),
}
_DAY = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_TIME = f"{_DAY[:-1]} [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'"
_MICRO = f"{_TIME[:-1]}.[0-9][0-9][0-9][0-9][0-9][0-9]'"
_INT64 = (-(2**63), 2**63 - 1)
# A value holding any character outside these is left to Python: C0 and C1 controls (but tab,
# line feed and carriage return where a column keeps many lines), and no surrogate is UTF-8.
_UNWANTED = "*[^\t\n\r -~\xa0-\U0010ffff]*"
_ONE_LINE_UNWANTED = "*[^ -~\xa0-\U0010ffff]*"


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def passed_by_sql(table: str, column: Column, now: datetime) -> str:
    """An SQL condition on ``column`` true only where ``check_value`` finds nothing wrong
    ("0": every value is left to Python)."""
    name = quote_name(column.name)
    fine = _fine(table, column, name, now)
    if column.not_null or column.primary_key:
        return f"coalesce({fine}, 0)"
    return f"({name} IS NULL OR coalesce({fine}, 0))"


def _fine(table: str, column: Column, name: str, now: datetime) -> str:
    kind = column.declared_type
    if kind == "BOOLEAN":
        return f"(typeof({name}) = 'integer' AND {name} IN (0, 1))"
    if kind == "INTEGER":
        low, high = _INT64
        if column.primary_key:
            low, high = max(low, 1), min(high, MAX_ID)
        if column.name == "version":
            low, high = max(low, 0), min(high, MAX_VERSION)
        if (bounds := RANGES.get((table, column.name))) is not None:
            low, high = max(low, bounds[0]), min(high, bounds[1])
        return f"(typeof({name}) = 'integer' AND {name} BETWEEN {low} AND {high})"
    if kind in ("REAL", "FLOAT"):
        return f"(typeof({name}) IN ('integer', 'real') AND abs({name}) <= 1e15)"
    if (table, column.name) in _PYTHON_ONLY:
        return "0"
    allowed = ALLOWED_VALUES.get((table, column.name))
    if allowed is not None:
        listed = ", ".join(_sql_text(value) for value in sorted(allowed))
        return f"(typeof({name}) = 'text' AND {name} IN ({listed}))"
    limit = TEXT_LIMITS.get((table, column.name), LONG_TEXT_LIMIT)
    # No NUL, no control or broken character (and no line break in a one-line column),
    # within its length; anything else goes to Python.
    unwanted = _ONE_LINE_UNWANTED if is_one_line(table, column.name) else _UNWANTED
    text = (
        f"typeof({name}) = 'text' AND instr({name}, char(0)) = 0 "
        f"AND length({name}) <= {limit} AND {name} NOT GLOB '{unwanted}'"
    )
    if kind == "DATE":
        return f"({text} AND {name} GLOB {_DAY} AND date(julianday({name})) = {name})"
    if kind == "DATETIME":
        second = f"substr({name}, 1, 19)"
        shaped = (
            f"substr({name}, 1, 19) GLOB {_TIME} AND datetime(julianday({second})) = {second} "
            f"AND (length({name}) = 19 OR ({name} GLOB {_MICRO} AND length({name}) = 26))"
        )
        if (table, column.name) in PLANNED_MOMENTS:
            return f"({text} AND {shaped})"
        earliest = f"{EARLIEST_MOMENT:%Y-%m-%d %H:%M:%S}"
        latest = f"{now + MOMENT_SLACK:%Y-%m-%d %H:%M:%S}"
        return f"({text} AND {shaped} AND {name} >= '{earliest}' AND {name} < '{latest}')"
    return f"({text})"
