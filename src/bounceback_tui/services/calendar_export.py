"""Keeping what a calendar file held, so the next file can cancel what has gone
(domain/calendar_memory.py): one setting, written after the file is."""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.domain.calendar_memory import SETTING_KEY, memory_value
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.ics_export import CalendarSummary


def remember_calendar(db_path: Path, summary: CalendarSummary) -> bool:
    """Remember the events ``summary``'s file held; False when the store could not be
    written (read-only, full): the file is written all the same, and the next one then
    cancels only what this one's predecessor held."""
    db = Database(db_path)
    try:
        save_setting(db, SETTING_KEY, memory_value(summary.memory))
    except BouncebackError:
        return False
    finally:
        db.dispose()
    return True
