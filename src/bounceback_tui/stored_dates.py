"""The one way a stored day or moment is read, by every layer (the store's fast reads,
the services, the exports): another program can write over a date column with anything
("[b]garbage[/]", a number), and a value that is not a date is read as no date, so the row
is still read and shown, never a crash (``domain/unreadable.py`` says it where a place can).
A leaf: imports nothing of the app's."""

from __future__ import annotations

from datetime import UTC, date, datetime


def stored_day(value: object) -> date | None:
    """A day as stored (ISO text, or a date SQLite handed back as one): None when nothing
    is stored, and None too when what is stored is not a day."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    moment = stored_moment(value)  # a day stored with its time ("2026-03-16 00:00:00")
    return moment.date() if moment is not None else None


def stored_moment(value: object) -> datetime | None:
    """A moment as stored (ISO text): None when nothing, or something else, is stored."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    # Written with a zone by another program ('…Z', '…+02:00'): the app's times have none
    # (the person's local time, clock.now), and one beside the other cannot be compared.
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def stored_instant(value: object) -> datetime | None:
    """A moment the store keeps in UTC (an interview's start), naive: one another program
    wrote with an offset ('…+02:00', '…Z') is that instant in UTC, not in local time as
    ``stored_moment`` reads it (it was then labelled UTC: hours off). None as above."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
    else:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
