"""Reading a JSON export back: every value checked before anything is written.

``load_json_export`` parses and checks the whole file (shape, format and schema
versions, every table, column and value) and returns it, or raises TransferError
listing what is wrong with its place in the file. ``import_json`` then writes it
in one transaction: the store ends up identical to the one exported, or unchanged.
The checks on each value, key and reference are in transfer/json_checks.py.

A store that already holds data is only replaced when asked (``replace=True``),
and a backup of it is taken first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback_tui.domain.people import person_name
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.held_files import HeldConnection
from bounceback_tui.store.migrations.v010_reasons_noted import VERSION as REASONS_NOTED
from bounceback_tui.store.versions import move_past, read_marks
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_checks import (
    Problems,
    check_references,
    check_rows,
    check_unique_keys,
    is_int,
    short,
)
from bounceback_tui.transfer.json_document import read_json_document
from bounceback_tui.transfer.json_export import FORMAT_NAME, FORMAT_VERSION
from bounceback_tui.transfer.progress import ProgressFn, no_progress
from bounceback_tui.transfer.schema import Table, quote, read_tables
from bounceback_tui.transfer.scratch import SCRATCH_SETTINGS

if TYPE_CHECKING:
    from bounceback_tui.store.layout_faults import Fault
    from bounceback_tui.transfer.json_unreadable import UnreadableDate


@dataclass
class JsonExport:
    """A checked export, ready to write: rows per table, in the store's column names."""

    source: Path
    schema_version: int
    exported_at: str
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Dates the export kept as stored, being no date (transfer/json_unreadable.py): to say.
    unreadable: list[UnreadableDate] = field(default_factory=list)

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
    removed: list[Fault] = field(default_factory=list)  # what was put right


def latest_tables() -> dict[str, Table]:
    """The tables of a store at this version, built in memory by the migrations."""
    from bounceback_tui.store.migrations import all_migrations

    conn = sqlite3.connect(":memory:", factory=HeldConnection)
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
    if not is_int(format_version) or format_version < 1:
        raise TransferError(f"{path.name} has no valid format_version. Nothing was written.")
    schema_version = document.get("schema_version")
    if not is_int(schema_version) or schema_version < 1:
        raise TransferError(f"{path.name} has no valid schema_version. Nothing was written.")
    # The reason given is the one that holds: a newer file format, or a newer schema.
    newer = (
        f"format {format_version}; this version reads format {FORMAT_VERSION} and older"
        if format_version > FORMAT_VERSION
        else f"schema {schema_version}; this version reads schema {LATEST_VERSION} and older"
    )
    if format_version > FORMAT_VERSION or schema_version > LATEST_VERSION:
        raise TransferError(
            f"{path.name} was exported by a newer bounceback-tui ({newer}). Upgrade "
            "bounceback-tui to import it. Nothing was written."
        )
    raw_tables = document.get("tables")
    if not isinstance(raw_tables, dict):
        raise TransferError(f'{path.name} has no "tables" object. Nothing was written.')
    exported_at = document.get("exported_at")

    if schema_version < 4:
        _contacts_from_applications(raw_tables)
    tables = latest_tables()
    problems = Problems()
    checked: dict[str, list[dict[str, Any]]] = {}
    unreadable: list[UnreadableDate] = []
    total = sum(len(rows) for rows in raw_tables.values() if isinstance(rows, list))
    done = 0
    for name, rows in raw_tables.items():
        progress("Checking", done, total)
        table = tables.get(name)
        if table is None:
            problems.add(f"{short(name)!r} is not a table of a bounceback-tui store")
            continue
        if not isinstance(rows, list):
            problems.add(f"{name}: expected a list of rows")
            continue
        # A window's scratch is no data to bring in (SCRATCH_SETTINGS).
        left_out = _scratch_setting if name == "setting" else None
        checked[name] = check_rows(table, rows, problems, left_out, unreadable)
        done += len(rows)
    progress("Checking", done, total)
    problems.raise_if_any(path)
    check_unique_keys(tables, checked, problems)
    check_references(tables, checked, problems)
    problems.raise_if_any(path)
    return JsonExport(
        source=path,
        schema_version=schema_version,
        exported_at=_moment_or_blank(exported_at),
        tables=checked,
        unreadable=unreadable,
    )


def _scratch_setting(row: Any) -> bool:
    """A setting row an older export carries that is a window's scratch (a draft), left out
    whatever its value: it need not pass the checks a setting's value does."""
    return isinstance(row, dict) and row.get("key") in SCRATCH_SETTINGS


def _moment_or_blank(value: Any) -> str:
    """The file's "exported_at" if it is a time, else "": it is printed, and a hand-made
    file's held escape sequences that went to the terminal (an attacker's walk)."""
    if not isinstance(value, str) or len(value) > 40:
        return ""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return ""
    return value


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
                "name": person_name(name, email),  # as the app names one (domain/people.py)
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


