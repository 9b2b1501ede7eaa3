"""`TZ=""` (set, and empty) is UTC, as glibc reads it, not the system's zone.

glibc's tzset reads an empty TZ as "Universal": `TZ= date` prints UTC on a machine whose
/etc/localtime is Kiritimati. The app read an empty TZ as no TZ at all and took
/etc/localtime, so its days and times were the system's while libc's (and `date`'s) were
UTC. A TZ of ":" alone is still the system's zone (glibc: an empty file name is the default).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bounceback_tui import local_zone

KIRITIMATI = "Pacific/Kiritimati"  # UTC+14: far from UTC on every day


@pytest.fixture
def system_far_away(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """/etc/localtime reads as Kiritimati (this machine's may be UTC, where the two agree)."""
    if local_zone.load_zone(KIRITIMATI) is None:
        pytest.skip("no zone database")
    # Without a TZ naming one, the only path named is /etc/localtime's (resolved).
    monkeypatch.setattr(local_zone, "_name_in_zoneinfo", lambda _path: KIRITIMATI)
    yield monkeypatch
    monkeypatch.undo()
    time.tzset()


def _offset(value: str, monkeypatch: pytest.MonkeyPatch) -> timedelta | None:
    monkeypatch.setenv("TZ", value)
    time.tzset()
    return datetime(2026, 12, 8, 12, tzinfo=UTC).astimezone(local_zone.detect_zone()).utcoffset()


def test_an_empty_tz_is_utc(system_far_away: pytest.MonkeyPatch) -> None:
    assert _offset("", system_far_away) == timedelta(0)
    assert time.localtime().tm_gmtoff == 0  # libc's own reading, the one the app follows
    assert local_zone.detect_zone().key == "UTC"


def test_no_tz_and_a_bare_colon_are_the_systems_zone(system_far_away: pytest.MonkeyPatch) -> None:
    assert _offset(":", system_far_away) == timedelta(hours=14)
    system_far_away.delenv("TZ")
    assert datetime(2026, 12, 8, tzinfo=UTC).astimezone(local_zone.detect_zone()).utcoffset() == (
        timedelta(hours=14)
    )
