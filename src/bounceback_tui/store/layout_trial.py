"""Would ``layout_faults.put_right`` leave a store as the app makes it? Tried on its layout
alone, rows left out, on a copy in memory: a column added that SQLite cannot drop (another
column is made from it, an index or a constraint uses it) fails by its layout, never by a
row. `repair`'s offer (``layout.repair_kept_back``), a refused write's sentence
(``foreign_guard.foreign_refusal``: it sent the person to a `repair` that fails) and
`restore`'s list (a backup such a column makes a restore refuse) ask here.
Standard library only; reads the schema, never a row.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.store.held_files import HeldConnection

# What `repair` would meet, as a person would say it (``{column}``: "table.column").
KEPT_BACK = "the column {column} cannot be removed: something else in the store uses it"
# Anything else that stops it, in a person's words.
NOT_PUT_RIGHT = "something else in the store stops what another program added from being removed"


def schema_of(conn: sqlite3.Connection) -> tuple[int, list[tuple[str, str]]]:
    """The store's schema version and what makes its layout: (type, sql) of each table,
    index, view and trigger, in the order SQLite made them."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    rows = conn.execute(
        "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"
    ).fetchall()
    return version, [(str(kind), str(sql)) for kind, sql in rows]


def kept_back_of(version: int, made: list[tuple[str, str]]) -> str | None:
    """Why ``put_right`` would not put right the layout ``made`` at ``version`` ("the column
    application.zz_base cannot be removed: …"), or None when it would (or that cannot be
    told apart from the rows: `repair` then says what it met)."""
    from bounceback_tui.store.layout_faults import ColumnKept

    met = put_right_met(version, made)
    if isinstance(met, ColumnKept):
        return KEPT_BACK.format(column=met.column)
    # SQLite's words are not the reason a person reads: `repair` run says what it met.
    return None if met is None else NOT_PUT_RIGHT


def put_right_met(version: int, made: list[tuple[str, str]]) -> sqlite3.Error | None:
    """What SQLite met putting right the layout ``made`` at ``version`` on a copy in memory
    (a column it cannot drop as ``layout_faults.ColumnKept``), None when nothing (or when
    the layout cannot be made again apart from its rows)."""
    from bounceback_tui.store.layout_faults import put_right

    order = ("table", "index", "view", "trigger")
    made = sorted(made, key=lambda row: order.index(row[0]) if row[0] in order else len(order))
    copy = sqlite3.connect(":memory:", isolation_level=None, factory=HeldConnection)
    try:
        try:
            for _kind, sql in made:
                copy.execute(sql)
            copy.execute(f"PRAGMA user_version = {int(version)}")
        except sqlite3.Error:
            return None  # its layout cannot be made again apart: `repair` tries it whole
        copy.execute("BEGIN")
        try:
            put_right(copy)
        except sqlite3.Error as exc:
            return exc
        finally:
            if copy.in_transaction:
                copy.execute("ROLLBACK")
    finally:
        copy.close()
    return None


def column_kept_back(conn: sqlite3.Connection) -> str | None:
    """Why `repair` would not put right the store open on ``conn`` (read only: its schema),
    only for a column SQLite cannot drop ("the column application.zz_base cannot be removed:
    …"); None otherwise. Anything else SQLite met is its own words, not a reason to tell a
    refused write that `repair` cannot remove what it found: `repair` says what it met."""
    from bounceback_tui.store.layout_faults import ColumnKept

    met = put_right_met(*schema_of(conn))
    return KEPT_BACK.format(column=met.column) if isinstance(met, ColumnKept) else None
