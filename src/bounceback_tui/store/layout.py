"""Is a store's layout the one the app makes? Its tables (and their columns), indexes,
triggers and views against those the migrations build for its schema version, on an empty
store in memory (made once per version a process asks about).

A backup is put back whole: a trigger or view of another program's came back with it, fired
on every later add, and spread into every later backup; a column dropped made every launch
fail (an attacker's walk). A backup whose layout is not the app's is refused before
anything changes, but one that only has more (a trigger, table, view or index the app does
not make) is put back without them; `backup` and `export` refuse a store that carries such
a thing, and nothing is written to it (store/foreign_guard.py).
Standard library only (restore runs without the ORM); reads the schema, never a row.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from bounceback_tui.errors import StoreError, UnreadableBackupError
from bounceback_tui.store.held_files import HeldConnection
from bounceback_tui.store.untouched_read import read_untouched


class _Part(NamedTuple):
    kind: str  # table, index, trigger, view
    table: str
    sql: str
    columns: tuple[str, ...]


_Layout = dict[str, _Part]  # by name, lower case (SQLite's names are case-blind)


def require_our_layout(path: Path, version: int) -> None:
    """Refuse (nothing changed) a backup whose layout is not the app's at its version; one
    that only has more than the app makes passes (the restore leaves that out)."""

    def problem(uri: str) -> str | None:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
        try:
            return layout_problem(conn, version, extras=False)
        finally:
            conn.close()

    try:
        found = read_untouched(path, problem)
    except sqlite3.Error as exc:  # its schema cannot be read as SQLite reads it
        raise UnreadableBackupError(
            f"The backup {path.name} is damaged and cannot be read; nothing was changed. "
            "Choose another backup."
        ) from exc
    if found is not None:
        raise UnreadableBackupError(
            f"The backup {path.name} was not made by bounceback-tui, or was changed since: "
            f"{found}; nothing was changed. Choose another backup.",
            listed="not made by bounceback-tui, cannot be used",
        )


def require_store_layout(db_path: Path, undone: str) -> None:
    """Refuse to carry on a store whose layout is not the app's (a trigger that came back
    with a backup before backups were checked, or added by another program): ``undone`` says
    what was not done ("backed up")."""
    found = store_layout_problem(db_path)
    if found is not None:
        raise StoreError(
            f"The store at {db_path} is not as bounceback-tui makes it: {found} (another "
            f"program changed it, or it came back with a backup). Nothing was {undone}: it "
            "would carry that on. `bounceback-tui repair` removes a trigger, table or view "
            "the app does not make, after a backup; else restore a backup made before it."
        )


def store_layout_problem(db_path: Path) -> str | None:
    """``layout_problem`` of the store at ``db_path`` at its own schema version, read without
    changing it; None when it is the app's or cannot be read as a store (what comes next
    says so in its own words)."""

    def problem(uri: str) -> str | None:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            return layout_problem(conn, version)
        finally:
            conn.close()

    try:
        return read_untouched(db_path, problem)
    except sqlite3.Error:
        return None


def layout_problem(conn: sqlite3.Connection, version: int, *, extras: bool = True) -> str | None:
    """What sets ``conn``'s layout apart from the app's at ``version``, said as a person
    would ("it has a trigger zz_evil the app does not make"), or None when it is the app's;
    ``extras`` False: what the app does not make at all is not counted (``foreign_parts``),
    but a part the app makes at a later version still is (a newer layout said to be older:
    taken for extras, its table would be dropped with its rows)."""
    have, want = _layout_of(conn), _expected(version)
    later = set() if extras else set(_expected(_latest_version()))
    for name, part in have.items():
        if name not in want and (extras or name in later):
            return f"it has a {part.kind} {_shown(conn, name)} the app does not make"
    for name, part in want.items():
        found = have.get(name)
        if found is None:
            return f"its {part.kind} {name} is missing"
        if found.kind != part.kind:
            return f"its {name} is a {found.kind}, not a {part.kind}"
        if part.kind == "table":
            lacking = [c for c in part.columns if c not in found.columns]
            if lacking:
                return f"its table {name} lacks the column {lacking[0]}"
            extra = [c for c in found.columns if c not in part.columns]
            if extra:
                return f"its table {name} has a column {extra[0]} the app does not make"
        if found.table != part.table or found.sql != part.sql:
            return f"its {part.kind} {name} is not as the app makes it"
    return None


def _shown(conn: sqlite3.Connection, name: str) -> str:
    row = conn.execute("SELECT name FROM sqlite_master WHERE lower(name) = ?", (name,)).fetchone()
    return str(row[0]) if row else name


def _layout_of(conn: sqlite3.Connection) -> _Layout:
    found: _Layout = {}
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' "
        "ESCAPE '!'"
    ).fetchall()
    for kind, name, table, sql in rows:
        columns: tuple[str, ...] = ()
        if kind == "table":
            info = conn.execute("SELECT name FROM pragma_table_info(?)", (name,)).fetchall()
            columns = tuple(str(row[0]).lower() for row in info)
        found[str(name).lower()] = _Part(str(kind), str(table).lower(), _plain(sql), columns)
    return found


def _plain(sql: str | None) -> str:
    """The statement with its spacing and case set aside (SQLite keeps it as written)."""
    return re.sub(r"\s+", " ", sql or "").strip().lower()


def _latest_version() -> int:
    from bounceback_tui.store.migrations import LATEST_VERSION

    return LATEST_VERSION


@lru_cache(maxsize=4)
def _expected(version: int) -> _Layout:
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
        return _layout_of(conn)
    finally:
        conn.close()


_DROP_ORDER = ("trigger", "view", "index", "table")  # what fires first; tables last


def foreign_parts(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The triggers, views, indexes and tables in ``conn`` the app does not make at its
    schema version, as (kind, name as written), in the order they are dropped."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    want = _expected(version)
    rows = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!'"
    ).fetchall()
    found = [(str(kind), str(name)) for kind, name in rows if str(name).lower() not in want]
    found = [part for part in found if part[0] in _DROP_ORDER]
    return sorted(found, key=lambda part: (_DROP_ORDER.index(part[0]), part[1].lower()))


def drop_foreign(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Drop, inside the caller's transaction, what ``foreign_parts`` names (triggers and
    views first, so none fires while the rest goes); what was dropped."""
    dropped = foreign_parts(conn)
    for kind, name in dropped:
        quoted = '"' + name.replace('"', '""') + '"'
        conn.execute(f"DROP {kind.upper()} IF EXISTS {quoted}")  # an index goes with its table
    return dropped


