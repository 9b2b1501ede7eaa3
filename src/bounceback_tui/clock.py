"""The app's notion of "today" and "now", in one place so tests and screenshots can freeze it.

Everything that asks for the date goes through here rather than calling
``date.today()`` directly.
"""

from __future__ import annotations

from datetime import date, datetime, time

_frozen: datetime | None = None


def now() -> datetime:
    """Local wall-clock time, without a timezone (stored as such)."""
    return _frozen if _frozen is not None else datetime.now().replace(microsecond=0)


def today() -> date:
    return now().date()


def freeze(moment: date | datetime | None) -> None:
    """Fix the clock (tests, screenshots); ``None`` lets it run again."""
    global _frozen
    if moment is None or isinstance(moment, datetime):
        _frozen = moment
    else:
        _frozen = datetime.combine(moment, time(9, 0))
