"""The calendar file takes back what has gone, and its SEQUENCE never goes down
(domain/calendar_memory.py, services/calendar_export.py).

A stranger's walk (seventeenth round): an interview deleted simply vanished from the next
file (a calendar that imported the first kept it for good), and after a rejection and its
undo the interview went out with SEQUENCE 3 after a cancelled SEQUENCE 4 (a calendar keeps
the higher: cancelled for good); the plan's recovery steps vanished the same way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application, update_application
from bounceback_tui.services.pipeline_moves import undo_rejection
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_NOW, FIXED_TODAY


class Exports:
    """`calendar -o FILE` as a person runs it, one file after another."""

    def __init__(self, paths: DataPaths, tmp_path: Path) -> None:
        self.paths, self.tmp_path, self.count = paths, tmp_path, 0

    def __call__(self, days: int = 90) -> dict[str, dict[str, str]]:
        self.count += 1
        target = self.tmp_path / f"calendar-{self.count}.ics"
        where = ["--data-dir", str(self.paths.data_dir), "--days", str(days)]
        assert main(["calendar", "-o", str(target), *where]) == 0
        events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
        return {
            str(e["UID"]).removesuffix("@bounceback-tui"): {
                "sequence": str(int(e["SEQUENCE"])),
                "status": str(e.get("STATUS", "")),
                "summary": str(e["SUMMARY"]),
            }
            for e in events
        }


def _interview(db: Database, app_id: int, day: str = "2026-03-20") -> tuple[int, str]:
    values = {"kind": "onsite", "day": day, "at": "10:00", "zone": "Europe/London"}
    interview_id = interviews.add_interview(db, app_id, validate_interview(values, FIXED_TODAY))
    with sqlite3.connect(db.path) as conn:
        (uid,) = conn.execute("SELECT uid FROM interview WHERE id = ?", (interview_id,)).fetchone()
    conn.close()
    return interview_id, str(uid)


def _app(db: Database) -> int:
    app = add_application(db, ApplicationInput(company="Northwind", role="Analyst"))
    assert app.id is not None
    return app.id


def test_a_deleted_interview_goes_out_cancelled_and_an_undo_brings_it_back_higher(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    export = Exports(opened_paths, tmp_path)
    interview_id, uid = _interview(db, _app(db))
    first = export()[uid]
    assert (first["sequence"], first["status"]) == ("0", "")
    deleted = interviews.delete_interview(db, interview_id)
    gone = export()[uid]
    assert (gone["sequence"], gone["status"]) == ("1", "CANCELLED")
    assert gone["summary"] == first["summary"]
    again = export()[uid]  # said again, for a calendar that missed the last file
    assert (again["sequence"], again["status"]) == ("1", "CANCELLED")
    interviews.restore_interview(db, deleted)  # u
    back = export()[uid]
    assert (back["sequence"], back["status"]) == ("2", "")


def test_an_undone_rejection_never_lowers_the_sequence(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    export = Exports(opened_paths, tmp_path)
    app_id = _app(db)
    _interview_id, uid = _interview(db, app_id)
    before = int(export()[uid]["sequence"])
    result = update_application(
        db,
        app_id,
        ApplicationInput(company="Northwind", role="Analyst", stage=Stage.REJECTED),
        RejectionInput(rejected_on=FIXED_TODAY, stage_reached=Stage.INTERVIEWING),
    )
    off = export()
    assert off[uid]["status"] == "CANCELLED"
    steps = {u for u, e in off.items() if e["summary"].startswith("Recovery: ")}
    assert steps  # the plan's steps are in the calendar
    assert int(off[uid]["sequence"]) > before
    assert result.receipt is not None
    undo_rejection(db, result.receipt)
    back = export()
    assert back[uid]["status"] == ""
    assert int(back[uid]["sequence"]) > int(off[uid]["sequence"])
    # The plan went with the undo: its steps go out cancelled, one higher.
    for step in steps:
        assert back[step]["status"] == "CANCELLED"
        assert int(back[step]["sequence"]) == int(off[step]["sequence"]) + 1


def test_a_past_event_is_forgotten_and_one_beyond_the_days_is_kept(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    export = Exports(opened_paths, tmp_path)
    app_id = _app(db)
    _soon, soon_uid = _interview(db, app_id, "2026-03-18")
    _later, later_uid = _interview(db, app_id, "2026-04-10")
    assert {soon_uid, later_uid} <= set(export(90))
    # Fewer days: the later one lies beyond them, so it is not taken back.
    assert later_uid not in export(10)
    # A week on, the first is past: neither taken back nor said again.
    clock.freeze(FIXED_NOW.replace(day=23), tz="Europe/London")
    now = export(90)
    assert soon_uid not in now
    assert now[later_uid]["status"] == ""


def test_the_command_says_what_it_took_back(
    opened_paths: DataPaths, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = Exports(opened_paths, tmp_path)
    interview_id, _uid = _interview(db, _app(db))
    export()
    interviews.delete_interview(db, interview_id)
    capsys.readouterr()
    export()
    said = capsys.readouterr().out
    assert "Wrote 0 interviews and 0 reminders" in said
    assert said.rstrip().endswith("1 that went since the last file goes out cancelled.")


def test_the_apps_export_remembers_too(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    # The export screen writes through services/exports, not the command: a file written
    # from the app counts as the last file as well.
    import io

    from bounceback_tui.services.exports import write_export

    interview_id, uid = _interview(db, _app(db))
    write_export(db.path, "calendar", io.StringIO(), lambda *_: None)
    interviews.delete_interview(db, interview_id)
    gone = Exports(opened_paths, tmp_path)()[uid]
    assert (gone["sequence"], gone["status"]) == ("1", "CANCELLED")


def test_a_hand_edited_memory_is_read_as_far_as_it_makes_sense() -> None:
    from bounceback_tui.domain.calendar_memory import read_memory

    good = ["Onsite: Acme", "2026-03-20T10:00:00+00:00", "2026-03-20T11:00:00+00:00", 2, "ab"]
    value = {
        "good": good,
        "bad start": ["x", "2026-03-20garbage", "2026-03-21", 0, "ab"],
        "bad end": ["x", "2026-03-20", "soon", 0, "ab"],
        "no zone": ["x", "2026-03-20T10:00:00", "2026-03-20T11:00:00", 0, "ab"],
        "bad number": ["x", "2026-03-20", "2026-03-21", -1, "ab"],
        "a flag": ["x", "2026-03-20", "2026-03-21", True, "ab"],
        "short": ["x", "2026-03-20"],
    }
    assert list(read_memory(value)) == ["good"]
    assert read_memory(["not", "a", "mapping"]) == {}


def test_an_export_over_a_hand_edited_memory_still_writes_its_file(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    from bounceback_tui.services.settings import save_setting

    _interview(db, _app(db))
    save_setting(db, "calendar_events", {"x": ["x", "2026-03-20garbage", "?", 0, ""]})
    assert len(Exports(opened_paths, tmp_path)()) == 1


def test_an_evening_west_of_utc_is_taken_back_on_its_own_day(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    # The last stranger (seventeenth round): in Honolulu, an interview at 20:00 today (06:00
    # tomorrow in UTC) was written with --days 0, deleted, and the next --days 0 file did not
    # take it back: its UTC day lay beyond the window.
    clock.freeze(FIXED_NOW, tz="Pacific/Honolulu")
    export = Exports(opened_paths, tmp_path)
    values = {"kind": "onsite", "day": "today", "at": "20:00", "zone": "Pacific/Honolulu"}
    app_id = _app(db)
    interview_id = interviews.add_interview(db, app_id, validate_interview(values, FIXED_TODAY))
    with sqlite3.connect(db.path) as conn:
        (uid,) = conn.execute("SELECT uid FROM interview").fetchone()
    conn.close()
    assert export(0)[uid]["status"] == ""
    interviews.delete_interview(db, interview_id)
    assert export(0)[uid]["status"] == "CANCELLED"
