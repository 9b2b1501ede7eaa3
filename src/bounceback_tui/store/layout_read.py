"""The layout the app makes, and a store's as it is: tables (with their columns), indexes,
triggers and views from ``sqlite_master``, the app's built by the migrations for a schema
version on an empty store in memory (made once per version a process asks about). The
reading under store/layout.py (what is said) and store/layout_faults.py (what `repair` puts
right). Standard library only.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from typing import NamedTuple

from bounceback_tui.store.held_files import HeldConnection


class Part(NamedTuple):
    kind: str  # table, index, trigger, view
    table: str
    sql: str
    columns: tuple[str, ...]
    written: str = ""  # its name as written
    source: str = ""  # its statement as written (what `repair` makes it with again)


Layout = dict[str, Part]  # by name, lower case (SQLite's names are case-blind)


def layout_of(conn: sqlite3.Connection) -> Layout:
    found: Layout = {}
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' "
        "ESCAPE '!'"
    ).fetchall()
    for kind, name, table, sql in rows:
        columns: tuple[str, ...] = ()
        if kind == "table":
            info = conn.execute("SELECT name FROM pragma_table_info(?)", (name,)).fetchall()
            columns = tuple(str(row[0]).lower() for row in info)
        found[str(name).lower()] = Part(
            str(kind), str(table).lower(), _plain(sql), columns, str(name), str(sql or "")
        )
    return found


def _plain(sql: str | None) -> str:
    """The statement with its spacing and case set aside (SQLite keeps it as written)."""
    return re.sub(r"\s+", " ", sql or "").strip().lower()


def latest_version() -> int:
    from bounceback_tui.store.migrations import LATEST_VERSION

    return LATEST_VERSION


@lru_cache(maxsize=4)
def expected_layout(version: int) -> Layout:
    """The layout the migrations build up to ``version``, on an empty store in memory."""
    from bounceback_tui.store.migrations import all_migrations

    conn = sqlite3.connect(":memory:", isolation_level=None, factory=HeldConnection)
    try:
        for migration in all_migrations():
            if migration.version > version:
                break
            conn.execute("BEGIN")
            migration.module.upgrade(conn)
            conn.execute("COMMIT")
        return layout_of(conn)
    finally:
        conn.close()


DROP_ORDER = ("trigger", "view", "index", "table")  # what fires first; tables last
