"""Reading a JSON export back: every value checked before anything is written.

``load_json_export`` parses and checks the whole file (shape, format and schema
versions, every table, column and value) and returns it, or raises TransferError
listing what is wrong with its place in the file. ``import_json`` then writes it
in one transaction: the store ends up identical to the one exported, or unchanged.

A store that already holds data is only replaced when asked (``replace=True``),
and a backup of it is taken first.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeGuard

from bounceback_tui.domain.answers import INTERVALS, QuestionSource
from bounceback_tui.domain.applications import COMPANY_SIZES, SalaryPeriod, Source, WorkMode
from bounceback_tui.domain.interviews import InterviewKind, is_zone
from bounceback_tui.domain.links import LinkError, parse_web_link
from bounceback_tui.domain.people import ContactKind, InteractionKind
from bounceback_tui.domain.recovery import StepLink
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import LONG_TEXT_LIMIT
from bounceback_tui.domain.wording import plural
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.versions import move_past, read_marks
from bounceback_tui.transfer.files import TransferError, check_capped, read_capped
from bounceback_tui.transfer.json_export import FORMAT_NAME, FORMAT_VERSION
from bounceback_tui.transfer.progress import ProgressFn, no_progress
from bounceback_tui.transfer.schema import Column, Table, quote, read_tables

# A JSON export of even a very long search is a few tens of MB.
MAX_FILE_BYTES = 512 * 1024 * 1024
_CAP_REASON = "a bounceback-tui export is far smaller"
MAX_REPORTED = 12
_INT64 = (-(2**63), 2**63 - 1)
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
    ("skill", "status"): frozenset({"todo", "doing", "done"}),
    ("skill", "source_kind"): frozenset({"manual", "rejection", "feedback", "reflection"}),
    ("followed_board", "provider"): frozenset({"greenhouse", "lever", "ashby"}),
    ("application", "company_size"): frozenset(COMPANY_SIZES),
    ("interview_question", "source_kind"): frozenset(s.value for s in QuestionSource),
    # A step's link names the pane it opens, not a web address.
    ("recovery_step", "link"): frozenset(k.value for k in StepLink),
    ("recovery_template_step", "link"): frozenset(k.value for k in StepLink),
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
}


@dataclass
class JsonExport:
    """A checked export, ready to write: rows per table, in the store's column names."""

    source: Path
    schema_version: int
    exported_at: str
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.tables.get(table, []))

    @property
    def total(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


@dataclass(frozen=True)
class JsonImportResult:
    rows: dict[str, int]
    replaced: bool
    safety_backup: Path | None


class _Problems:
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


def read_json_document(path: Path) -> Any:
    """Parse the file, turning every way it can be broken into one clear sentence.

    Memory: an export in export_json's own layout is read a row at a time
    (``json_stream``), so only its rows are held, never its text as well. Any other
    file is parsed whole, its bytes let go once decoded and its text once parsed.
    Either way the rows are then checked in place, not copied."""
    from bounceback_tui.transfer.json_stream import read_export_rows

    check_capped(path, MAX_FILE_BYTES, _CAP_REASON)
    streamed = read_export_rows(path, _refuse_constant)
    if streamed is not None:
        return streamed
    text = _read_text(path)
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        last_line = text.rstrip().count("\n") + 1
        hint = " The file looks cut short." if exc.lineno >= last_line else ""
        raise TransferError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}).{hint} Nothing was written."
        ) from None
    except (RecursionError, ValueError) as exc:
        raise TransferError(
            f"{path.name} cannot be read as a bounceback-tui export ({_short(str(exc))}). "
            "Nothing was written."
        ) from None


def _read_text(path: Path) -> str:
    raw = read_capped(path, MAX_FILE_BYTES, _CAP_REASON)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TransferError(
            f"{path.name} is not UTF-8 text (an invalid byte on line {line}); it is not a "
            "bounceback-tui export. Nothing was written."
        ) from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def latest_tables() -> dict[str, Table]:
    """The tables of a store at this version, built in memory by the migrations."""
    from bounceback_tui.store.migrations import all_migrations

    conn = sqlite3.connect(":memory:")
    try:
        for migration in all_migrations():
            migration.module.upgrade(conn)
        return {t.name: t for t in read_tables(conn)}
    finally:
        conn.close()


