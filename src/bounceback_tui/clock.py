"""The app's notion of "today", "now" and the person's time zone, in one place so tests
and screenshots can freeze them.

Everything that asks for the date goes through here rather than calling
``date.today()`` directly. Times the person types and reads are their own wall-clock
time; interviews are stored as a UTC instant plus the zone they were typed in, and
shown in ``zone()``.

``zoneinfo`` is imported when a zone is first asked for: the first screen asks only for
the date, and the import costs it a millisecond or two.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

_frozen: datetime | None = None
_zone: ZoneInfo | None = None
_detected: ZoneInfo | None = None


def now() -> datetime:
    """Local wall-clock time, without a timezone (stored as such)."""
    return _frozen if _frozen is not None else datetime.now().replace(microsecond=0)


def today() -> date:
    return now().date()


def now_utc() -> datetime:
    """This moment as an aware UTC time (the local wall time read in ``zone()``)."""
    return now().replace(tzinfo=zone()).astimezone(UTC)


def freeze(moment: date | datetime | None, *, tz: str | None = None) -> None:
    """Fix the clock (tests, screenshots); ``None`` lets it run again. ``tz`` also fixes
    the zone (an IANA name such as ``Europe/Berlin``)."""
    global _frozen
    if moment is None or isinstance(moment, datetime):
        _frozen = moment
    else:
        _frozen = datetime.combine(moment, time(9, 0))
    if tz is not None or moment is None:
        set_zone(tz)


def set_zone(name: str | None) -> None:
    """Fix the person's zone (tests, the command line); ``None`` goes back to detecting it."""
    global _zone, _detected
    if not name:
        _zone = _detected = None  # detected again when next asked (TZ may have changed)
        return
    from zoneinfo import ZoneInfo

    _zone = ZoneInfo(name)


def zone() -> ZoneInfo:
    """The person's time zone: a fixed one, else the one libc uses (``local_zone.py``: TZ,
    /etc/localtime, else the offset libc reports)."""
    global _detected
    if _zone is not None:
        return _zone
    if _detected is None:
        _detected = _detect_zone()
    return _detected


def zone_name() -> str:
    return zone().key


def _detect_zone() -> ZoneInfo:
    from bounceback_tui.local_zone import detect_zone

    return detect_zone()
