"""After a store is replaced wholesale: no form opened before can ever match a row again.

``restore``, ``import --replace`` and ``demo --force`` put other rows under the same ids.
A form still open in another window names the id and version it read; so these moves
take every version past the old store's highest, and keep each table's id counter
(``sqlite_sequence``) at least where the old store had it, so that no new row takes an
id a form may still hold. Standard library only (restore runs without the ORM).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from bounceback_tui.store.contents import quote_name as _quote
from bounceback_tui.store.contents import store_tables as _tables
from bounceback_tui.store.foreign_guard import REPAIR, refuse_foreign


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    """(name, declared type, part of the primary key) of each column."""
    return [
        (r[1], (r[2] or "").upper(), bool(r[5]))
        for r in conn.execute(f"PRAGMA table_info({_quote(table)})")
    ]


@dataclass(frozen=True)
class StoreMarks:
    """The old store's highest version and each table's highest id ever handed out."""

    highest_version: int = 0
    ids: dict[str, int] = field(default_factory=dict)


def read_marks(conn: sqlite3.Connection) -> StoreMarks:
    """Read, before the store is replaced, what the new contents must stay above.

    Works on a store of any schema version (an old one has no versions: 0)."""
    highest = 0
    ids: dict[str, int] = {}
    has_sequence = bool(
        conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone()
    )
    sequences = dict(conn.execute("SELECT name, seq FROM sqlite_sequence")) if has_sequence else {}
    for table in _tables(conn):
        columns = _columns(conn, table)
        names = {name for name, _, _ in columns}
        if "version" in names:
            value = conn.execute(f"SELECT max(version) FROM {_quote(table)}").fetchone()[0]
            highest = max(highest, int(value or 0))
        keys = [name for name, kind, pk in columns if pk]
        integer_id = len(keys) == 1 and any(
            name == keys[0] and kind == "INTEGER" for name, kind, _ in columns
        )
        if integer_id:
            top = conn.execute(f"SELECT max({_quote(keys[0])}) FROM {_quote(table)}").fetchone()[0]
            ids[table] = max(int(top or 0), int(sequences.get(table) or 0))
    return StoreMarks(highest, ids)


def move_past(conn: sqlite3.Connection, marks: StoreMarks) -> None:
    """Inside the caller's transaction: every version goes past ``marks.highest_version``
    and every id counter to at least where the old store had it."""
    if marks.highest_version > 0:
        for table in _tables(conn):
            if any(name == "version" for name, _, _ in _columns(conn, table)):
                # Setting the version itself: the bump triggers leave such a write alone.
                conn.execute(
                    f"UPDATE {_quote(table)} SET version = version + ?", (marks.highest_version,)
                )
    has_sequence = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"
    ).fetchone()
    if not has_sequence:
        return
    current = dict(conn.execute("SELECT name, seq FROM sqlite_sequence"))
    autoincrement = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'"
        )
    }
    for table, floor in marks.ids.items():
        if table not in autoincrement or floor <= int(current.get(table) or 0):
            continue
        if table in current:
            conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (floor, table))
        else:
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, floor))


def move_store_past(db_path: Path, marks: StoreMarks, repair_command: str = REPAIR) -> None:
    """Take the restored rows' versions and ids past the old store's, so a form still open
    in another window can never save over a restored row (it names an old version). In one
    transaction; also for a file moved over the store by hand (store/replaced_file.py).
    Refused as every write is (ForeignLayoutError, nothing changed) while the store holds
    what the app does not make: the UPDATE of every row fired another program's trigger
    (store/foreign_guard.py); ``repair_command`` names `repair` with the store's --data-dir."""
    from bounceback_tui.errors import StoreError
    from bounceback_tui.store.failure_words import describe_operational_error
    from bounceback_tui.store.sqlite_file import connect

    try:
        conn = connect(db_path)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                refuse_foreign(conn, repair_command)
                move_past(conn, marks)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(describe_operational_error(exc, db_path)) from exc
