"""A row whose stored values cannot be read (a start another program overwrote with
"[b]garbage[/]", a length not a number): said in its place, never a crash and never left
out as if it were not there. Today, `bounceback-tui today` and the Pipeline's detail say
it in the same words (plain text: the caller keeps it plain, never markup)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from bounceback_tui.domain.text import app_name, clip_name
from bounceback_tui.stored_dates import stored_day, stored_moment

__all__ = [
    "UNREADABLE_DAY",
    "UnreadableInterview",
    "as_typed",
    "day_or_unreadable",
    "left_as_stored",
    "quoted",
    "stored_day",
    "stored_moment",
]

# Where a row's day goes (a list's date column), for a day that could not be read: as wide
# as the day it stands for (2026-03-16), so the columns stay where they are.
UNREADABLE_DAY = "unreadable"

# The value as stored, quoted short: enough to recognise it, never a screen of it.
VALUE_CELLS = 24
# The value as stored, in a form's field to be seen and mended: all of it, up to a line's
# worth of lines (what another program wrote can be any length).
FIELD_CELLS = 300


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


def as_typed(value: object) -> str:
    """A stored value that is not a day, as an edit form's field shows it to be seen and
    corrected: the text stored, on one line (``clip_name``: never markup, never a control
    character), cut short only past ``FIELD_CELLS``."""
    return clip_name(value, FIELD_CELLS)


def left_as_stored(
    values: Mapping[str, str], shown: Mapping[str, str]
) -> tuple[dict[str, str], frozenset[str]]:
    """A form's ``values`` read with each field that still shows the value stored (``shown``:
    the fields whose stored value is not a day, each as ``as_typed`` showed it) as empty,
    and the names of those fields: left as they are stored, never written. A field changed
    (a day typed over it, or emptied) is the person's, and written as any other."""
    left = frozenset(name for name, text in shown.items() if values.get(name) == text)
    return {**values, **dict.fromkeys(left, "")}, left
