"""Every rule the JSON import applies to a column is applied by restore's check of a backup's
rows, which decides most values in SQL (transfer/backup_sql.py) for speed: one bad value per
rule, in every column of every table, is put into a backup's first row and must be refused by
both, in the same words; a good value, by neither.

Checking every value in Python made a restore at 100,000 applications take 42 s of processor
time; the cheap path must not drift from the import's rules.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.line_fields import is_one_line
from bounceback_tui.paths import DataPaths
from bounceback_tui.transfer.backup_rows import backup_rows_problem
from bounceback_tui.transfer.json_checks import Problems, check_rows
from bounceback_tui.transfer.schema import Column, Table, read_tables
from tests.transfer_fixtures import fill_every_table

_TEXTS = [
    7,
    2.5,
    "",
    "x" * 100_001,
    "ok\x01",
    "ok\x00ok",
    "ok\x9f",
    "ok\tok",
    "ok\nok",
    "ok\x85ok",
    "Café “quoted”",
    "bogus",
    "javascript:alert(1)",
    "https://example.com/a",
    "a b",
    "Nowhere/Atlantis",
    "UTC",
    ",".join(f"t{n}" for n in range(12)),
    "t" * 41,
    "not json",
    '"\\u001b"',
]
_DAYS = [
    "2026-02-30",
    "2026-02-29",
    "2024-02-29",
    "0000-01-01",
    "0001-01-01",
    "1969-12-31",
    "1970-01-01",
    "9999-12-31",
    "2026-13-01",
    "2026-1-01",
    "2026-01-01 ",
]
_TIMES = [
    "2026-02-30 10:00:00",
    "2026-01-01 24:00:00",
    "2026-01-01 23:59:60",
    "1969-12-31 23:59:59",
    "1970-01-01 00:00:00",
    "2020-05-05 10:00:00.123456",
    "2020-05-05 10:00:00.1",
    "2020-05-05 10:00:00.1234567",
    "9999-12-31 23:59:59",
    "0001-01-01 00:00:00",
    "2020-05-05T10:00:00",
]


def _values(table: Table, column: Column) -> list[Any]:
    values: list[Any] = [None, "x"]
    kind = column.declared_type
    if kind == "BOOLEAN":
        return [*values, 0, 1, 2, -1, 1.0]
    if kind == "INTEGER":
        edges = [-1, 0, 1, 4, 5, 6, 99, 100, 101, 1441, 2**30, 2**30 + 1, 2**53 - 1, 2**53]
        return [*values, 1.5, 2**63 - 1, -(2**63), *edges]
    if kind in ("REAL", "FLOAT"):
        return [*values, 1.5, -3, 1e15, 1e16, -1e16]
    if kind == "DATE":
        return [*values, *_TEXTS[:6], *_DAYS]
    if kind == "DATETIME":
        return [*values, *_TEXTS[:6], *_TIMES]
    return [*values, *_TEXTS]


def _cases(conn: sqlite3.Connection) -> Iterator[tuple[Table, Column, Any]]:
    for table in read_tables(conn):
        if not conn.execute(f'SELECT 1 FROM "{table.name}"').fetchone():
            continue
        for column in table.columns:
            for value in _values(table, column):
                yield table, column, value


def _import_says(table: Table, conn: sqlite3.Connection, rowid: int) -> str | None:
    names = table.column_names
    cols = ", ".join(f'"{n}"' for n in names)
    found = conn.execute(f'SELECT {cols} FROM "{table.name}" WHERE rowid = ?', (rowid,))
    rows: list[Any] = [dict(zip(names, found.fetchone(), strict=True))]
    problems = Problems()
    check_rows(table, rows, problems)
    return problems.items[0] if problems.items else None


@pytest.fixture
def store(opened_paths: DataPaths) -> Iterator[sqlite3.Connection]:
    fill_every_table(opened_paths)
    clock.freeze(clock.now())
    source = sqlite3.connect(opened_paths.database)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    source.backup(conn)
    source.close()
    assert backup_rows_problem(conn) is None
    for table in read_tables(conn):  # one row a table: each case checks the whole store
        conn.execute(
            f'DELETE FROM "{table.name}" WHERE rowid > (SELECT min(rowid) FROM "{table.name}")'
        )
    yield conn
    conn.close()
    clock.freeze(None)


def test_every_rule_of_the_import_is_a_rule_of_restore(store: sqlite3.Connection) -> None:
    tried = 0
    one_line_seen = False
    for table, column, value in list(_cases(store)):
        rowid = store.execute(f'SELECT min(rowid) FROM "{table.name}"').fetchone()[0]
        store.execute("SAVEPOINT one")
        try:
            store.execute(
                f'UPDATE "{table.name}" SET "{column.name}" = ? WHERE rowid = ?', (value, rowid)
            )
        except sqlite3.Error:  # the schema refuses it itself
            store.execute("ROLLBACK TO one")
            store.execute("RELEASE one")
            continue
        keyed = [c for c in table.columns if c.primary_key]
        if keyed == [column] and column.declared_type == "INTEGER":
            # The row's id is its rowid: SQLite numbers a row given none, and holds no other.
            rowid = value if isinstance(value, int) else None
        try:
            if rowid is None:
                continue
            said = _import_says(table, store, rowid)
            found = backup_rows_problem(store)
            case = f"{table.name}.{column.name} = {value!r}"
            if said is None:
                # Nothing of its values (a reference left dangling by the rows let go).
                assert found is None or "not in the backup" in found, f"{case}: {found!r}"
            else:
                _where, _, why = said.partition(",")
                assert found is not None, case
                assert found.startswith(f"{table.name} row "), case
                assert found.endswith(why), f"{case}: {found!r} / {said!r}"
                tried += 1
                one_line_seen = one_line_seen or is_one_line(table.name, column.name)
        finally:
            store.execute("ROLLBACK TO one")
            store.execute("RELEASE one")
    assert tried > 500
    assert one_line_seen
