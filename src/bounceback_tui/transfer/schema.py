"""The store's tables as SQLite itself describes them, parents before children.

Read from the open file (``sqlite_master`` and ``PRAGMA table_info``), so the
JSON export and import follow the schema the migrations built without a list
to keep in step by hand, and without loading the ORM.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from bounceback_tui.store.contents import persons_tables


@dataclass(frozen=True)
class Column:
    name: str
    declared_type: str  # upper case: INTEGER, TEXT, REAL, BOOLEAN, DATE, DATETIME
    not_null: bool
    has_default: bool
    primary_key: bool


@dataclass(frozen=True)
class ForeignKey:
    column: str
    parent: str
    parent_column: str


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    foreign_keys: tuple[ForeignKey, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def key_columns(self) -> tuple[str, ...]:
        keyed = [c for c in self.columns if c.primary_key]
        return tuple(c.name for c in keyed) or ("rowid",)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def quote(name: str) -> str:
    """An SQL identifier (names come from the store's own schema, never from a file)."""
    return '"' + name.replace('"', '""') + '"'


def read_tables(conn: sqlite3.Connection) -> list[Table]:
    """Every table of the store that holds the person's data, ordered so that a table comes
    after those it refers to. The derived summary tables (store/contents.py) are left out:
    SQLite's triggers write them with every change, so an export leaves them out and an
    import lets the triggers rebuild them from the rows it brings."""
    names = persons_tables(conn)
    tables: dict[str, Table] = {}
    for name in names:
        columns = tuple(
            Column(
                name=row[1],
                declared_type=(row[2] or "").upper(),
                not_null=bool(row[3]),
                has_default=row[4] is not None,
                primary_key=bool(row[5]),
            )
            for row in conn.execute(f"PRAGMA table_info({quote(name)})")
        )
        keys = tuple(
            ForeignKey(column=row[3], parent=row[2], parent_column=row[4] or "id")
            for row in conn.execute(f"PRAGMA foreign_key_list({quote(name)})")
        )
        tables[name] = Table(name, columns, keys)
    return _parents_first(tables)


def own_tables(tables: list[Table], version: int) -> list[Table]:
    """``tables`` less what the app does not make at schema ``version``: another program's
    table, or a column it added to one of the app's (not the person's data, and refused by
    an import); all of them when the version's layout is not known whole."""
    from bounceback_tui.store.layout_read import expected_layout, latest_version

    if not 0 < version <= latest_version():
        return tables
    want = expected_layout(version)
    kept = []
    for table in tables:
        part = want.get(table.name.lower())
        if part is None or part.kind != "table":
            continue
        columns = tuple(c for c in table.columns if c.name.lower() in part.columns)
        keys = tuple(k for k in table.foreign_keys if k.column.lower() in part.columns)
        kept.append(Table(table.name, columns, keys))
    return kept


def _parents_first(tables: dict[str, Table]) -> list[Table]:
    ordered: list[Table] = []
    placed: set[str] = set()

    def place(name: str, trail: tuple[str, ...]) -> None:
        if name in placed or name in trail or name not in tables:
            return
        for key in tables[name].foreign_keys:
            if key.parent != name:
                place(key.parent, (*trail, name))
        placed.add(name)
        ordered.append(tables[name])

    for name in sorted(tables):
        place(name, ())
    return ordered
