"""Checking a JSON export's rows before anything is written: every value's type, format,
length (the one its column's forms keep: transfer/json_limits.py) and allowed set, the keys
that must be unique and the references between tables.

transfer/json_import.py reads the file and calls these; each problem found is named with
its place in the file (``Problems``), and the import refuses the whole file if any is.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeGuard

from bounceback_tui import clock
from bounceback_tui.domain.answers import INTERVALS, QuestionSource, parse_tags
from bounceback_tui.domain.applications import COMPANY_SIZES, SalaryPeriod, Source, WorkMode
from bounceback_tui.domain.due import ACTIVE_PLAN_DAYS
from bounceback_tui.domain.interview_kept import kept_zone_problem
from bounceback_tui.domain.interviews import InterviewKind
from bounceback_tui.domain.line_fields import is_one_line, line_break_problem
from bounceback_tui.domain.links import LinkError, parse_web_link
from bounceback_tui.domain.people import ContactKind, InteractionKind
from bounceback_tui.domain.records_kept import KEPT_ROW_CHECKS, moment_problem, not_a_day
from bounceback_tui.domain.recovery import MAX_OFFSET_DAYS, StepKind, StepLink
from bounceback_tui.domain.skills import SkillKind, SkillStatus, SourceKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, cut_near_word
from bounceback_tui.domain.text_fit import without_bidi_controls
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import FieldError
from bounceback_tui.importers.providers import BOARD_TOKEN_RULE, is_board_token
from bounceback_tui.reframe.record import SUMMARY_STEP
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_limits import TEXT_LIMITS
from bounceback_tui.transfer.json_unreadable import UnreadableDate, put_back, take_back
from bounceback_tui.transfer.schema import Column, Table

MAX_REPORTED = 12
_INT64 = (-(2**63), 2**63 - 1)
MAX_ID = 2**53 - 1  # the largest whole number every JSON reader keeps exactly
MAX_ACTIONS = 1_000_000  # a day's count of actions: far more than any day holds
MAX_VERSION = 2**30  # a billion edits short of a calendar SEQUENCE's 2**31 - 1
_DATETIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# Unicode category Cc except tab, newline and carriage return; and lone surrogates.
_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# Columns whose values the panes read as one of a fixed set. A hand-edited file
# with another value is refused rather than stored and crashing a pane later.
_STAGES = frozenset(s.value for s in Stage)
ALLOWED_VALUES: dict[tuple[str, str], frozenset[str]] = {
    ("application", "stage"): _STAGES,
    ("application", "work_mode"): frozenset(m.value for m in WorkMode),
    ("application", "source"): frozenset(s.value for s in Source),
    ("application", "salary_period"): frozenset(p.value for p in SalaryPeriod),
    ("stage_change", "from_stage"): _STAGES,
    ("stage_change", "to_stage"): _STAGES,
    ("rejection", "stage_reached"): _STAGES | {""},
    ("thought_record", "status"): frozenset({"draft", "complete"}),
    ("skill", "kind"): frozenset(k.value for k in SkillKind),
    ("skill", "status"): frozenset(s.value for s in SkillStatus),
    ("skill", "source_kind"): frozenset(s.value for s in SourceKind),
    ("followed_board", "provider"): frozenset({"greenhouse", "lever", "ashby"}),
    ("application", "company_size"): frozenset(COMPANY_SIZES),
    ("interview_question", "source_kind"): frozenset(s.value for s in QuestionSource),
    # A step's link names the pane it opens, not a web address.
    ("recovery_step", "link"): frozenset(k.value for k in StepLink),
    ("recovery_template_step", "link"): frozenset(k.value for k in StepLink),
    # A step's kind chooses its editor: "bogus" crashed the answer's editor and Settings.
    ("recovery_step", "kind"): frozenset(k.value for k in StepKind),
    ("recovery_template_step", "kind"): frozenset(k.value for k in StepKind),
    ("contact", "kind"): frozenset(k.value for k in ContactKind),
    ("interaction", "kind"): frozenset(k.value for k in InteractionKind),
    ("interview", "kind"): frozenset(k.value for k in InterviewKind),
}
# Columns that hold a web address: only http(s) links are kept (domain/links.py), or none.
WEB_LINK_COLUMNS = frozenset(
    {("application", "link"), ("skill_resource", "url"), ("contact", "link"), ("interview", "link")}
)
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("application", "excitement"): (1, 5),
    ("check_in", "mood"): (1, 5),
    ("thought_feeling", "intensity_before"): (0, 100),
    ("thought_feeling", "intensity_after"): (0, 100),
    ("thought_record", "belief_before"): (0, 100),
    ("thought_record", "belief_after"): (0, 100),
    ("interview_question", "confidence"): (1, 5),
    ("interview_question", "review_step"): (0, len(INTERVALS) - 1),
    ("interview", "rating"): (1, 5),
    ("interview", "length_minutes"): (5, 24 * 60),
    # A step is suggested within a year of its no (the forms' limit); a plan's copy made
    # before plans counted from the no's own day was up to ACTIVE_PLAN_DAYS later when its
    # no was recorded late, and such stores still round-trip.
    ("recovery_template_step", "offset_days"): (0, MAX_OFFSET_DAYS),
    ("recovery_step", "offset_days"): (0, MAX_OFFSET_DAYS + ACTIVE_PLAN_DAYS),
    ("thought_record", "current_step"): (0, SUMMARY_STEP),
    # What the app counts up from 1 (active_days.mark_active_day): -100 was taken.
    ("activity_day", "actions"): (0, MAX_ACTIONS),
}


class Problems:
    """What is wrong with a file: counted, the first MAX_REPORTED kept to name."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.count = 0

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.items) < MAX_REPORTED:
            self.items.append(message)

    def raise_if_any(self, path: Path) -> None:
        if not self.count:
            return
        lines = "\n".join(f"  - {item}" for item in self.items)
        more = self.count - len(self.items)
        tail = f"\n  ... and {more} more." if more > 0 else ""
        raise TransferError(
            f"{path.name} cannot be imported ({plural(self.count, 'problem')}); "
            f"nothing was written:\n"
            f"{lines}{tail}"
        )


