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

import contextlib
import os
from datetime import UTC, date, datetime, time
from pathlib import Path
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
    global _zone
    if not name:
        _zone = None
        return
    from zoneinfo import ZoneInfo

    _zone = ZoneInfo(name)


def zone() -> ZoneInfo:
    """The person's time zone: a fixed one, else the system's (``TZ``, /etc/localtime),
    else UTC."""
    global _detected
    if _zone is not None:
        return _zone
    if _detected is None:
        _detected = _detect_zone()
    return _detected


def zone_name() -> str:
    return zone().key


def _detect_zone() -> ZoneInfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    candidates: list[str] = []
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        candidates.append(tz)
    try:
        target = Path("/etc/localtime").resolve()
        parts = target.parts
        if "zoneinfo" in parts:
            candidates.append("/".join(parts[parts.index("zoneinfo") + 1 :]))
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return ZoneInfo("UTC")
