"""A failed read through sqlite3 alone, said as the store's own reads say it.

Kept apart from failure_words.py: a table or column found missing is looked up in the store's
layout (store/layout.py), which opens the file through sqlite_file.py, which uses
failure_words.py. Standard library only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui import errors
from bounceback_tui.store.failure_words import describe_operational_error


def read_failure(
    exc: sqlite3.Error | Exception, path: Path, repair_command: str
) -> errors.StoreError:
    """A failed read said in one way for the store's own reads (store/database.py, which
    also tells damage to ``on_damage``) and for those through sqlite3 alone (What's
    working's): damage, a table or column of the app's dropped while it is open (its fix
    named with ``repair_command``, `bounceback-tui repair` as the window names it), else
    SQLite's words turned into a sentence (``describe_operational_error``). It said SQLite's
    own words: "The applications could not be read: database is locked"."""
    from bounceback_tui.store.damage import damaged_error, is_damage
    from bounceback_tui.store.missing_parts import missing_part

    if is_damage(exc):
        return damaged_error(path, exc)
    if missing := missing_part(exc, path, repair_command):
        return missing
    return errors.StoreError(describe_operational_error(exc, path))
