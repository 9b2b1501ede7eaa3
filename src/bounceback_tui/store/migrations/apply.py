"""Running one migration: read only when a store is behind this version (sqlite_file.open_store)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from bounceback_tui.errors import StoreError


def apply_migration(
    conn: sqlite3.Connection, version: int, upgrade: Callable[[sqlite3.Connection], None]
) -> None:
    """One migration, one transaction: all of it or none of it.

    Foreign keys are off while it runs (SQLite ignores the switch inside a transaction,
    so it is flipped around it): a migration that rebuilds a table drops the old one,
    and with them on, that DROP would cascade into the children. Every reference is
    checked with ``PRAGMA foreign_key_check`` before the commit instead.
    """
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            upgrade(conn)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreError(
                    f"Upgrading the store to version {version} would leave rows pointing at "
                    f"missing ones (first in {problems[0][0]}); the store was left as it was."
                )
            conn.execute(f"PRAGMA user_version = {int(version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
