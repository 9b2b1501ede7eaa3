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
from datetime import datetime
from typing import Any

from bounceback_tui import clock
from bounceback_tui.domain.links import each_link_read_once
from bounceback_tui.domain.records_kept import (
    KEPT_GROUP_CHECKS,
    KEPT_ROW_CHECKS,
    KEPT_ROW_GROUPS,
    moments_turning,
)
from bounceback_tui.store.contents import quote_name
from bounceback_tui.store.rows_checked import refusal_ends
from bounceback_tui.transfer.backup_sql import passed_by_sql
from bounceback_tui.transfer.json_checks import (
    MAX_ID,
    Problems,
    check_rows,
    check_unique_uids,
    check_value,
)
from bounceback_tui.transfer.schema import Column, Table, read_tables
from bounceback_tui.transfer.scratch import scratch_left_out_sql

_BATCH = 2000


def backup_rows_problem(conn: sqlite3.Connection) -> str | None:
    """The first row of the store on ``conn`` (at this version's schema) a JSON import would
    refuse, said as the import says it but named by the row's id; None when all pass. Each
    link is read once, though its value and its form's rule are both checked. A refusal
    that a time still to come made is told to store/rows_checked.py with the moment it
    would end (``refusal_ends``), so it is not remembered past it."""
    with each_link_read_once(), moments_turning() as turns:
        problem = _first_problem(conn)
    if problem is not None and turns:
        refusal_ends(min(turns))
    return problem


def _first_problem(conn: sqlite3.Connection) -> str | None:
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
    """The first row of ``table`` (by rowid) the import would refuse: its values checked in
    SQL where SQL can (transfer/backup_sql.py), by the import's ``check_value`` where it
    cannot, and the row as its form takes it (``KEPT_ROW_CHECKS``), up to that row. Each
    check in Python runs once per distinct value (of a column, or of a group of columns its
    form judges together: ``KEPT_ROW_GROUPS``), not once per row: a restore of 100,000
    applications ran the application form's rules row by row, about 10 s of its 34 s, and
    judged every row's text in SQL, about 7 s more (docs/performance.md)."""
    now = clock.now()
    first: int | None = None
    for column in table.columns:
        first = _first_bad_value(conn, table, column, now, first)
    first = _first_kept_problem(conn, table, first)
    if "uid" in table.column_names:
        found = conn.execute(f"SELECT uid FROM {quote_name(table.name)} ORDER BY rowid")
        uids.setdefault(table.name, []).extend({"uid": row[0]} for row in found)
    if first is None:
        return None
    return _row_problem(conn, table, first)


def _rows_of(table: Table) -> str:
    """What a check reads of ``table``: its rows, the scratch settings left out (a new
    application's draft, exactly as typed, is no setting's value: transfer/scratch.py)."""
    if table.name != "setting":
        return quote_name(table.name)
    return f"(SELECT rowid AS rowid, * FROM setting WHERE {scratch_left_out_sql()})"


def _key(value: Any) -> tuple[type, Any]:
    """A value as SQLite tells it from others: 1 and 1.0 apart, as ``typeof`` does."""
    return (type(value), value)


def _bound(before: int | None, joined: str) -> str:
    return "" if before is None else f" {joined} rowid < {int(before)}"


def _first_bad_value(
    conn: sqlite3.Connection, table: Table, column: Column, now: datetime, before: int | None
) -> int | None:
    """The first rowid (before ``before``) whose ``column`` the import refuses, else
    ``before``: each distinct value judged once, by SQL (``passed_by_sql``) and, where SQL
    does not pass it, by ``check_value``. A key's or a uid's values are one a row: those are
    judged row by row in SQL, as making them distinct would cost more than it saves."""
    name, passed = quote_name(column.name), passed_by_sql(table.name, column, now)
    source = _rows_of(table)
    if column.primary_key or column.name == "uid":
        distinct = (
            f"SELECT DISTINCT {name} COLLATE BINARY, typeof({name}) FROM {source} "
            f"WHERE NOT {passed}{_bound(before, 'AND')}"
        )
    else:  # LIMIT keeps SQLite from judging every row before making them distinct
        distinct = (
            f"SELECT * FROM (SELECT DISTINCT {name} COLLATE BINARY AS {name}, typeof({name}) "
            f"FROM {source}{_bound(before, 'WHERE')} LIMIT -1) WHERE NOT {passed}"
        )
    bad = {
        _key(value)
        for value, _kind in conn.execute(distinct)
        if check_value(table.name, column, value) is not None
    }
    if not bad:
        return before
    cursor = conn.execute(
        f"SELECT rowid, {name} FROM {source} WHERE NOT {passed}{_bound(before, 'AND')} "
        "ORDER BY rowid"
    )
    for rowid, value in cursor:
        if _key(value) in bad:
            return int(rowid)
    return before


def _first_kept_problem(conn: sqlite3.Connection, table: Table, before: int | None) -> int | None:
    """The first rowid (before ``before``) its form would refuse, else ``before``: each group
    of columns the form judges together (``KEPT_ROW_GROUPS``) checked once per distinct
    value, the other columns absent, and only what it says of the group's columns kept."""
    check = KEPT_ROW_CHECKS.get(table.name)
    if check is None:
        return before
    today = clock.today()
    for group in KEPT_ROW_GROUPS[table.name]:
        present = tuple(name for name in group if name in table.column_names)
        if not present:
            continue
        judge = KEPT_GROUP_CHECKS.get((table.name, present), check)  # a link by its rule
        names = [quote_name(name) for name in present]
        shown = ", ".join(f"{name} COLLATE BINARY, typeof({name})" for name in names)
        where = f"FROM {_rows_of(table)}{_bound(before, 'WHERE')}"
        bad: set[tuple[tuple[type, Any], ...]] = set()
        for row in conn.execute(f"SELECT DISTINCT {shown} {where}"):
            values = row[::2]
            said = judge(dict(zip(present, values, strict=True)), today)
            if any(column in present for column, _why in said):
                bad.add(tuple(map(_key, values)))
        if not bad:
            continue
        cursor = conn.execute(f"SELECT rowid, {', '.join(names)} {where} ORDER BY rowid")
        while batch := cursor.fetchmany(_BATCH):
            found = next((r[0] for r in batch if tuple(map(_key, r[1:])) in bad), None)
            if found is not None:
                before = int(found)
                break
    return before


def _row_problem(conn: sqlite3.Connection, table: Table, rowid: int) -> str:
    """The import's first word on the row at ``rowid``, named by its id."""
    names = table.column_names
    found = conn.execute(
        f"SELECT {', '.join(map(quote_name, names))} FROM {quote_name(table.name)} WHERE rowid = ?",
        (rowid,),
    ).fetchone()
    rows: list[Any] = [dict(zip(names, found, strict=True))]
    row_id = rows[0].get("id")
    problems = Problems()
    check_rows(table, rows, problems)
    if row_id is not None:
        return _by_id(problems.items[0], table.name, [row_id], 0)
    done = conn.execute(
        f"SELECT count(*) FROM {quote_name(table.name)} WHERE rowid < ?", (rowid,)
    ).fetchone()[0]
    return _by_id(problems.items[0], table.name, [None], int(done))


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
