"""The SQL migrations and the SQLModel classes describe the same schema."""

from __future__ import annotations

import sqlite3

import pytest
from sqlmodel import SQLModel

import bounceback_tui.store.models  # noqa: F401  (registers the tables)
from bounceback_tui.paths import DataPaths

TABLES = sorted(SQLModel.metadata.tables)


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, tuple[bool, bool]]:
    """name -> (not null, primary key)"""
    return {
        row[1]: (bool(row[3]) or bool(row[5]), bool(row[5]))
        for row in conn.execute(f"PRAGMA table_info({table})")
    }


def test_every_model_table_exists(opened_paths: DataPaths) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        actual = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("sqlite_")
        }
    assert actual == set(TABLES)


@pytest.mark.parametrize("table_name", TABLES)
def test_columns_match(opened_paths: DataPaths, table_name: str) -> None:
    table = SQLModel.metadata.tables[table_name]
    expected = {
        column.name: (not column.nullable or column.primary_key, column.primary_key)
        for column in table.columns
    }
    with sqlite3.connect(opened_paths.database) as conn:
        assert _columns(conn, table_name) == expected


@pytest.mark.parametrize("table_name", TABLES)
def test_foreign_keys_match(opened_paths: DataPaths, table_name: str) -> None:
    table = SQLModel.metadata.tables[table_name]
    expected = {
        (fk.parent.name, fk.column.table.name, (fk.ondelete or "NO ACTION").upper())
        for fk in table.foreign_keys
    }
    with sqlite3.connect(opened_paths.database) as conn:
        actual = {
            (row[3], row[2], row[6].upper())
            for row in conn.execute(f"PRAGMA foreign_key_list({table_name})")
        }
    assert actual == expected


@pytest.mark.parametrize("table_name", TABLES)
def test_model_indexes_exist(opened_paths: DataPaths, table_name: str) -> None:
    table = SQLModel.metadata.tables[table_name]
    with sqlite3.connect(opened_paths.database) as conn:
        indexed_columns = set()
        for row in conn.execute(f"PRAGMA index_list({table_name})"):
            cols = [r[2] for r in conn.execute(f"PRAGMA index_info({row[1]})")]
            indexed_columns.add(cols[0])
    for index in table.indexes:
        first = next(iter(index.columns)).name
        assert first in indexed_columns, f"{table_name}.{first} lacks an index"
