"""An interview by a clock change lasts its own length in a calendar app.

A tester in New York had an interview at 01:30 on 7 Nov 2027, the first of the two 01:30s
(EDT), for 60 minutes: `calendar -o -` wrote it from 01:30 to 02:30 local time, two real
hours, because the end was the start's wall time plus an hour. London's 31 Oct 01:15 did
the same, and an interview at 00:30 on 28 Mar 2027 (clocks go forward at 01:00) ended at
01:30, a time that does not exist there. Here each event's start and end are read back as
instants, and a wall time that happens twice is written in UTC (its TZID time could be
either).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database


@pytest.fixture
def machine_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The machine's own zone (TZ) and the person's both set to one place."""

    def move(zone: str, today: datetime) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        clock.freeze(today, tz=zone)

    try:
        yield move
    finally:
        monkeypatch.undo()
        time.tzset()


def _interview_at(paths: DataPaths, utc: datetime, zone: str, minutes: int) -> None:
    db = Database(paths.database)
    try:
        app = add_application(db, ApplicationInput(company="Driftwood Games", role="Engineer"))
    finally:
        db.dispose()
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute(
            "INSERT INTO interview (uid, application_id, kind, starts_at, zone, length_minutes, "
            "created_at, updated_at) VALUES ('clock-change', ?, 'video', ?, ?, ?, ?, ?)",
            (app.id, f"{utc:%Y-%m-%d %H:%M:%S}", zone, minutes, f"{clock.now()}", f"{clock.now()}"),
        )
    conn.close()


def _event(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> tuple[str, object]:
    from icalendar import Calendar

    code = main(["--data-dir", str(paths.data_dir), "calendar", "-o", "-", "--days", "14"])
    said = capsys.readouterr()
    assert code == 0, said.err
    events = [
        e
        for e in Calendar.from_ical(said.out).walk("VEVENT")
        if str(e["uid"]).startswith("clock-change")
    ]
    assert len(events) == 1, said.out
    return said.out.replace("\r\n ", "").replace("\r\n", "\n"), events[0]


@pytest.mark.parametrize(
    ("zone", "starts_utc"),
    [
        ("America/New_York", datetime(2027, 11, 7, 5, 30)),  # 01:30 EDT, the first 01:30
        ("America/New_York", datetime(2027, 11, 7, 6, 30)),  # 01:30 EST, the second
        ("Europe/London", datetime(2027, 10, 31, 0, 15)),  # 01:15 BST, the first 01:15
        ("Europe/London", datetime(2027, 3, 28, 0, 30)),  # 00:30 GMT, an hour before 02:00
    ],
)
def test_an_interview_by_a_clock_change_lasts_its_own_length(
    opened_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    machine_in: object,
    zone: str,
    starts_utc: datetime,
) -> None:
    machine_in(zone, starts_utc - timedelta(days=3))  # type: ignore[operator]
    _interview_at(opened_paths, starts_utc, zone, 60)
    text, event = _event(opened_paths, capsys)
    starts = event["dtstart"].dt  # type: ignore[index]
    ends = event["dtend"].dt  # type: ignore[index]
    assert starts.astimezone(UTC) == starts_utc.replace(tzinfo=UTC), text
    assert ends.astimezone(UTC) - starts.astimezone(UTC) == timedelta(minutes=60), text


def test_a_wall_time_that_happens_twice_is_written_in_utc(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], machine_in: object
) -> None:
    machine_in("America/New_York", datetime(2027, 11, 4, 9, 0))  # type: ignore[operator]
    _interview_at(opened_paths, datetime(2027, 11, 7, 5, 30), "America/New_York", 60)
    text = _event(opened_paths, capsys)[0]
    # 01:30 EDT to 01:30 EST: both wall times happen twice that night.
    assert "DTSTART:20271107T053000Z\n" in text
    assert "DTEND:20271107T063000Z\n" in text


def test_an_end_after_the_clocks_go_forward_is_a_time_that_exists(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], machine_in: object
) -> None:
    machine_in("Europe/London", datetime(2027, 3, 25, 9, 0))  # type: ignore[operator]
    _interview_at(opened_paths, datetime(2027, 3, 28, 0, 30), "Europe/London", 60)
    text = _event(opened_paths, capsys)[0]
    assert "DTSTART;TZID=Europe/London:20270328T003000\n" in text
    assert "DTEND;TZID=Europe/London:20270328T023000\n" in text  # 01:30 GMT is 02:30 BST
