"""Small helpers shared by tests (not fixtures)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content_of(path: Path, table: str, order: str = "") -> list[tuple[object, ...]]:
    """A table's rows without its ``version`` column: what the person wrote. (Every write
    moves a version forward, an undo included, so "the same again" leaves it out.)"""
    import sqlite3

    with sqlite3.connect(path) as conn:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "version"]
        listed = ", ".join(f'"{c}"' for c in columns)
        return conn.execute(f"SELECT {listed} FROM {table} {order}").fetchall()


def versions_of(path: Path, table: str) -> dict[object, int]:
    """Each row's version by its first key column."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        return dict(conn.execute(f"SELECT rowid, version FROM {table}").fetchall())
