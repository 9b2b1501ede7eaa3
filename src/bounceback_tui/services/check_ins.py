"""Saving the daily check-in: at most one per day, editable; and the low-day offer it makes,
once a day (docs/care.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from bounceback_tui import clock
from bounceback_tui.domain.care import LowDayOffer, check_in_offer
from bounceback_tui.domain.check_in import MOODS, CheckInInput
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.wording import gone_elsewhere
from bounceback_tui.store.cas import checked_optional, refresh_version, row_of
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import CheckIn

_MOOD_WORDS = dict(MOODS)
# The day today's low-day offer was made and the mood it was made for ({"day", "mood"}).
OFFERED_KEY = "low_day_offered"


@dataclass(frozen=True)
class SavedCheckIn:
    """A day's check-in as saved, with the version a later save names."""

    day: date
    mood: int
    note: str
    version: int
    offer: LowDayOffer | None = None  # what to offer now (``save_check_in``'s offer_care)


def _saved(row: CheckIn, offer: LowDayOffer | None) -> SavedCheckIn:
    return SavedCheckIn(row.day, row.mood, row.note, row.version, offer)


def _offer(session: Session, day: date, mood: int) -> LowDayOffer | None:
    """The low-day offer a check-in of ``mood`` makes on ``day``, kept as made: a later
    check-in that day (this window, another, another launch) reads it and offers nothing
    again, unless the day turns very low only then (``domain/care.check_in_offer``)."""
    from bounceback_tui.services.settings import get_setting, set_setting

    kept = get_setting(session, OFFERED_KEY)
    made = (
        kept.get("mood") if isinstance(kept, dict) and kept.get("day") == day.isoformat() else None
    )
    offer = check_in_offer(mood, made if isinstance(made, int) else None)
    if offer is not None:
        set_setting(session, OFFERED_KEY, {"day": day.isoformat(), "mood": mood})
    return offer


def _which(day: date) -> str:
    today = clock.today()
    if day == today:
        return "Today's check-in"
    return f"The check-in for {day_month(day, today, long=True)}"


def _changed(day: date, row: CheckIn | None) -> str:
    if row is None:  # (not reached: a check-in that is gone is "deleted", see below)
        return gone_elsewhere(_which(day))
    mood = f"{row.mood} ({_MOOD_WORDS.get(row.mood, '?')})"
    return f"{_which(day)} was saved in another window: {mood}."


def save_check_in(
    db: Database,
    day: date,
    data: CheckInInput,
    *,
    expected_version: int | None = None,
    offer_care: bool = False,
) -> SavedCheckIn:
    """Create the day's check-in or replace it (one transaction); what is returned
    carries its new version and, with ``offer_care`` (the check-in form), the low-day offer
    to show, recorded in the same transaction as made (``_offer``).

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
        offer = _offer(session, day, data.mood) if offer_care else None
        if row is None:
            row = CheckIn(day=day, mood=data.mood, note=data.note)
            session.add(row)
            session.flush()
            return _saved(row, offer)
        row.mood = data.mood
        row.note = data.note
        row.updated_at = clock.now()
        refresh_version(session, row)
        return _saved(row, offer)


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
