"""Which versions of an application this window's own writes made, so that an undo can
tell this window's later changes from another window's.

An undo receipt holds the version its action wrote. Before, anything past it was taken for
another window's change: an edit, a move or an undone delete in this same window made `u`
say "changed in another window". Every write this handle makes goes through
``Database.write``; there, temporary triggers (they live in the connection, not in the
file, so other windows never see them) note each step of an application's version inside
the transaction, and the steps are kept here once it commits. A rolled-back write leaves
no step, because the temporary table rolls back with it. Standard library only.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import weakref

_STEPS = "bb_own_application_version"
_SETUP = (
    f"CREATE TEMP TABLE IF NOT EXISTS {_STEPS} "
    "(seq INTEGER PRIMARY KEY, row_id INTEGER, old INTEGER, new INTEGER)",
    "CREATE TEMP TRIGGER IF NOT EXISTS bb_own_application_update "
    "AFTER UPDATE OF version ON main.application WHEN NEW.version IS NOT OLD.version "
    f"BEGIN INSERT INTO {_STEPS} (row_id, old, new) VALUES (NEW.id, OLD.version, NEW.version); "
    "END",
    "CREATE TEMP TRIGGER IF NOT EXISTS bb_own_application_insert "
    "AFTER INSERT ON main.application "
    f"BEGIN INSERT INTO {_STEPS} (row_id, old, new) VALUES (NEW.id, NULL, NEW.version); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS bb_own_application_delete "
    "AFTER DELETE ON main.application "
    f"BEGIN INSERT INTO {_STEPS} (row_id, old, new) VALUES (OLD.id, OLD.version, NULL); END",
)
# Steps kept per application: far more than the undo stack's 50 entries can need.
_KEPT = 400
# Applications kept, the least lately written let go first: an import or a demo of 100,000
# rows would otherwise keep a step for each for the window's life. An application let go
# is only judged more cautiously (its undo says another window may have changed it).
_ROWS_KEPT = 2_000

Step = tuple[int | None, int | None]  # (version before, version after); None: no row


# The connections whose triggers are made: the four statements ran on every write before,
# though the temporary table and triggers last as long as the connection (a fixer's count).
_watched: weakref.WeakSet[sqlite3.Connection] = weakref.WeakSet()


def watch_connection(raw: object) -> None:
    """Make sure ``raw`` (an sqlite3 connection) notes its own steps (outside any
    transaction, so a write rolled back does not take the triggers with it): once for each
    connection, whose temporary schema keeps them. A store without applications yet:
    nothing, and the next write asks again."""
    if not isinstance(raw, sqlite3.Connection) or raw in _watched:
        return
    try:
        for statement in _SETUP:
            raw.execute(statement)
    except sqlite3.Error:
        return
    with contextlib.suppress(TypeError):  # a plain sqlite3.Connection: made again each time
        _watched.add(raw)


def take_steps(raw: object) -> list[tuple[int, Step]]:
    """The steps this transaction made (read before its commit), cleared for the next."""
    if not isinstance(raw, sqlite3.Connection):
        return []
    try:
        rows = raw.execute(f"SELECT row_id, old, new FROM temp.{_STEPS} ORDER BY seq").fetchall()
        raw.execute(f"DELETE FROM temp.{_STEPS}")
    except sqlite3.Error:
        return []
    return [(int(row_id), (old, new)) for row_id, old, new in rows]


class OwnWrites:
    """The steps of each application's version this window made, oldest first."""

    def __init__(self) -> None:
        self._steps: dict[int, list[Step]] = {}
        self._lock = threading.Lock()

    def keep(self, steps: list[tuple[int, Step]]) -> None:
        """Steps of a transaction that committed."""
        with self._lock:
            for row_id, step in steps:
                kept = self._steps.pop(row_id, None) or []  # to the end: written lately
                kept.append(step)
                del kept[:-_KEPT]
                self._steps[row_id] = kept
            for row_id in list(self._steps)[: max(0, len(self._steps) - _ROWS_KEPT)]:
                del self._steps[row_id]

    def clear(self) -> None:
        """The store was replaced: its versions mean nothing for the new one."""
        with self._lock:
            self._steps.clear()

    def made_by_me(self, application_id: int, since: int, now: int | None) -> bool:
        """Whether every change to the application from version ``since`` to ``now`` (None:
        deleted) was this window's: its own steps lead from one to the other."""
        with self._lock:
            steps = list(self._steps.get(application_id, ()))
        at: int | None = since
        for old, new in steps:
            if old == at:
                at = new
        return at == now
