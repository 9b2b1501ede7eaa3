"""Saving the daily check-in: at most one per day, editable."""

from __future__ import annotations

from datetime import date

from bounceback_tui import clock
from bounceback_tui.domain.check_in import CheckInInput
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import CheckIn


def save_check_in(db: Database, day: date, data: CheckInInput) -> CheckIn:
    """Create today's check-in or replace it (one transaction)."""
    with db.write() as session:
        row = session.get(CheckIn, day)
        if row is None:
            row = CheckIn(day=day, mood=data.mood, note=data.note)
            session.add(row)
        else:
            row.mood = data.mood
            row.note = data.note
            row.updated_at = clock.now()
        return row
