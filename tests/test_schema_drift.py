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


def _create_sql(conn: sqlite3.Connection, table: str) -> str:
    return conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()[0]


@pytest.mark.parametrize("table_name", TABLES)
def test_autoincrement_matches(opened_paths: DataPaths, table_name: str) -> None:
    """Ids are never reused where the model says so (and only there)."""
    table = SQLModel.metadata.tables[table_name]
    expected = bool(table.dialect_options["sqlite"]["autoincrement"])
    with sqlite3.connect(opened_paths.database) as conn:
        actual = "AUTOINCREMENT" in _create_sql(conn, table_name).upper()
    assert actual == expected


@pytest.mark.parametrize("table_name", TABLES)
def test_every_versioned_table_has_its_trigger(opened_paths: DataPaths, table_name: str) -> None:
    """A model with a version column has the trigger that bumps it (and no other has one)."""
    table = SQLModel.metadata.tables[table_name]
    with sqlite3.connect(opened_paths.database) as conn:
        triggers = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                (table_name,),
            )
        }
    assert (f"{table_name}_version" in triggers) == ("version" in table.columns)


def test_every_child_of_a_versioned_table_bumps_it(opened_paths: DataPaths) -> None:
    """Each table referring with ON DELETE CASCADE to a versioned one is part of it: its
    writes must bump the parent (insert, update and delete triggers)."""
    with sqlite3.connect(opened_paths.database) as conn:
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    for table in SQLModel.metadata.tables.values():
        for fk in table.foreign_keys:
            parent = fk.column.table
            if (fk.ondelete or "").upper() != "CASCADE" or "version" not in parent.columns:
                continue
            for verb in ("insert", "update", "delete"):
                assert f"{table.name}_{verb}_bumps_{parent.name}" in triggers
