"""Keeping what a calendar file held, so the next file can cancel what has gone
(domain/calendar_memory.py): one setting, written after the file is."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from bounceback_tui.domain.calendar_memory import SETTING_KEY, memory_value
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.ics_export import CalendarSummary, export_calendar


def write_calendar(db_path: Path, out: TextIO, days: int) -> CalendarSummary:
    """The calendar of the next ``days`` days into ``out``, then remembered for the next
    file (the command and the app's export both write it so)."""
    summary = export_calendar(db_path, out, days)
    remember_calendar(db_path, summary)
    return summary


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