def check_rows(
    table: Table,
    rows: list[Any],
    problems: Problems,
    left_out: Callable[[Any], bool] | None = None,
    unreadable: list[UnreadableDate] | None = None,
) -> list[dict[str, Any]]:
    """Check every row, in place: the parsed rows become the checked ones (a big file
    is not held twice). Rows ``left_out`` says are not brought in go unchecked; the others
    keep their numbers in the file."""
    columns = {c.name: c for c in table.columns}
    required = [
        c.name
        for c in table.columns
        if c.not_null and not c.has_default and not (c.primary_key and c.declared_type == "INTEGER")
    ]
    for index, row in enumerate(rows):
        if left_out is not None and left_out(row):
            rows[index] = None
            continue
        rows[index] = _check_row(table, columns, required, index + 1, row, problems, unreadable)
    return rows if left_out is None else [row for row in rows if row is not None]


def _check_row(
    table: Table,
    columns: dict[str, Column],
    required: list[str],
    index: int,
    row: Any,
    problems: Problems,
    unreadable: list[UnreadableDate] | None = None,
) -> dict[str, Any]:
    if not isinstance(row, dict):
        problems.add(f"{table.name} row {index}: expected an object")
        return {}
    taken = take_back(table, row, index, problems.add, _check_text)  # export's unreadable
    missing = [name for name in required if name not in row and name not in taken]
    before = problems.count
    for key in list(row):
        value = row[key]
        if isinstance(value, str):  # as a form takes text typed or pasted: no bidi controls
            value = row[key] = without_bidi_controls(value)
        column = columns.get(key) if isinstance(key, str) else None
        if column is None:
            problems.add(
                f"{table.name} row {index}: {short(str(key))!r} is not a column of {table.name}"
            )
            del row[key]
            continue
        message = check_value(table.name, column, value)
        if message:
            problems.add(f"{table.name} row {index}, {column.name}: {message}")
            del row[key]
        elif value is True or value is False:
            row[key] = int(value)
    for name in missing:
        problems.add(f"{table.name} row {index}: {name} is missing")
    check = KEPT_ROW_CHECKS.get(table.name)
    if check is not None and problems.count == before:
        # As its form would take it, saved again unchanged (domain/interview_kept, records_kept).
        for kept, why in check(row, clock.today()):
            if kept not in taken:
                problems.add(f"{table.name} row {index}, {kept}: {why}")
    if taken:
        found = put_back(table, row, taken, index, check_value)
        if unreadable is not None:
            unreadable.extend(found)
    return row


