"""A row whose stored values cannot be read (a start another program overwrote with
"[b]garbage[/]", a length not a number): said in its place, never a crash and never left
out as if it were not there. Today, `bounceback-tui today` and the Pipeline's detail say
it in the same words (plain text: the caller keeps it plain, never markup)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bounceback_tui.domain.text import app_name, clip_name
from bounceback_tui.stored_dates import stored_day, stored_moment

__all__ = [
    "UNREADABLE_DAY",
    "UnreadableInterview",
    "day_or_unreadable",
    "quoted",
    "stored_day",
    "stored_moment",
]

# Where a row's day goes (a list's date column), for a day that could not be read: as wide
# as the day it stands for (2026-03-16), so the columns stay where they are.
UNREADABLE_DAY = "unreadable"

# The value as stored, quoted short: enough to recognise it, never a screen of it.
VALUE_CELLS = 24


@dataclass(frozen=True)
class UnreadableInterview:
    """An interview whose time could not be read: its application, and the start stored."""

    id: int
    application_id: int
    company: str
    role: str
    starts_at: object  # as stored: text, a number, None

    def said(self) -> str:
        """In a sentence: An interview with Copperline (Engineer) has a time that could not
        be read ('[b]garbage[/]')."""
        return (
            f"An interview with {app_name(self.company, self.role)} has a time that could "
            f"not be read ({quoted(self.starts_at)})."
        )


def quoted(value: object) -> str:
    """A stored value as it is, quoted and cut short: "'[b]garbage[/]'", "nothing"."""
    if value is None or value == "":
        return "nothing"
    return f"'{clip_name(value, VALUE_CELLS)}'"


def day_or_unreadable(day: date | None) -> str:
    """A row's day as a list shows it (2026-03-16), or "unreadable" where what is stored
    is not a day (``stored_day`` read it as None)."""
    return UNREADABLE_DAY if day is None else day.isoformat()
