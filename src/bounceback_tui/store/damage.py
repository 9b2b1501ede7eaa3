"""Whether an error is SQLite reporting a damaged file, and the one sentence for it.

Kept apart from sqlite_file.py (which opens and checks the file) so that it stays within 400
lines; the standard library only, like it.
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


def damaged_error(path: Path, exc: BaseException) -> StoreDamagedError:
    """The one sentence for damage met while reading or writing the store at ``path``."""
    if isinstance(exc, StoreDamagedError):
        return exc
    reason = _sqlite_reason(exc)
    return StoreDamagedError(
        f"The store at {path} is damaged inside (SQLite says: {reason}). It was left untouched."
    )


def _sqlite_reason(exc: BaseException) -> str:
    current: BaseException | None = exc
    while current is not None and not isinstance(current, sqlite3.Error):
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return str(current or exc).splitlines()[0] if str(current or exc) else "unknown damage"
