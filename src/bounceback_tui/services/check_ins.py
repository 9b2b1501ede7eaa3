"""Saving the daily check-in: at most one per day, editable."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from bounceback_tui import clock
from bounceback_tui.domain.check_in import MOODS, CheckInInput
from bounceback_tui.domain.wording import gone_elsewhere
from bounceback_tui.store.cas import checked_optional, refresh_version, row_of
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import CheckIn

_MOOD_WORDS = dict(MOODS)


@dataclass(frozen=True)
class SavedCheckIn:
    """A day's check-in as saved, with the version a later save names."""

    day: date
    mood: int
    note: str
    version: int


def _saved(row: CheckIn) -> SavedCheckIn:
    return SavedCheckIn(row.day, row.mood, row.note, row.version)


def _which(day: date) -> str:
    return "Today's check-in" if day == clock.today() else f"The check-in for {day:%-d %B}"


def _changed(day: date, row: CheckIn | None) -> str:
    if row is None:  # (not reached: a check-in that is gone is "deleted", see below)
        return gone_elsewhere(_which(day))
    mood = f"{row.mood} ({_MOOD_WORDS.get(row.mood, '?')})"
    return f"{_which(day)} was saved in another window: {mood}."


def save_check_in(
    db: Database, day: date, data: CheckInInput, *, expected_version: int | None = None
) -> SavedCheckIn:
    """Create the day's check-in or replace it (one transaction); what is returned
    carries its new version.

    ``expected_version`` is the version the form read: 0 when there was no check-in yet
    (another window's check-in then raises ConflictError instead of being replaced),
    None to write whatever is there."""
    with db.write() as session:
        row = checked_optional(
            session,
            CheckIn,
            day,
            expected_version,
            changed=lambda now: _changed(day, now),
            gone=gone_elsewhere(_which(day)),
        )
        if row is None:
            row = CheckIn(day=day, mood=data.mood, note=data.note)
            session.add(row)
            session.flush()
            return _saved(row)
        row.mood = data.mood
        row.note = data.note
        row.updated_at = clock.now()
        refresh_version(session, row)
        return _saved(row)


def check_in_of(columns: Mapping[str, object]) -> CheckInInput:
    """A check-in as a conflict found it (``ConflictError.current``: its columns): what
    its form would show of it now (the conflict dialog names the fields that changed)."""
    row = row_of(CheckIn, columns)
    return CheckInInput(mood=row.mood, note=row.note)


def get_check_in(db: Database, day: date) -> tuple[CheckInInput, int] | None:
    """The day's check-in and its version, or None if there is none (the form's reload)."""
    with db.read() as session:
        row = session.get(CheckIn, day)
        if row is None:
            return None
        return CheckInInput(mood=row.mood, note=row.note), row.version