def check_value(table: str, column: Column, value: Any) -> str | None:
    if value is None:
        return "is required" if column.not_null or column.primary_key else None
    kind = column.declared_type
    if kind == "BOOLEAN":
        if value in (True, False) or (is_int(value) and value in (0, 1)):
            return None
        return "expected true or false"
    if kind == "INTEGER":
        if not is_int(value):
            return "expected a whole number"
        if not _INT64[0] <= value <= _INT64[1]:
            return "the number is out of range"
        if column.primary_key and not 1 <= value <= MAX_ID:
            # SQLite numbers the next row one higher; at 2**63 - 1 every later add failed
            # as "The disk is full" (an attacker's walk, nineteenth round).
            return f"an id is a whole number from 1 to {MAX_ID:,}"
        if column.name == "version" and not 0 <= value <= MAX_VERSION:
            # A calendar's SEQUENCE (a version) is a 32-bit number: 2**40 made every later
            # calendar export fail; at 2**63 - 1 one edit made it a REAL (the third stranger).
            return f"a version is a whole number from 0 to {MAX_VERSION:,}"
        low_high = RANGES.get((table, column.name))
        if low_high and not low_high[0] <= value <= low_high[1]:
            return f"expected a number from {low_high[0]} to {low_high[1]}"
        return None
    if kind in ("REAL", "FLOAT"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return "expected a number"
        if not math.isfinite(value) or abs(value) > 1e15:
            return "the number is out of range"
        return None
    if not isinstance(value, str):
        return "expected text"
    message = _check_text(value, TEXT_LIMITS.get((table, column.name), LONG_TEXT_LIMIT))
    if message:
        return message
    if is_one_line(table, column.name) and (message := line_break_problem(value)):
        return message  # as the forms and the CSV import keep it (domain/line_fields.py)
    if kind == "DATE":
        if _DATE.fullmatch(value) and not _is_date(value):
            return not_a_day(value)  # "2026-02-30": why, not only the shape
        return None if _is_date(value) else "expected a date like 2026-03-16"
    if kind == "DATETIME":
        if _DATETIME.fullmatch(value) and not _is_date(value[:10]):
            return not_a_day(value[:10])
        if not _is_datetime(value):
            return "expected a time like 2026-03-16 09:30:00"
        return moment_problem(table, column.name, value, clock.now())
    if (table, column.name) in WEB_LINK_COLUMNS and value:
        try:
            parse_web_link(value)
        except LinkError as exc:
            return f"{short(value)!r} is not a link that can be kept: {exc}"
    if (table, column.name) == ("followed_board", "token") and not is_board_token(value):
        return f"{short(value)!r} is not a board that can be followed: {BOARD_TOKEN_RULE}"
    allowed = ALLOWED_VALUES.get((table, column.name))
    if allowed is not None and value not in allowed:
        return f"{short(value)!r} is not one of: {', '.join(sorted(v for v in allowed if v))}"
    if (table, column.name) == ("interview", "zone"):  # as the interview form writes one
        return kept_zone_problem(value)
    if (table, column.name) == ("interview_question", "tags"):
        return _tags_problem(value)
    if table == "setting" and column.name == "value":
        try:
            decoded = json.loads(value)
        except (ValueError, RecursionError):
            return "expected a JSON value"
        # Checked as decoded: "\u001b" in the text is no control character until it is.
        for text in _texts_in(decoded):
            message = _check_text(text)
            if message:
                return message
    return None


def _tags_problem(value: str) -> str | None:
    """What the answer form would say of these tags as it reads them back, when it would
    refuse to save them ("a tag is 41 characters; the limit is 40", "at most 8 tags, please");
    a 10,000-character tag imported, and the form then refused every save until it was cut."""
    errors: list[FieldError] = []
    parse_tags(value, errors)
    if not errors:
        return None
    message = errors[0].message.rstrip(".")
    return message[:1].lower() + message[1:]


def _texts_in(value: Any) -> list[str]:
    """Every string a decoded JSON value holds, keys too."""
    found: list[str] = []
    waiting = [value]
    while waiting:
        item = waiting.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, list):
            waiting.extend(item)
        elif isinstance(item, dict):
            waiting.extend(item.keys())
            waiting.extend(item.values())
    return found