def load_json_export(path: Path, progress: ProgressFn = no_progress) -> JsonExport:
    """Read an export and check it against this version's tables; nothing is written."""
    from bounceback_tui.store.migrations import LATEST_VERSION

    document = read_json_document(path)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise TransferError(
            f"{path.name} is not a bounceback-tui JSON export (it has no "
            f'"format": "{FORMAT_NAME}"). Nothing was written.'
        )
    format_version = document.get("format_version")
    if not _is_int(format_version) or format_version < 1:
        raise TransferError(f"{path.name} has no valid format_version. Nothing was written.")
    schema_version = document.get("schema_version")
    if not _is_int(schema_version) or schema_version < 1:
        raise TransferError(f"{path.name} has no valid schema_version. Nothing was written.")
    if format_version > FORMAT_VERSION or schema_version > LATEST_VERSION:
        raise TransferError(
            f"{path.name} was exported by a newer bounceback-tui (schema {schema_version}; this "
            f"version reads schema {LATEST_VERSION} and older). Upgrade bounceback-tui to "
            "import it. Nothing was written."
        )
    raw_tables = document.get("tables")
    if not isinstance(raw_tables, dict):
        raise TransferError(f'{path.name} has no "tables" object. Nothing was written.')
    exported_at = document.get("exported_at")

    if schema_version < 4:
        _contacts_from_applications(raw_tables)
    tables = latest_tables()
    problems = _Problems()
    checked: dict[str, list[dict[str, Any]]] = {}
    total = sum(len(rows) for rows in raw_tables.values() if isinstance(rows, list))
    done = 0
    for name, rows in raw_tables.items():
        progress("Checking", done, total)
        table = tables.get(name)
        if table is None:
            problems.add(f"{_short(name)!r} is not a table of a bounceback-tui store")
            continue
        if not isinstance(rows, list):
            problems.add(f"{name}: expected a list of rows")
            continue
        checked[name] = _check_rows(table, rows, problems)
        done += len(rows)
    progress("Checking", done, total)
    problems.raise_if_any(path)
    _check_unique_keys(tables, checked, problems)
    _check_references(tables, checked, problems)
    problems.raise_if_any(path)
    return JsonExport(
        source=path,
        schema_version=schema_version,
        exported_at=exported_at if isinstance(exported_at, str) else "",
        tables=checked,
    )


def _contacts_from_applications(raw_tables: dict[str, Any]) -> None:
    """An export from before schema 4 holds each application's contact name and email in
    the application itself: they become contacts linked to it, as the migration does."""
    applications = raw_tables.get("application")
    if not isinstance(applications, list):
        return
    contacts: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in applications:
        if not isinstance(row, dict):
            continue
        name, email = row.pop("contact_name", None), row.pop("contact_email", None)
        name = name.strip() if isinstance(name, str) else ""
        email = email.strip() if isinstance(email, str) else ""
        if not (name or email) or "id" not in row:
            continue
        key = (name.casefold(), email.casefold())
        created = row.get("created_at") or row.get("updated_at")
        contact = found.get(key)
        if contact is None:
            contact = {
                "id": len(contacts) + 1,
                "name": name or email,
                "email": email,
                "company": row.get("company") if isinstance(row.get("company"), str) else "",
                "created_at": created,
                "updated_at": created,
            }
            found[key] = contact
            contacts.append(contact)
        elif contact["company"] != row.get("company"):
            contact["company"] = ""  # an agency recruiter, across companies
        links.append(
            {"application_id": row["id"], "contact_id": contact["id"], "created_at": created}
        )
    if contacts:
        raw_tables["contact"] = contacts
        raw_tables["application_contact"] = links


