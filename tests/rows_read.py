"""A spy on the check of a backup's rows (transfer/backup_rows.py), for tests that a check is
made, or not made again: each connection whose rows it checks, in order."""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.transfer import backup_rows


def rows_read(monkeypatch: pytest.MonkeyPatch) -> list[sqlite3.Connection]:
    """From now on, each connection ``backup_rows_problem`` checks is added to the list
    returned (the check itself still made)."""
    read: list[sqlite3.Connection] = []
    real = backup_rows.backup_rows_problem

    def counted(conn: sqlite3.Connection) -> str | None:
        read.append(conn)
        return real(conn)

    monkeypatch.setattr(backup_rows, "backup_rows_problem", counted)
    return read
