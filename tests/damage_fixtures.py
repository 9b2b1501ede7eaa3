"""Stores that are damaged inside: a sound header and schema, broken pages under a table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui.paths import DataPaths


def fold_wal(path: Path) -> None:
    """Fold the WAL into the file, so that damaging the file damages what is read."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def damage_tables(path: Path, *tables: str) -> int:
    """Overwrite every page of ``tables`` (their b-trees, not the schema) with noise.

    The header, ``sqlite_schema`` and the other tables stay readable, so the store
    opens and passes the launch's identity checks; reading these tables fails with
    "database disk image is malformed". Returns how many pages were damaged.
    """
    fold_wal(path)
    conn = sqlite3.connect(path)
    try:
        marks = ",".join("?" for _ in tables)
        pages = [
            row[0]
            for row in conn.execute(f"SELECT pageno FROM dbstat WHERE name IN ({marks})", tables)
        ]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert pages, f"no pages found for {tables}"
    data = bytearray(path.read_bytes())
    for number in pages:
        start = (number - 1) * size
        data[start : start + size] = b"\x13\x37" * (size // 2)
    path.write_bytes(bytes(data))
    return len(pages)


def damaged_store(paths: DataPaths) -> DataPaths:
    """A demo store whose applications (and their index on stage) cannot be read."""
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.store.sqlite_file import open_store
    from tests.built_stores import store_once

    open_store(paths)
    store_once(paths, fill_demo, 120, force=True)
    damage_tables(paths.database, "application")
    return paths


def quick_check(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