def _check_rows(table: Table, rows: list[Any], problems: _Problems) -> list[dict[str, Any]]:
    """Check every row, in place: the parsed rows become the checked ones (a big file
    is not held twice)."""
    columns = {c.name: c for c in table.columns}
    required = [
        c.name
        for c in table.columns
        if c.not_null and not c.has_default and not (c.primary_key and c.declared_type == "INTEGER")
    ]
    for index, row in enumerate(rows):
        rows[index] = _check_row(table, columns, required, index + 1, row, problems)
    return rows


def _check_row(
    table: Table,
    columns: dict[str, Column],
    required: list[str],
    index: int,
    row: Any,
    problems: _Problems,
) -> dict[str, Any]:
    if not isinstance(row, dict):
        problems.add(f"{table.name} row {index}: expected an object")
        return {}
    missing = [name for name in required if name not in row]
    for key in list(row):
        value = row[key]
        column = columns.get(key) if isinstance(key, str) else None
        if column is None:
            problems.add(
                f"{table.name} row {index}: {_short(str(key))!r} is not a column of {table.name}"
            )
            del row[key]
            continue
        message = _check_value(table.name, column, value)
        if message:
            problems.add(f"{table.name} row {index}, {column.name}: {message}")
            del row[key]
        elif value is True or value is False:
            row[key] = int(value)
    for name in missing:
        problems.add(f"{table.name} row {index}: {name} is missing")
    return row


def _check_value(table: str, column: Column, value: Any) -> str | None:
    if value is None:
        return "is required" if column.not_null or column.primary_key else None
    kind = column.declared_type
    if kind == "BOOLEAN":
        if value in (True, False) or (_is_int(value) and value in (0, 1)):
            return None
        return "expected true or false"
    if kind == "INTEGER":
        if not _is_int(value):
            return "expected a whole number"
        if not _INT64[0] <= value <= _INT64[1]:
            return "the number is out of range"
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
    message = _check_text(value)
    if message:
        return message
    if kind == "DATE":
        return None if _is_date(value) else "expected a date like 2026-03-16"
    if kind == "DATETIME":
        return None if _is_datetime(value) else "expected a time like 2026-03-16 09:30:00"
    if (table, column.name) in WEB_LINK_COLUMNS and value:
        try:
            parse_web_link(value)
        except LinkError as exc:
            return f"{_short(value)!r} is not a link that can be kept: {exc}"
    allowed = ALLOWED_VALUES.get((table, column.name))
    if allowed is not None and value not in allowed:
        return f"{_short(value)!r} is not one of: {', '.join(sorted(v for v in allowed if v))}"
    if (table, column.name) == ("interview", "zone") and not is_zone(value):
        return f"{_short(value)!r} is not a time zone this computer knows"
    if table == "setting" and column.name == "value":
        try:
            json.loads(value)
        except ValueError:
            return "expected a JSON value"
    return None


def _check_text(value: str) -> str | None:
    if len(value) > LONG_TEXT_LIMIT:
        return f"the text is {len(value):,} characters; the limit is {LONG_TEXT_LIMIT:,}"
    found = _UNWANTED.search(value)
    if found is None:
        return None
    if 0xD800 <= ord(found.group()) <= 0xDFFF:
        return "the text contains broken characters"
    return "the text contains control characters"


def _is_int(value: object) -> TypeGuard[int]:
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


def _short(text: str, limit: int = 40) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _check_unique_keys(
    tables: dict[str, Table], rows: dict[str, list[dict[str, Any]]], problems: _Problems
) -> None:
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


def _check_references(
    tables: dict[str, Table], rows: dict[str, list[dict[str, Any]]], problems: _Problems
) -> None:
    for name, table_rows in rows.items():
        for key in tables[name].foreign_keys:
            parents = {r.get(key.parent_column) for r in rows.get(key.parent, [])}
            for index, row in enumerate(table_rows, start=1):
                value = row.get(key.column)
                if value is not None and value not in parents:
                    problems.add(
                        f"{name} row {index}: {key.column} {value!r} points to a "
                        f"{key.parent} that is not in the file"
                    )