def store_has_data(db_path: Path, *, counting_settings: bool = False) -> bool:
    """Whether any table a person fills holds rows; settings and the activity streak only if
    asked (store/contents.py: the one answer `demo` and the backups' labels give too)."""
    from bounceback_tui.store.contents import store_holds_data

    return store_holds_data(db_path, counting_settings=counting_settings)


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


def _note_reasons(conn: sqlite3.Connection) -> None:
    """An export from before schema 10: what its upgrade does to a store's rows, done to the
    file's (store/migrations/v010_reasons_noted.py), by the domain's own rules: the open
    "Note what came back" of a no whose reason says something is ticked with the reason."""
    from bounceback_tui import clock
    from bounceback_tui.domain.upgrade_rules import upgrade_rule_functions
    from bounceback_tui.store.migrations import v010_reasons_noted as v010
    from bounceback_tui.store.migrations.apply import UpgradeRules, install_rules

    if v010.has_open_replies(conn):
        install_rules(conn, UpgradeRules(*upgrade_rule_functions()))
        v010.note_reasons(conn, clock.now())


def refuse_if_damaged(db_path: Path) -> None:
    """Refuse, naming the damage, a store SQLite's quick check finds damaged inside: an
    import into it said "already holds data … Use --replace", and --replace was then
    refused for the damage (its backup first is not kept). The caller's way out follows
    (restore a backup, or the app's fresh start)."""
    from bounceback_tui.errors import StoreDamagedError
    from bounceback_tui.store.backup import busy_said, check_result
    from bounceback_tui.store.damage import damaged_inside

    said = check_result(db_path, "quick_check")
    if said == "ok" or busy_said(said):  # busy is not damage: the import meets it, says so
        return
    raise StoreDamagedError(
        f"{damaged_inside(db_path, said)}; nothing was written, and nothing can be imported "
        "into it until the damage is dealt with."
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
    first, and what the app does not make (another program's trigger, table or view) is
    dropped in the same transaction: it then holds what the file holds. ``connect_hook``
    lets tests change the connection (a full disk, say).
    """
    from bounceback_tui.store.backup import back_up_store
    from bounceback_tui.store.failure_words import describe_operational_error
    from bounceback_tui.store.file_copy import drop_unused_backup
    from bounceback_tui.store.layout import drop_foreign, store_foreign_parts
    from bounceback_tui.store.sqlite_file import (
        read_only_message,
        store_is_read_only,
    )
    from bounceback_tui.store.sqlite_write import write_transaction

    db_path = paths.database
    if store_is_read_only(db_path):
        raise TransferError(read_only_message(db_path))
    has_data = store_has_data(db_path)
    if has_data and not replace:
        refuse_if_damaged(db_path)  # --replace would be refused for it: say the damage
        raise TransferError(
            f"The store at {db_path} already holds data; nothing was written. Use --replace to "
            "replace everything in it with the file (a backup is taken first), or import into "
            "another --data-dir."
        )
    # Even a store with only settings in it, or only a table of another program's, is copied
    # before they are replaced.
    foreign = replace and bool(store_foreign_parts(db_path))
    if has_data or foreign or store_has_data(db_path, counting_settings=True):
        safety = back_up_store(
            paths, "before-import", before="replaced" if has_data else "imported", whole=True
        )
    else:
        safety = None

    # One transaction, BEGIN IMMEDIATE, with the store's pragmas: what db.write() does, with
    # the standard library, so the command stays light (tests/test_transfer_cli.py).
    written = False
    removed: list[Fault] = []
    try:
        with write_transaction(db_path, clearing_foreign=replace) as conn:
            if connect_hook is not None:
                connect_hook(conn)
            if replace:  # before a row is written: another program's trigger fired on each
                removed = drop_foreign(conn)
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
            if data.schema_version < REASONS_NOTED:  # v010 notes a no's reason in its plan
                _note_reasons(conn)
            _keep_exported_versions(conn, tables, data)
            move_past(conn, marks)
        written = True
        progress("Importing", data.total, data.total)
    except sqlite3.IntegrityError as exc:
        raise TransferError(
            f"{data.source.name} does not fit the store ({exc}); nothing was written."
        ) from exc
    except sqlite3.Error as exc:
        raise TransferError(describe_operational_error(exc, db_path)) from exc
    finally:
        if not written:
            drop_unused_backup(safety)  # rolled back: the store is as it was
    if has_data:
        from bounceback_tui.store.replaced_note import write_replaced_note

        write_replaced_note(db_path, "import", data.source.name)
    return JsonImportResult(
        rows={name: len(rows) for name, rows in data.tables.items()},
        replaced=has_data,
        safety_backup=safety,
        removed=removed,
    )