def _check_text(value: str, limit: int = LONG_TEXT_LIMIT) -> str | None:
    """Refuse a text longer than ``limit`` (the one its column's forms keep: json_limits)
    or holding control or broken characters."""
    if len(value) > limit:
        return f"the text is {len(value):,} characters; the limit is {limit:,}"
    found = _UNWANTED.search(value)
    if found is None:
        return None
    if 0xD800 <= ord(found.group()) <= 0xDFFF:
        return "the text contains broken characters"
    return "the text contains control characters"


def is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime(value: str) -> bool:
    if not _DATETIME.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def short(text: str, limit: int = 40) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return cut_near_word(text, limit)


def check_unique_keys(
    tables: dict[str, Table], rows: dict[str, list[dict[str, Any]]], problems: Problems
) -> None:
    check_unique_uids(rows, problems)
    for name, table_rows in rows.items():
        keys = [k for k in tables[name].key_columns if k != "rowid"]
        if not keys:
            continue
        seen: dict[tuple[Any, ...], int] = {}
        for index, row in enumerate(table_rows, start=1):
            if any(k not in row for k in keys):
                continue
            value = tuple(row[k] for k in keys)
            if value in seen:
                problems.add(f"{name} row {index}: the same {', '.join(keys)} as row {seen[value]}")
            else:
                seen[value] = index


def check_references(
    tables: dict[str, Table], rows: dict[str, list[dict[str, Any]]], problems: Problems
) -> None:
    for name, table_rows in rows.items():
        for key in tables[name].foreign_keys:
            parents = {r.get(key.parent_column) for r in rows.get(key.parent, [])}
            for index, row in enumerate(table_rows, start=1):
                value = row.get(key.column)
                if value is not None and value not in parents:
                    problems.add(
                        f"{name} row {index}: {key.column} {value!r} points to "
                        f"{'an' if key.parent[:1] in 'aeiou' else 'a'} {key.parent} that is "
                        "not in the file"
                    )


def check_unique_uids(rows: dict[str, list[dict[str, Any]]], problems: Problems) -> None:
    """A uid names one item everywhere (a calendar event's UID): two rows with one, in any
    tables, and a calendar kept one of their events (an attacker's walk, nineteenth round)."""
    seen: dict[str, tuple[str, int]] = {}
    for name, table_rows in rows.items():
        for index, row in enumerate(table_rows, start=1):
            uid = row.get("uid")
            if not isinstance(uid, str):
                continue
            if uid in seen:
                first, at = seen[uid]
                problems.add(f"{name} row {index}: the same uid as {first} row {at}")
            else:
                seen[uid] = (name, index)
