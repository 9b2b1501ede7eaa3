"""SQLite's check for damage, told apart from another program's index the app cannot use.

An index another program made with a function of its own (``CREATE INDEX zz_i ON
application(zz_fn(company))``, made by a connection that had ``zz_fn``) cannot be read by
the app, which has no such function: SQLite's integrity check stops on it with "unknown
function: zz_fn()". The copy `repair` keeps first (and those before `import --replace`,
`demo --force` and a restore, which keep the store whole) was then called "damaged inside"
and not kept, and a backup holding one was refused as damaged, though every row was whole.

Such a complaint is not damage. When it is the only one, the file is checked without that
index: SQLite's quick check of the whole file (every page, every table and index b-tree),
then the integrity check with such indexes dropped, on a copy (never on the store itself: in
a transaction rolled back on a copy of the app's own making, else in memory), so every
other index, the app's own on the same table too, is still compared with its rows. Each
table carrying such an index was passed over whole, and the app's own index beside it could
be out of step with its rows and pass. Any other complaint is damage, as before. Standard
library only, like file_copy.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

from bounceback_tui.store.held_files import HeldConnection

_UNKNOWN = "unknown function: "


class Verdict(NamedTuple):
    said: str  # "ok", or the first problems SQLite names, joined by "; "
    # Another program's indexes made with a function the app does not have: (index, function).
    unreadable: tuple[tuple[str, str], ...] = ()


def integrity_verdict(conn: sqlite3.Connection, most: int = 3, *, scratch: bool = False) -> Verdict:
    """SQLite's integrity check of ``conn``'s database (at most ``most`` problems), with
    another program's index the app cannot use told apart from damage. ``scratch``: ``conn``
    is a copy the caller made and may change (its change is rolled back); else the check
    without such indexes is made on a copy in memory. Raises what SQLite raises for anything
    else (a file that is not a database, damage it stops on)."""
    try:
        return Verdict(_said(conn.execute(f"PRAGMA integrity_check({int(most)})"), most))
    except sqlite3.OperationalError as exc:
        unreadable = _their_indexes(conn, exc)
        if not unreadable:
            raise
    said = _said(conn.execute(f"PRAGMA quick_check({int(most)})"), most)
    if said != "ok":
        return Verdict(said)
    if scratch:
        conn.execute("SAVEPOINT sound_check")
        try:
            return _without(conn, unreadable, most)
        finally:
            conn.execute("ROLLBACK TO sound_check")
            conn.execute("RELEASE sound_check")
    copy = sqlite3.connect(":memory:", factory=HeldConnection)  # as every connection is
    try:
        conn.backup(copy)
        return _without(copy, unreadable, most)
    finally:
        copy.close()


def _without(copy: sqlite3.Connection, unreadable: list[tuple[str, str]], most: int) -> Verdict:
    """The integrity check of ``copy`` with ``unreadable`` dropped from it, and any more such
    indexes the check then stops on."""
    found = dict.fromkeys(unreadable)
    dropped: set[str] = set()
    while True:
        for index, _function in found:
            if index not in dropped:
                copy.execute('DROP INDEX "' + index.replace('"', '""') + '"')
                dropped.add(index)
        try:
            said = _said(copy.execute(f"PRAGMA integrity_check({int(most)})"), most)
        except sqlite3.OperationalError as exc:
            more = [found_one for found_one in _their_indexes(copy, exc) if found_one not in found]
            if not more:
                raise
            found.update(dict.fromkeys(more))
            continue
        return Verdict("ok", tuple(found)) if said == "ok" else Verdict(said)


def unreadable_said(unreadable: tuple[tuple[str, str], ...]) -> str:
    """One plain sentence on ``Verdict.unreadable``, for a copy kept with such an index."""
    indexes = ", ".join(index for index, _function in unreadable)
    functions = ", ".join(dict.fromkeys(function for _index, function in unreadable))
    many = len(unreadable) > 1
    return (
        f"The copy keeps {'indexes' if many else 'an index'} ({indexes}) that another program "
        f"made with a function of its own ({functions}), which bounceback-tui cannot use: "
        f"SQLite's check for damage cannot read {'them' if many else 'it'}, and found nothing "
        "wrong with the rest."
    )


def _said(cursor: sqlite3.Cursor, most: int) -> str:
    return faults_said((row[0] for row in cursor.fetchall()), most)


# The line SQLite heads its report with, before the faults of each database it checked.
_HEADING = "*** in database "


def faults_said(lines: Iterable[object], most: int = 1) -> str:
    """SQLite's check (its rows' one column) as a person is told it: "ok", or its first
    ``most`` faults joined by "; " ("On tree page 42 cell 1: Offset 65535 out of range…"),
    without the "*** in database main ***" heading it puts before them: `backup` and the
    launch screen quoted that heading alone, which tells nothing (issue 15 §4). A row can
    hold several lines (the heading and the faults under it, one row)."""
    said = [part for line in lines for part in str(line).splitlines() if part.strip()]
    faults = [line for line in said if not line.startswith(_HEADING)] or said
    return "; ".join(faults[: max(1, most)])


def first_fault(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick check's first fault line for ``conn``'s database, or None when it
    finds none or cannot read it either: what names the damage when the integrity check,
    or a read, stops on it with "database disk image is malformed"."""
    try:
        said = faults_said(row[0] for row in conn.execute("PRAGMA quick_check(1)"))
    except sqlite3.DatabaseError:
        return None
    return None if said == "ok" else said


def _their_indexes(conn: sqlite3.Connection, exc: sqlite3.Error) -> list[tuple[str, str]]:
    """The indexes made with the function ``exc`` says SQLite does not know, with its name;
    [] when ``exc`` says something else, or no index uses it (a view's, a table's own check:
    not told apart)."""
    message = str(exc)
    if not message.startswith(_UNKNOWN) or not message.endswith("()"):
        return []
    function = message[len(_UNKNOWN) : -2]
    if not function:
        return []
    import re

    calls = re.compile(rf"(?<![\w$]){re.escape(function)}\s*\(", re.IGNORECASE)
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall()
    return [(str(name), function) for name, sql in rows if sql and calls.search(str(sql))]
