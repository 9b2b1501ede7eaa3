"""What about a store's layout `repair` puts right, and how it is said.

Not only what the app does not make at all (another program's trigger, table, view or
index): one of the app's own triggers, indexes or views REPLACED under its own name (a
stranger's walk: `application_version` made to rewrite links and delete every skill on one
edit), or DROPPED (two windows overwrote each other without a word: the version trigger was
gone), and a column added to one of its tables (`alter table application add column
zz_extra`), which `backup` and `export` refused while `repair` could not mend it. Each is a
``Fault``: nothing is written while one is there (store/foreign_guard.py), the launch says
so, a backup's copy is put right, and `repair` drops what is not the app's (a column with
SQLite's ``ALTER TABLE … DROP COLUMN``) and makes its own again as its migrations make them.
Standard library only (restore and the JSON import run without the ORM).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import NamedTuple

from bounceback_tui.store.layout_read import DROP_ORDER, expected_layout, latest_version, layout_of

FOREIGN, CHANGED, MISSING = "foreign", "changed", "missing"
_OWN_KINDS = ("index", "view", "trigger")  # made again in this order: a trigger last


class Fault(NamedTuple):
    kind: str  # trigger, view, index, table, column
    name: str  # as written; a column as "table.column"
    state: str  # FOREIGN (not the app's), CHANGED (the app's name, not its definition), MISSING


def layout_faults(conn: sqlite3.Connection) -> list[Fault]:
    """What `repair` puts right in ``conn`` at its schema version: what the app does not make
    (triggers and views first, then indexes, tables, columns), then its own triggers, indexes
    and views changed or missing. A table or column of the app's missing, or a table not as
    it makes it, is not here (``layout_problem`` says it: a backup is the way back)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    want, have = expected_layout(version), layout_of(conn)
    foreign = [
        Fault(part.kind, part.written, FOREIGN)
        for name, part in have.items()
        if name not in want and part.kind in DROP_ORDER
    ]
    foreign.sort(key=lambda f: (DROP_ORDER.index(f.kind), f.name.lower()))
    if not 0 < version <= latest_version():  # a layout this version does not know whole
        return foreign
    columns: list[Fault] = []
    own: list[Fault] = []
    for name, part in want.items():
        found = have.get(name)
        if part.kind == "table":
            if found is not None and found.kind == "table":
                columns += [
                    Fault("column", f"{part.written}.{column}", FOREIGN)
                    for column in found.columns
                    if column not in part.columns
                ]
        elif found is None:
            own.append(Fault(part.kind, part.written, MISSING))
        elif found.kind == part.kind and (found.sql, found.table) != (part.sql, part.table):
            own.append(Fault(part.kind, part.written, CHANGED))
    return foreign + columns + own


class ColumnKept(sqlite3.OperationalError):
    """A column the app does not make that SQLite cannot drop (something else in the store
    uses it: a generated column, an index, a constraint): SQLite's words, and which one
    (``column``, "table.column")."""

    def __init__(self, message: str, column: str) -> None:
        super().__init__(message)
        self.column = column


def put_right(conn: sqlite3.Connection) -> list[Fault]:
    """Inside the caller's transaction: drop what ``layout_faults`` names that is not the
    app's (triggers and views first, so none fires while the rest goes; a column last),
    then make the app's own changed or missing ones as its migrations make them. What was
    put right. SQLite's error comes out as it is (a column it cannot drop as ``ColumnKept``):
    roll back."""
    faults = layout_faults(conn)
    if not faults:
        return []
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    want = expected_layout(version)
    dropped = [f for f in faults if f.state != MISSING and f.kind != "column"]
    dropped.sort(key=lambda f: DROP_ORDER.index(f.kind))
    for fault in dropped:  # an index goes with its table
        conn.execute(f"DROP {fault.kind.upper()} IF EXISTS {_quoted(fault.name)}")
    for fault in faults:
        if fault.kind == "column":
            table, column = fault.name.split(".", 1)
            try:
                conn.execute(f"ALTER TABLE {_quoted(table)} DROP COLUMN {_quoted(column)}")
            except sqlite3.OperationalError as exc:
                raise ColumnKept(str(exc), fault.name) from exc
    made = [f for f in faults if f.state != FOREIGN]
    made.sort(key=lambda f: _OWN_KINDS.index(f.kind))
    for fault in made:
        conn.execute(want[fault.name.lower()].source)
    return faults


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def an(kind: str) -> str:
    """ "a trigger", "an index"."""
    return ("an " if kind[:1] in "aeiou" else "a ") + kind


def repaired_sentence(faults: list[Fault], done: str = "Removed") -> str:
    """ "Removed what the app does not make: trigger zz_evil, column application.zz_extra.
    Put back as the app makes it: trigger application_version." (``done``: "Left out" for
    a backup's copy)."""
    gone = [f"{f.kind} {f.name}" for f in faults if f.state == FOREIGN]
    back = [f"{f.kind} {f.name}" for f in faults if f.state != FOREIGN]
    said = []
    if gone:
        said.append(f"{done} what the app does not make: " + ", ".join(gone) + ".")
    if back:
        said.append("Put back as the app makes it: " + ", ".join(back) + ".")
    return " ".join(said)


class Told(NamedTuple):
    what: str  # "has a trigger (zz_evil) that bounceback-tui does not make"
    until: str  # "it is removed", "that is put right"
    fix: str  # "removes it", "puts that right"


def told(faults: list[Fault], clip: Callable[[str], str], verb: str = "has") -> Told:
    """The pieces every sentence about ``faults`` is made of (the launch's notice, a write
    refused, `backup` refused): names clipped by ``clip``, plain text."""

    def listed(state: str) -> tuple[str, int]:
        things = [f"{an(f.kind)} ({clip(f.name)})" for f in faults if f.state == state]
        if len(things) <= 1:
            return "".join(things), len(things)
        return ", ".join(things[:-1]) + " and " + things[-1], len(things)

    parts = []
    foreign, many = listed(FOREIGN)
    if foreign:
        parts.append(f"{verb} {foreign} that bounceback-tui does not make")
    changed, count = listed(CHANGED)
    if changed:
        them = "it" if count == 1 else "them"
        parts.append(f"{verb} {changed} changed from how bounceback-tui makes {them}")
    missing, _ = listed(MISSING)
    if missing:
        parts.append(f"is missing {missing} that bounceback-tui makes")
    what = ", and ".join(parts) if len(parts) > 2 else " and ".join(parts)
    if changed or missing:
        return Told(what, "that is put right", "puts that right")
    one = many == 1
    return Told(
        what, "it is removed" if one else "they are removed", f"removes {'it' if one else 'them'}"
    )
