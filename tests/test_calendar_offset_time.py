"""`calendar` with an interview time another program wrote with an offset
('2026-03-17T10:00:00+02:00', 08:00 UTC): the event is at that instant in a calendar app.

Before, the time was read as the machine's local time and then labelled UTC: on a machine in
Tokyo the event came out nine hours late (17:00 UTC), on one in UTC it happened to be right.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.transfer_fixtures import fill_every_table


@pytest.fixture
def machine_in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's own zone (what Python's local time is) far from UTC."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


def test_an_interview_time_with_an_offset_is_that_instant_in_the_calendar(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], machine_in_tokyo: None
) -> None:
    from icalendar import Calendar

    fill_every_table(opened_paths)
    day = clock.today() + timedelta(days=1)
    conn = sqlite3.connect(opened_paths.database)
    with conn:
        (uid,) = conn.execute(
            "SELECT uid FROM interview WHERE kind != 'take_home' ORDER BY id LIMIT 1"
        ).fetchone()
        conn.execute(
            "UPDATE interview SET starts_at = ?, zone = 'Europe/Berlin' WHERE uid = ?",
            (f"{day}T10:00:00+02:00", uid),
        )
    conn.close()
    code = main(["calendar", "-o", "-", "--data-dir", str(opened_paths.data_dir)])
    said = capsys.readouterr()
    assert code == 0, said.err
    events = [
        e for e in Calendar.from_ical(said.out).walk("VEVENT") if str(e["uid"]).startswith(uid)
    ]
    assert len(events) == 1, said.out
    starts = events[0]["dtstart"].dt
    assert starts.astimezone(UTC) == datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC)