def leave_out_foreign(copy: sqlite3.Connection) -> None:
    """Drop from a backup's copy, in one transaction, what ``foreign_parts`` names (the store
    itself is left as it is: `repair` is the way to clean it). A copy of a version this one
    does not know the whole layout of is left as it is."""
    version = int(copy.execute("PRAGMA user_version").fetchone()[0])
    if not 0 < version <= _latest_version() or not foreign_parts(copy):
        return
    copy.execute("BEGIN IMMEDIATE")
    try:
        drop_foreign(copy)
    except BaseException:
        copy.execute("ROLLBACK")
        raise
    copy.execute("COMMIT")


def removed_sentence(dropped: list[tuple[str, str]]) -> str:
    """ "Removed what the app does not make: trigger zz_evil, table zz_extra." """
    return (
        "Removed what the app does not make: "
        + ", ".join(f"{kind} {name}" for kind, name in dropped)
        + "."
    )


def left_out_sentence(left_out: list[tuple[str, str]]) -> str:
    """ "Left out what the app does not make: trigger zz_evil." """
    return (
        "Left out what the app does not make: "
        + ", ".join(f"{kind} {name}" for kind, name in left_out)
        + "."
    )


def store_foreign_parts(db_path: Path) -> list[tuple[str, str]]:
    """``foreign_parts`` of the store at ``db_path``, read without changing it; none when
    it cannot be read (what opens it says so in its own words)."""

    def read(uri: str) -> list[tuple[str, str]]:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
        try:
            return foreign_parts(conn)
        finally:
            conn.close()

    try:
        return read_untouched(db_path, read)
    except sqlite3.Error:
        return []