def store_has_data(db_path: Path, *, counting_settings: bool = False) -> bool:
    """Whether any table holds rows; settings and the activity streak only if asked."""
    from bounceback_tui.store.sqlite_file import connect

    conn = connect(db_path, read_only=True)
    try:
        for table in read_tables(conn):
            if table.name in ("setting", "activity_day") and not counting_settings:
                continue
            if conn.execute(f"SELECT 1 FROM {quote(table.name)} LIMIT 1").fetchone():
                return True
        return False
    finally:
        conn.close()


def _keep_exported_versions(
    conn: sqlite3.Connection, tables: list[Table], data: JsonExport
) -> None:
    """Inserting a child (a stage change, a plan step) bumps its parent's version: put back
    the versions the file holds, so the store is the one exported. (A row already at its
    version is left alone: writing it unchanged would count as a write and bump it.)"""
    # Children first: putting back an interview's version is a write to it, which bumps its
    # application; the application's own version is put back after.
    for table in reversed(tables):
        if table.column("version") is None or table.key_columns != ("id",):
            continue
        pairs = [
            (row["version"], row["id"], row["version"])
            for row in data.tables.get(table.name, [])
            if "version" in row and "id" in row
        ]
        conn.executemany(
            f"UPDATE {quote(table.name)} SET version = ? WHERE id = ? AND version != ?", pairs
        )


def import_json(
    paths: DataPaths,
    data: JsonExport,
    *,
    replace: bool = False,
    progress: ProgressFn = no_progress,
    connect_hook: Callable[[sqlite3.Connection], None] | None = None,
) -> JsonImportResult:
    """Make the store hold exactly what ``data`` holds, in one transaction.

    A store with data is refused unless ``replace``; then a backup of it is taken
    first. ``connect_hook`` lets tests change the connection (a full disk, say).
    """
    from bounceback_tui.store.backup import back_up_store
    from bounceback_tui.store.sqlite_file import (
        describe_operational_error,
        read_only_message,
        store_is_read_only,
        write_transaction,
    )

    db_path = paths.database
    if store_is_read_only(db_path):
        raise TransferError(read_only_message(db_path))
    has_data = store_has_data(db_path)
    if has_data and not replace:
        raise TransferError(
            f"The store at {db_path} already holds data; nothing was written. Use --replace to "
            "replace everything in it with the file (a backup is taken first), or import into "
            "another --data-dir."
        )
    # Even a store with only settings in it is copied before they are replaced.
    if has_data or store_has_data(db_path, counting_settings=True):
        safety = back_up_store(paths, "before-import")
    else:
        safety = None

    # One transaction, BEGIN IMMEDIATE, with the store's pragmas: what db.write() does, with
    # the standard library, so the command stays light (tests/test_transfer_cli.py).
    try:
        with write_transaction(db_path) as conn:
            if connect_hook is not None:
                connect_hook(conn)
            tables = read_tables(conn)
            # What a form opened before the import read must never match again.
            marks = read_marks(conn)
            for table in reversed(tables):
                conn.execute(f"DELETE FROM {quote(table.name)}")
            done, total = 0, data.total
            for table in tables:
                for row in data.tables.get(table.name, []):
                    if row:
                        names = list(row)
                        conn.execute(
                            f"INSERT INTO {quote(table.name)} "
                            f"({', '.join(quote(n) for n in names)}) "
                            f"VALUES ({', '.join('?' for _ in names)})",
                            [row[n] for n in names],
                        )
                    done += 1
                    if done % 500 == 0:
                        progress("Importing", done, total)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise TransferError(
                    f"{data.source.name} has rows that point to missing ones "
                    f"(first in {problems[0][0]}); nothing was written."
                )
            _keep_exported_versions(conn, tables, data)
            move_past(conn, marks)
        progress("Importing", data.total, data.total)
    except sqlite3.IntegrityError as exc:
        raise TransferError(
            f"{data.source.name} does not fit the store ({exc}); nothing was written."
        ) from exc
    except sqlite3.Error as exc:
        raise TransferError(describe_operational_error(exc, db_path)) from exc
    return JsonImportResult(
        rows={name: len(rows) for name, rows in data.tables.items()},
        replaced=has_data,
        safety_backup=safety,
    )
