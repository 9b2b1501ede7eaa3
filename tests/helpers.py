"""Small helpers shared by tests (not fixtures)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest


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


def at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The launches and store-problem screens of this test go on as at a terminal. pytest's
    captured streams are none, and a launch away from one is refused before it touches the
    store (commands.not_a_terminal, the one rule for every full screen)."""
    from bounceback_tui import commands

    monkeypatch.setattr(commands, "not_a_terminal", lambda: None)


def usual_keys(binding_id: str, usual: str) -> str:
    """The keys as a keymap that moves none has them, for a service that names a key in its
    refusals and takes them from the UI (``services/added.KeyOf``: the app's ``key_label``)."""
    return usual
