"""Read-only aggregate queries over the standard library's sqlite3.

The Today screen and `bounceback-tui today` read through here so that the first
paint never waits for SQLModel: each query is one aggregate or a short, indexed
list, whatever the size of the store. A test runs every query against a store
built by the migrations, so this module and the SQLModel schema cannot drift.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bounceback_tui.store.sqlite_file import connect


@dataclass(frozen=True)
class DueFollowUp:
    application_id: int
    company: str
    role: str
    due_on: date


@dataclass(frozen=True)
class DueStep:
    step_id: int
    rejection_id: int
    title: str
    company: str
    due_on: date


class FastReader:
    """A read-only connection for one screenful of aggregates. Close it when done."""

    def __init__(self, db_path: Path) -> None:
        self.conn: sqlite3.Connection = connect(db_path, read_only=True)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> FastReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _one(self, sql: str, *params: Any) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def setting(self, key: str, default: Any) -> Any:
        raw = self._one("SELECT value FROM setting WHERE key = ?", key)
        if raw is None:
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def application_count(self) -> int:
        return int(self._one("SELECT count(*) FROM application"))

    def last_rejection_on(self) -> date | None:
        value = self._one("SELECT max(rejected_on) FROM rejection")
        return date.fromisoformat(value) if value else None

    def applications_sent_between(self, start: date, end: date) -> int:
        """Applications with a date applied in [start, end]."""
        return int(
            self._one(
                "SELECT count(*) FROM application WHERE date_applied BETWEEN ? AND ?",
                start.isoformat(),
                end.isoformat(),
            )
        )

    def follow_ups_due(self, today: date, limit: int = 20) -> list[DueFollowUp]:
        rows = self.conn.execute(
            "SELECT id, company, role, next_follow_up FROM application "
            "WHERE next_follow_up IS NOT NULL AND next_follow_up <= ? "
            "AND stage NOT IN ('rejected', 'withdrawn', 'ghosted', 'accepted') "
            "ORDER BY next_follow_up, id LIMIT ?",
            (today.isoformat(), limit),
        ).fetchall()
        return [DueFollowUp(r[0], r[1], r[2], date.fromisoformat(r[3])) for r in rows]

    def recovery_steps_due(self, today: date, limit: int = 20) -> list[DueStep]:
        """Undone steps of open plans whose suggested day has come."""
        rows = self.conn.execute(
            "SELECT s.id, r.id, s.title, r.company, "
            "date(r.rejected_on, '+' || s.offset_days || ' days') AS due "
            "FROM recovery_step s JOIN rejection r ON r.id = s.rejection_id "
            "WHERE s.done_at IS NULL AND r.plan_completed_at IS NULL AND due <= ? "
            "ORDER BY due, s.position LIMIT ?",
            (today.isoformat(), limit),
        ).fetchall()
        return [DueStep(r[0], r[1], r[2], r[3], date.fromisoformat(r[4])) for r in rows]
