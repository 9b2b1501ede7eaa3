"""Whether an error is SQLite reporting a damaged file, and the one sentence for it.

Kept apart from sqlite_file.py (which opens and checks the file) so that it stays within 400
lines; the standard library only, like it (and sound_check, which names the fault, once
damage is met).
"""

import sqlite3
from pathlib import Path

from bounceback_tui.errors import StoreDamagedError

# SQLite's primary result codes for a file that is damaged or not a database at all.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


def is_damage(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or an error it came from) is SQLite reporting a damaged file.

    A constraint, a missing table, a locked or read-only file are not damage: only
    SQLITE_CORRUPT and SQLITE_NOTADB are. SQLAlchemy's errors are looked through
    (``orig``), and so is a StoreDamagedError already made from one.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, StoreDamagedError):
            return True
        if isinstance(exc, sqlite3.DatabaseError):
            code = getattr(exc, "sqlite_errorcode", None)
            if code is not None:
                return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
            return type(exc) is sqlite3.DatabaseError and any(
                word in str(exc).lower() for word in _DAMAGE_WORDS
            )
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False


def damaged_inside(path: Path | str, fault: str) -> str:
    """The one way a store damaged inside is said, wherever it is met (`import`, `backup`,
    `today`, `export`, the launch's store-problem screen): ``fault`` is SQLite's first fault
    line (``fault_named``). The callers add what was (not) done and the way out."""
    return f"The store at {path} is damaged inside (SQLite's check says: {fault})"


# SQLite's quick check's first fault line for a store, by its path and how it was found
# (size, time of change): a window's panes can meet the same damage many times.
_named: dict[tuple[str, int, int], str] = {}


def fault_named(path: Path, said: str) -> str:
    """SQLite's first fault line for the store at ``path`` ("Multiple uses for byte 2654 of
    page 2"), from its quick check, read-only and leaving nothing beside it; ``said`` (what
    SQLite raised, "database disk image is malformed") when the check names none. A read,
    or the integrity check's comparison of an index with its rows, stops on the damage with
    that bare sentence, which tells nothing of where it is: `import` named the fault line
    while `backup`, `today` and the launch screen said the bare one."""
    try:
        found = path.stat()
    except OSError:
        return said
    key = (str(path), found.st_size, found.st_mtime_ns)
    if key not in _named:
        _named[key] = _quick_check(path) or ""
    return _named[key] or said


def _quick_check(path: Path) -> str | None:
    """SQLite's quick check's first fault line for ``path``, read-only, as immutable when
    nothing is beside it (store/untouched_read.py, which this module cannot import: it
    imports sqlite_file, which imports this one); None when it finds none or cannot read."""
    from bounceback_tui.store.held_files import HeldConnection
    from bounceback_tui.store.sound_check import first_fault
    from bounceback_tui.store.untouched import alone

    uri = f"{path.absolute().as_uri()}?mode=ro"
    if alone(path, "-journal"):
        uri += "&immutable=1"  # nobody has it open to write: no -wal or -shm is made
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1.0, factory=HeldConnection)
    except sqlite3.Error:
        return None
    try:
        return first_fault(conn)
    finally:
        conn.close()


def damaged_error(path: Path, exc: BaseException) -> StoreDamagedError:
    """The one sentence for damage met while reading or writing the store at ``path``."""
    if isinstance(exc, StoreDamagedError):
        return exc
    fault = fault_named(path, _sqlite_reason(exc))
    return StoreDamagedError(f"{damaged_inside(path, fault)}. It was left untouched.")


def _sqlite_reason(exc: BaseException) -> str:
    current: BaseException | None = exc
    while current is not None and not isinstance(current, sqlite3.Error):
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return str(current or exc).splitlines()[0] if str(current or exc) else "unknown damage"
