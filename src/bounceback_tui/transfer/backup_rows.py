"""A backup's rows checked by the rules a JSON import keeps (transfer/json_checks.py), before
a restore puts it back: every value's type, format, length and allowed set, each row as its
form would take it, a uid used once, every reference, and each table's id counter.

A restore put back what SQLite could read: an application at stage "bogus" made every launch
fail ("'bogus' is not a valid Stage"), an id counter at 2**63 - 1 made every add say "The
disk is full" (an attacker's walk). The same file as JSON was refused by the import.
Read a batch at a time and stopped at the first problem, which is named.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from bounceback_tui.store.contents import quote_name
from bounceback_tui.transfer.json_checks import (
    MAX_ID,
    Problems,
    check_rows,
    check_unique_uids,
)
from bounceback_tui.transfer.schema import Table, read_tables

_BATCH = 2000


def backup_rows_problem(conn: sqlite3.Connection) -> str | None:
    """The first row of the store on ``conn`` (at this version's schema) a JSON import would
    refuse, said as the import says it but named by the row's id; None when all pass."""
    uids: dict[str, list[dict[str, Any]]] = {}
    for table in read_tables(conn):
        found = _table_problem(conn, table, uids)
        if found:
            return found
    problems = Problems()
    check_unique_uids(uids, problems)
    if problems.items:
        return problems.items[0]
    missing = conn.execute("PRAGMA foreign_key_check").fetchone()
    if missing:
        table, rowid, parent = missing[0], missing[1], missing[2]
        return f"{table} row with id {rowid} points to a {parent} that is not in the backup"
    return _counter_problem(conn)


def _table_problem(
    conn: sqlite3.Connection, table: Table, uids: dict[str, list[dict[str, Any]]]
) -> str | None:
    names = [column.name for column in table.columns]
    columns = ", ".join(map(quote_name, names))
    cursor = conn.execute(f"SELECT {columns} FROM {quote_name(table.name)}")
    kept = uids.setdefault(table.name, []) if "uid" in names else None
    done = 0
    while batch := cursor.fetchmany(_BATCH):
        rows: list[Any] = [dict(zip(names, row, strict=True)) for row in batch]
        ids = [row.get("id") for row in rows]
        problems = Problems()
        check_rows(table, rows, problems)
        if problems.items:
            return _by_id(problems.items[0], table.name, ids, done)
        if kept is not None:
            kept.extend({"uid": row.get("uid")} for row in rows)
        done += len(rows)
    return None


def _by_id(problem: str, table: str, ids: list[Any], done: int) -> str:
    """ "application row 3, stage: …" of a batch, as "application row with id 17, stage: …"."""
    found = re.match(rf"{re.escape(table)} row (\d+)([,:].*)$", problem, re.DOTALL)
    if not found:
        return problem
    index = int(found.group(1))
    row_id = ids[index - 1] if 0 < index <= len(ids) else None
    named = f"with id {row_id}" if row_id is not None else str(done + index)
    return f"{table} row {named}{found.group(2)}"


def _counter_problem(conn: sqlite3.Connection) -> str | None:
    """An id counter past the largest id the import takes: every later add failed."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        return None
    for name, seq in conn.execute("SELECT name, seq FROM sqlite_sequence"):
        if not isinstance(seq, int) or not 0 <= seq <= MAX_ID:
            shown = f"{seq:,}" if isinstance(seq, int) else repr(seq)
            return f"the id counter of {name} is {shown}: an id is a whole number up to {MAX_ID:,}"
    return None
