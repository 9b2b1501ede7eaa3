"""Thought records (the Reframe pane's exercise), their feelings and thinking traps."""

from __future__ import annotations

from sqlmodel import col, select

from bounceback_tui.store.database import Database
from bounceback_tui.store.models import ThoughtRecord


def list_records(db: Database) -> list[ThoughtRecord]:
    """Every thought record, newest first."""
    with db.read() as session:
        return list(
            session.exec(
                select(ThoughtRecord).order_by(
                    col(ThoughtRecord.created_at).desc(), col(ThoughtRecord.id).desc()
                )
            )
        )
