"""What a store holds, read without writing to it: the one answer to "does it hold data?".

The JSON import, `demo` and the backups' labels (`backup --list`, `restore`'s list and its
question, the open-failure screen) all ask it here. A store holds data when any table a
person fills has a row: applications and rejections, and just as much people, skills,
thought records, check-ins, coping cards, plans' steps, boards followed. Only what the app
writes by itself is left out: the settings, the days counted for the streak, and the
summary tables its triggers derive from the rest. (``demo`` once counted applications and
rejections alone, and replaced a store of people and skills without a backup.) Only the
app's own tables count: another program's is not the person's data (what writes to such a
store says so, store/foreign_guard.py).

Standard library only: the CLI's backup and restore never load the ORM.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

# Tables whose rows are derived from the others (Today's summary, migration v005).
DERIVED_PREFIX = "summary_"
# Rows the app writes by itself: the settings, and the days counted for the streak.
APP_KEPT_TABLES = ("setting", "activity_day")


class Contents(NamedTuple):
    """What a store holds: its applications and rejections counted, and whether any table
    a person fills has a row."""

    applications: int
    rejections: int
    holds_data: bool


def quote_name(name: str) -> str:
    """A table's or column's name as SQL reads it, whatever it holds."""
    return '"' + name.replace('"', '""') + '"'


def store_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table of the store by name, but SQLite's own."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


def persons_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table of the store, by name, but SQLite's own and the derived summaries."""
    return [name for name in store_tables(conn) if not name.startswith(DERIVED_PREFIX)]


def holds_data(conn: sqlite3.Connection, *, counting_settings: bool = False) -> bool:
    """Whether any table a person fills has a row; the settings and the streak's days count
    only if asked (an import still backs such a store up before replacing it). Only the
    tables the app makes at the store's version: another program's table with a row made an
    empty store "hold data" (`demo` refused it so). Every table, at a version this one does
    not know."""
    own: set[str] | None = None
    for name in persons_tables(conn):
        if name in APP_KEPT_TABLES and not counting_settings:
            continue
        if conn.execute(f"SELECT 1 FROM {quote_name(name)} LIMIT 1").fetchone():
            own = _own_tables(conn) if own is None else own  # read once, and only here
            if not own or name.lower() in own:
                return True
    return False


def _own_tables(conn: sqlite3.Connection) -> set[str]:
    """The tables the app makes at the store's version, by name in lower case; none (every
    table counts) at a version this one does not know."""
    from bounceback_tui.store.layout_read import expected_layout, latest_version

    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if not 0 < version <= latest_version():
        return set()
    return {name for name, part in expected_layout(version).items() if part.kind == "table"}


def store_holds_data(path: Path, *, counting_settings: bool = False) -> bool:
    """``holds_data`` for the store at ``path``, opened read-only (sqlite3.Error if it
    cannot be read)."""
    from bounceback_tui.store.sqlite_file import connect

    conn = connect(path, read_only=True)
    try:
        return holds_data(conn, counting_settings=counting_settings)
    finally:
        conn.close()


def contents_of(path: Path) -> Contents | None:
    """What a backup (or the store) at ``path`` holds, read without writing to it; None when
    it cannot be read."""
    from bounceback_tui.store.untouched_read import read_untouched

    try:
        return read_untouched(path, _contents_at)
    except sqlite3.Error:
        return None


def _contents_at(uri: str) -> Contents:
    from bounceback_tui.store.held_files import HeldConnection

    conn = sqlite3.connect(uri, uri=True, factory=HeldConnection)
    try:
        applications = conn.execute("SELECT count(*) FROM application").fetchone()[0]
        rejections = conn.execute("SELECT count(*) FROM rejection").fetchone()[0]
        held = bool(applications or rejections) or holds_data(conn)
    finally:
        conn.close()
    return Contents(int(applications), int(rejections), held)
