"""The person's time zone as this computer keeps it: the one libc (and `date`) uses.

``TZ`` first, read as libc reads it: set and empty, UTC; a leading ':' dropped, then a zone's name
(``Pacific/Kiritimati``), a zone file's path (inside a zoneinfo folder it is named by what
follows ``zoneinfo/``, or by the zone a link points to; else read from the file itself), or
a POSIX rule (``XYZ-14``, ``EST5EDT,M3.2.0,M11.1.0``). Without ``TZ``: /etc/localtime, then
/etc/timezone. A zone that cannot be read is the offset libc reports now, never UTC
unasked: a tester at UTC+14 read an interview eight hours ahead as over. ``clock.zone()``
asks here once.
"""

from __future__ import annotations

import contextlib
import io
import os
import struct
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Folders of the zone database that hold the same zones again under another name.
_VARIANTS = ("posix/", "right/")


def detect_zone() -> ZoneInfo:
    given = os.environ.get("TZ")
    if given == "":  # set and empty: glibc reads it as "Universal" (`TZ= date` says UTC)
        return ZoneInfo("UTC")
    tz = (given or "").removeprefix(":")  # ":" alone: the system's zone, as in glibc
    if tz:
        return _zone_of_tz(tz)
    candidates: list[str | None] = []
    with contextlib.suppress(OSError):
        candidates.append(_name_in_zoneinfo(Path("/etc/localtime").resolve()))
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if name and (zone := load_zone(name)) is not None:
            return zone
    return _zone_file(Path("/etc/localtime"), "localtime") or libc_zone()


def _zone_of_tz(tz: str) -> ZoneInfo:
    if tz.startswith("/"):
        path = Path(tz)
        for name in (_name_in_zoneinfo(path), _name_in_zoneinfo(_resolved(path))):
            if name and (zone := load_zone(name)) is not None:
                return zone
        return _zone_file(path, tz) or libc_zone(tz)
    if (zone := load_zone(tz)) is not None:  # a name; a rule names no file
        return zone
    ruled = _rule_zone(tz, tz)
    return ruled if ruled is not None and _agrees_with_libc(ruled) else libc_zone(tz)


def load_zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _name_in_zoneinfo(path: Path) -> str | None:
    """``Pacific/Kiritimati`` for /usr/share/zoneinfo/Pacific/Kiritimati (or its posix/
    twin); None for a path in no zoneinfo folder."""
    parts = path.parts
    if "zoneinfo" not in parts:
        return None
    name = "/".join(parts[parts.index("zoneinfo") + 1 :])
    for variant in _VARIANTS:
        name = name.removeprefix(variant)
    return name or None


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def _zone_file(path: Path, key: str) -> ZoneInfo | None:
    try:
        with path.open("rb") as file:
            return ZoneInfo.from_file(file, key=key)
    except (OSError, ValueError):
        return None


def libc_zone(key: str | None = None) -> ZoneInfo:
    """The offset libc reports for this moment as a zone (``key`` its name, else the offset
    written out: "UTC+14:00"); UTC itself when that is UTC and nothing was named."""
    offset = time.localtime().tm_gmtoff or 0
    if offset == 0 and key is None:
        return ZoneInfo("UTC")
    sign = "-" if offset < 0 else "+"
    hours, minutes = divmod(abs(offset) // 60, 60)
    written = f"{sign}{hours:02}:{minutes:02}"
    reversed_sign = "+" if offset < 0 else "-"  # POSIX counts west of Greenwich
    rule = f"<{sign}{hours:02}{minutes:02}>{reversed_sign}{hours}:{minutes:02}"
    zone = _rule_zone(rule, key or f"UTC{written}")
    return zone if zone is not None else ZoneInfo("UTC")


def no_place_said(zone: ZoneInfo, now_utc: datetime, *, then: str) -> str:
    """Where the zone is shown (the interview form's Time zone), that the computer's zone
    names no place (``XYZ-14``, a copied file) and the offset times are shown at, then
    ``then``: the field starts empty, never "UTC" unasked."""
    offset = now_utc.astimezone(zone).utcoffset() or timedelta()
    sign = "-" if offset < timedelta() else "+"
    hours, minutes = divmod(abs(int(offset.total_seconds())) // 60, 60)
    return (
        f"Your computer's time zone ({zone.key}) names no place; times are shown in it "
        f"(UTC{sign}{hours:02}:{minutes:02} now). {then}"
    )


def _agrees_with_libc(zone: ZoneInfo) -> bool:
    """Whether ``zone`` keeps libc's offset at this moment (a rule read alike by both)."""
    offset = datetime.now(zone).utcoffset()
    return offset is not None and int(offset.total_seconds()) == time.localtime().tm_gmtoff


def _rule_zone(rule: str, key: str) -> ZoneInfo | None:
    """A zone keeping a POSIX TZ rule: a zone file with no changes of its own whose footer
    is the rule (RFC 8536, version 2), which ``zoneinfo`` reads for every moment."""
    try:
        footer = rule.encode("ascii")
    except UnicodeEncodeError:
        return None
    if b"\n" in footer:
        return None
    header = b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, 0, 1, 4)
    body = struct.pack(">lBB", 0, 0, 0) + b"LMT\0"  # one time type, never used
    data = header + body + header + body + b"\n" + footer + b"\n"
    try:
        return ZoneInfo.from_file(io.BytesIO(data), key=key)
    except ValueError:
        return None
