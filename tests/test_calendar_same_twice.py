"""Two calendar files written from unchanged data are the same file, but for DTSTAMP.

A stranger's walk: `calendar -o FILE.ics` wrote its VTIMEZONE blocks in a different order each
run (icalendar adds the zones an event uses from a set, whose order changes from one Python
process to the next), so two writes of the same data differed in hundreds of lines. The
blocks are now in TZID order. DTSTAMP stays the moment the file was written
(transfer/ics_export.py says why).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database

# Six zones: written in set order, they came out in TZID order about once in 720 runs.
ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Asia/Tokyo",
    "Australia/Sydney",
    "America/Chicago",
    "Africa/Lagos",
]


def _interviews_in_six_zones(db: Database, today: date) -> None:
    app = add_application(db, ApplicationInput(company="Acme", role="Engineer"))
    assert app.id is not None
    for n, zone in enumerate(ZONES):
        day = (today + timedelta(days=2 + n)).isoformat()
        values = {"kind": "technical", "day": day, "at": "10:00", "zone": zone}
        interviews.add_interview(db, app.id, validate_interview(values, today))


def _write(data_dir: Path, target: Path, seed: str) -> bytes:
    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(src)}
    command = ["--data-dir", str(data_dir), "calendar", "-o", str(target), "--force"]
    done = subprocess.run(
        [sys.executable, "-m", "bounceback_tui", *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return target.read_bytes()


def _without_dtstamp(ics: bytes) -> list[bytes]:
    return [line for line in ics.split(b"\r\n") if not line.startswith(b"DTSTAMP:")]


def test_two_writes_of_unchanged_data_differ_only_in_dtstamp(db: Database, tmp_path: Path) -> None:
    _interviews_in_six_zones(db, date.today())  # the command below runs on the real clock
    data_dir = db.path.parent
    first = _write(data_dir, tmp_path / "one.ics", "1")
    second = _write(data_dir, tmp_path / "two.ics", "2")  # another set order, before
    assert _without_dtstamp(first) == _without_dtstamp(second)
    zones = [str(tz["TZID"]) for tz in Calendar.from_ical(first).walk("VTIMEZONE")]
    assert zones == [
        "Africa/Lagos",
        "America/Chicago",
        "America/New_York",
        "Asia/Tokyo",
        "Australia/Sydney",
        "Europe/Berlin",
    ]
