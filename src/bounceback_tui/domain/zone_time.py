"""An interview's stored instant as a wall-clock time: in a zone, and in its own zone beside
the person's. Apart from domain/interviews.py (which names them too) so that Today's first
frame, which says when its interviews are, does not import the forms' rules with them
(answers, links, line fields: about 9 ms on the main thread before the first frame)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bounceback_tui.domain.zones import knows_zone, load_zone


def in_zone(starts_at_utc: datetime, zone: str | ZoneInfo) -> datetime:
    """A stored UTC instant as the wall-clock time in ``zone`` (aware); in UTC when this
    machine does not know ``zone`` (a store from another machine may name one)."""
    tz = zone if isinstance(zone, ZoneInfo) else load_zone(zone)
    try:
        return starts_at_utc.replace(tzinfo=UTC).astimezone(tz or UTC)
    except OverflowError:  # stored at the very end (or start) of time: shown in UTC
        return starts_at_utc.replace(tzinfo=UTC)


def own_time(
    starts_at_utc: datetime, typed_zone: str, viewer: ZoneInfo, *, short: bool = False
) -> str:
    """The interview's own time when its zone is another than the person's ('15:30
    Europe/Berlin', with its day when that is another: 'Sat 13 Mar 21:30 America/New_York'),
    else "". ``short`` names the zone by its place and leaves out the year ('10:00 New
    York'): Today's line, narrower than People's detail."""
    if typed_zone == viewer.key or not knows_zone(typed_zone):  # an unknown one: yours alone
        return ""
    mine = in_zone(starts_at_utc, viewer)
    theirs = in_zone(starts_at_utc, typed_zone)
    name = typed_zone.rpartition("/")[2].replace("_", " ") if short else typed_zone
    if theirs.date() != mine.date():  # its year too, if another ("Thu 31 Dec 2026")
        their_year = f" {theirs.year}" if theirs.year != mine.year and not short else ""
        day = f"{theirs:%a} {theirs.day} {theirs:%b}{their_year} " if not short else ""
        day = day or f"{theirs:%a} "
        return f"{day}{theirs:%H:%M} {name}"
    if theirs.utcoffset() != mine.utcoffset():
        return f"{theirs:%H:%M} {name}"
    return ""
