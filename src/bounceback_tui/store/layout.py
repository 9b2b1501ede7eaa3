"""Is a store's layout the one the app makes? Its tables (and their columns), indexes,
triggers and views against those the migrations build for its schema version, on an empty
store in memory (made once per version a process asks about).

A backup is put back whole: a trigger or view of another program's came back with it, fired
on every later add, and spread into every later backup; a column dropped made every launch
fail (an attacker's walk). A backup whose layout is not the app's is refused before
anything changes, but one that only has more (a trigger, table, view or index the app does
not make) is put back without them; `backup` and `export` leave such a thing out of what they
write (the store is left as it is), and nothing is written to it (store/foreign_guard.py).
Standard library only (restore runs without the ORM); reads the schema, never a row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.errors import (
    CHOOSE_ANOTHER,
    LayoutHeldError,
    StoreError,
    UnreadableBackupError,
)
from bounceback_tui.store.foreign_guard import REPAIR, clipped_name
from bounceback_tui.store.held_files import HeldConnection
from bounceback_tui.store.layout_check import layout_problem
from bounceback_tui.store.layout_read import latest_version
from bounceback_tui.store.untouched_read import read_untouched

if TYPE_CHECKING:
    from bounceback_tui.store.layout_faults import Fault


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
            f"The backup {path.name} is damaged and cannot be read; nothing was changed.",
            choose_another=CHOOSE_ANOTHER,
        ) from exc
    if found is not None:
        raise UnreadableBackupError(
            f"The backup {path.name} was not made by bounceback-tui, or was changed since: "
            f"{found}; nothing was changed.",
            listed="not made by bounceback-tui, cannot be used",
            choose_another=CHOOSE_ANOTHER,
        )


def kept_column(backup: Path, exc: sqlite3.Error) -> UnreadableBackupError | None:
    """The refusal of a backup whose copy could not be put right for a column added that
    SQLite cannot drop (``layout_faults.ColumnKept``); None for any other error (damage)."""
    from bounceback_tui.store.layout_faults import ColumnKept

    if not isinstance(exc, ColumnKept):
        return None
    return UnreadableBackupError(
        f"The backup {backup.name} was not made by bounceback-tui, or was changed since: it "
        f"has a column {exc.column} the app does not make, which cannot be left out: "
        "something else in the backup uses it; nothing was changed.",
        listed="not made by bounceback-tui, cannot be used",
        choose_another=CHOOSE_ANOTHER,
    )


def require_column_droppable(backup: Path) -> None:
    """Refuse (``kept_column``'s refusal, nothing changed) a backup a restore could not put
    right for a column added that SQLite cannot drop (another column is made from it),
    found on its layout alone, in memory, its rows never read: `restore`'s list marks it,
    where it had no mark and was refused only once chosen. One whose schema cannot be read
    is left to the checks that read it."""
    from bounceback_tui.store.layout_trial import put_right_met

    try:
        version, made = read_untouched(backup, _schema_at)
    except sqlite3.Error:
        return
    if not 0 < version <= latest_version():  # a restore leaves such a copy as it is
        return
    met = put_right_met(version, made)
    if met is not None and (refused := kept_column(backup, met)) is not None:
        raise refused


def require_store_layout(db_path: Path, undone: str, repair_command: str = REPAIR) -> list[Fault]:
    """Refuse to carry on a store whose layout is not the app's: ``undone`` says what was not
    done ("backed up"); ``repair_command``: `bounceback-tui repair` as the caller names it
    (with its `--data-dir`). What the app does not make at all (another program's trigger,
    table, view or index, a column added) is not refused: a backup's copy and an export leave
    it out, and it is returned for the caller to say so. One of the app's own triggers,
    indexes or views changed or missing is refused (rows written under rules not the app's
    would be carried on as the app's), and so is any difference `repair` does not mend."""
    from bounceback_tui.store.layout_faults import FOREIGN, told

    found = store_layout_problem(db_path)
    if found is None:
        return []
    faults = store_foreign_parts(db_path)
    kept = store_layout_problem(db_path, fixable=False)
    if kept is None and faults:
        # What blocks is named first: one of the app's own changed or missing (a foreign
        # table said first read as the reason, though alone it is left out of the copy).
        blocking = [fault for fault in faults if fault.state != FOREIGN]
        if not blocking:
            return faults
        found = "it " + told(blocking, clipped_name).what
        rest = [fault for fault in faults if fault.state == FOREIGN]
        alone = "that alone" if len(rest) == 1 else "those alone"
        also = (
            f" It {told(rest, clipped_name, 'also has').what}: {alone} would be left out."
            if rest
            else ""
        )
        raise LayoutHeldError(
            f"{_not_ours(db_path, found, undone)}{also} `{repair_command}` puts that right "
            "after a backup."
        )
    # What the launch's notice says too when it finds any part not as the app makes it.
    raise (LayoutHeldError if faults else StoreError)(
        f"{_not_ours(db_path, kept or found, undone)} `{repair_command}` does not mend that: "
        "restore a backup made before it."
    )


def _not_ours(db_path: Path, found: str, undone: str) -> str:
    return (
        f"The store at {db_path} is not as bounceback-tui makes it: {found} (another "
        f"program changed it, or it came back with a backup). Nothing was {undone}: it "
        "would carry that on."
    )


def store_layout_problem(db_path: Path, *, fixable: bool = True, first: str = "") -> str | None:
    """``layout_problem`` of the store at ``db_path`` at its own schema version, read without
    changing it; None when it is the app's or cannot be read as a store (what comes next
    says so in its own words). ``fixable`` False: what `repair` puts right is not counted.
    ``first``: the table or column a failed statement named, said first when it is missing."""

    def problem(uri: str) -> str | None:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if not fixable and version > latest_version():
                # not known whole: nothing is put right
                return layout_problem(conn, version, first=first)
            return layout_problem(conn, version, extras=fixable, first=first)
        finally:
            conn.close()

    try:
        return read_untouched(db_path, problem)
    except sqlite3.Error:
        return None


def leave_out_foreign(copy: sqlite3.Connection) -> None:
    """Put a backup's copy right, in one transaction (``layout_faults.put_right``: what the
    app does not make left out, a column added dropped, its own triggers, indexes and views
    as it makes them); the store itself is left as it is: `repair` is the way to clean it. A
    copy of a version this one does not know the whole layout of is left as it is."""
    from bounceback_tui.store.layout_faults import layout_faults, put_right

    version = int(copy.execute("PRAGMA user_version").fetchone()[0])
    if not 0 < version <= latest_version() or not layout_faults(copy):
        return
    copy.execute("BEGIN IMMEDIATE")
    try:
        put_right(copy)
    except BaseException:
        copy.execute("ROLLBACK")
        raise
    copy.execute("COMMIT")


def store_foreign_parts(db_path: Path) -> list[Fault]:
    """``layout_faults`` of the store at ``db_path``, read without changing it; none when
    it cannot be read (what opens it says so in its own words)."""
    from bounceback_tui.store.layout_faults import layout_faults

    def read(uri: str) -> list[Fault]:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
        try:
            return layout_faults(conn)
        finally:
            conn.close()

    try:
        return read_untouched(db_path, read)
    except sqlite3.Error:
        return []


def drop_foreign(conn: sqlite3.Connection) -> list[Fault]:
    """``layout_faults.put_right`` inside the caller's transaction (`repair`, a restore's
    copy, `import --replace`, `demo --force`): what was put right."""
    from bounceback_tui.store.layout_faults import put_right

    return put_right(conn)


def removed_sentence(dropped: list[Fault]) -> str:
    """ "Removed what the app does not make: trigger zz_evil, table zz_extra." (and what was
    put back as the app makes it)."""
    from bounceback_tui.store.layout_faults import repaired_sentence

    return repaired_sentence(dropped)


def left_out_sentence(left_out: list[Fault]) -> str:
    """ "Left out what the app does not make: trigger zz_evil." (and what was put back)."""
    from bounceback_tui.store.layout_faults import repaired_sentence

    return repaired_sentence(left_out, "Left out")


def repair_kept_back(db_path: Path) -> str | None:
    """Why `repair` would not leave the store at ``db_path`` as the app makes it, said as a
    person would ("the column application.zz_base cannot be removed: …"), or None when it
    would (or that cannot be told: `repair` then says what it met). Tried on its layout
    alone, rows left out, in memory: the file is only read. A column SQLite cannot drop
    (another column is made from it, a foreign key) fails by its layout, never by a row."""
    from bounceback_tui.store.layout_trial import kept_back_of

    if (found := store_layout_problem(db_path, fixable=False)) is not None:
        return found

    try:
        version, made = read_untouched(db_path, _schema_at)
    except sqlite3.Error:
        return None
    return kept_back_of(version, made)


def _schema_at(uri: str) -> tuple[int, list[tuple[str, str]]]:
    """``layout_trial.schema_of`` the file at ``uri`` (read by ``read_untouched``)."""
    from bounceback_tui.store.layout_trial import schema_of

    conn = sqlite3.connect(uri, uri=True, timeout=5.0, factory=HeldConnection)
    try:
        return schema_of(conn)
    finally:
        conn.close()
