"""An event's SEQUENCE rises only when the calendar says something else of it, and its
LAST-MODIFIED moves with it (transfer/ics_export.py, domain/calendar_memory.py).

A tester's exports: `calendar -o FILE.ics`, then "How did it go?" saved for the interview,
then the file again: the interview's SEQUENCE went from 0 to 1 though nothing in the event
had changed, and its LAST-MODIFIED stayed as it was. The outcome is the app's own note; the
calendar shows none of it.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.calendar_memory import Shown
from bounceback_tui.domain.interviews import validate_interview, validate_outcome
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application, update_application
from bounceback_tui.services.calendar_export import remember_calendar
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.ics_export import CalendarSummary
from tests.conftest import FIXED_NOW, FIXED_TODAY, FIXED_ZONE

# The interview was this morning, before the frozen 09:30: over, so Today asks how it went.
HELD = {"kind": "technical", "day": FIXED_TODAY.isoformat(), "at": "08:00", "zone": FIXED_ZONE}


class Interview:
    """The interview's event as each `calendar -o FILE` a person runs writes it."""

    def __init__(self, paths: DataPaths, tmp_path: Path, interview_id: int) -> None:
        self.paths, self.tmp_path, self.id, self.count = paths, tmp_path, interview_id, 0

    def exported(self) -> tuple[int, str]:
        """Its SEQUENCE and LAST-MODIFIED in a new file."""
        self.count += 1
        target = self.tmp_path / f"calendar-{self.count}.ics"
        where = ["--data-dir", str(self.paths.data_dir)]
        assert main(["calendar", "-o", str(target), *where]) == 0
        (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
        return int(event["SEQUENCE"]), event["LAST-MODIFIED"].to_ical().decode()


def _later(minutes: int) -> None:
    clock.freeze(FIXED_NOW + timedelta(minutes=minutes), tz=FIXED_ZONE)


def _set_up(db: Database) -> tuple[int, int]:
    app = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    assert app.id is not None
    return app.id, interviews.add_interview(db, app.id, validate_interview(HELD, FIXED_TODAY))


def test_how_it_went_saved_leaves_the_event_as_it_was(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    _app_id, interview_id = _set_up(db)
    files = Interview(opened_paths, tmp_path, interview_id)
    first = files.exported()
    _later(5)
    interviews.save_outcome(
        db, interview_id, validate_outcome({"note": "Went well", "rating": "4"}, close_key="Escape")
    )
    _later(10)
    assert files.exported() == first
    assert files.exported() == first  # and again


def test_a_real_change_moves_both(opened_paths: DataPaths, db: Database, tmp_path: Path) -> None:
    app_id, interview_id = _set_up(db)
    files = Interview(opened_paths, tmp_path, interview_id)
    sequence, modified = files.exported()
    _later(5)
    interviews.save_outcome(
        db, interview_id, validate_outcome({"note": "Went well"}, close_key="Escape")
    )
    # The interview itself edited: a place the calendar shows.
    _later(10)
    interviews.update_interview(
        db, interview_id, validate_interview({**HELD, "place": "Room 4"}, FIXED_TODAY)
    )
    _later(15)
    moved = files.exported()
    assert moved[0] > sequence
    assert moved[1] > modified
    assert files.exported() == moved  # nothing since: the same again
    # Its application renamed: the event's title changes, the interview's row does not.
    _later(20)
    update_application(db, app_id, ApplicationInput(company="Initrode", role="Analyst"))
    _later(25)
    renamed = files.exported()
    assert renamed[0] > moved[0]
    assert renamed[1] > moved[1]
    assert files.exported() == renamed


def test_a_file_an_older_version_remembered_keeps_its_number(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    # An older version remembered five fields, its digest over the whole event: an event
    # it wrote, unchanged since, keeps its SEQUENCE in the first file after the update.
    from bounceback_tui.store.sqlite_file import connect
    from bounceback_tui.transfer.ics_export import build_calendar

    _app_id, interview_id = _set_up(db)
    files = Interview(opened_paths, tmp_path, interview_id)
    first = files.exported()
    conn = connect(opened_paths.database, read_only=True)
    try:
        calendar, _summary = build_calendar(conn, clock.today(), 90)
    finally:
        conn.close()
    (event,) = calendar.walk("VEVENT")
    del event["DTSTAMP"], event["SEQUENCE"]
    import hashlib

    shown = Shown(
        str(event["UID"]).removesuffix("@bounceback-tui"),
        str(event["SUMMARY"]),
        event["DTSTART"].dt.isoformat(),
        event["DTEND"].dt.isoformat(),
        first[0],
        hashlib.sha256(event.to_ical()).hexdigest()[:16],
    )
    remember_calendar(opened_paths.database, CalendarSummary(memory=[shown]))
    _later(5)
    interviews.save_outcome(
        db, interview_id, validate_outcome({"note": "Went well"}, close_key="Escape")
    )
    assert files.exported() == first
