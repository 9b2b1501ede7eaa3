"""A store made before closing cleared a follow-up still holds days on closed applications.

Since "closing an application clears its follow-up" a no, a withdrawal, ghosted or an offer
taken lets the day go in the move's own transaction; a store made before that kept the day
(tests/test_closed_follow_up.py). Today, the `today` command, the Pipeline and the calendar
left such a day out, each by its own list of stages, but the CSV and JSON exports still
wrote it: a closed application's stale reminder, and a CSV round trip that dropped it while
a JSON one kept it. Now every read of a follow-up counts none for a closed application
(store/due_conditions.open_follow_up); the store's row is left as it is.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.calendar_export import write_calendar
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.csv_export import export_csv
from bounceback_tui.transfer.json_export import export_json
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import add

CLOSED = ("rejected", "withdrawn", "ghosted", "accepted")


@pytest.fixture
def old_store(opened_paths: DataPaths, db: Database) -> DataPaths:
    """One open application with a follow-up overdue (6 days) and one with a follow-up to
    come (20 Mar); for each way of closing, one of each too, closed the old way: the stage
    written over, the follow-up left in the row."""
    add(db, "Openco", date_applied="2026-03-01", next_follow_up="2026-03-10")
    add(db, "Openlater", date_applied="2026-03-01", next_follow_up="2026-03-20")
    closed = [
        (stage, day, add(db, company, date_applied="2026-03-01"))
        for stage in CLOSED
        for company, day in ((f"{stage}co", "2026-03-10"), (f"{stage}later", "2026-03-20"))
    ]
    with closing(sqlite3.connect(opened_paths.database)) as conn, conn:
        conn.executemany(
            "UPDATE application SET stage = ?, next_follow_up = ? WHERE id = ?", closed
        )
        held = conn.execute(
            "SELECT count(*) FROM application WHERE stage != 'applied' "
            "AND next_follow_up IS NOT NULL"
        ).fetchone()
    assert held == (8,)  # as an older store holds them
    return opened_paths


def test_todays_due_list_has_only_the_open_applications_follow_up(old_store: DataPaths) -> None:
    summary = load_today(old_store.database, FIXED_TODAY)
    titles = [item.title for item in summary.due]
    assert "Follow up with Openco (Engineer)" in titles
    assert not any("co (Engineer)" in title and "Openco" not in title for title in titles)


def test_the_today_command_lists_only_the_open_applications_follow_up(
    old_store: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["today", "--json", "--data-dir", str(old_store.data_dir)]) == 0
    due = json.loads(capsys.readouterr().out)["due"]
    follow_ups = [item["title"] for item in due if item["kind"] == "follow_up"]
    assert follow_ups == ["Follow up with Openco (Engineer)"]
    assert main(["today", "--data-dir", str(old_store.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Follow up with Openco (Engineer)" in out
    for stage in CLOSED:
        assert f"{stage}co" not in out


def test_the_pipeline_shows_no_follow_up_on_a_closed_application(
    old_store: DataPaths, db: Database
) -> None:
    shown = {row.company: row.next_follow_up for row in load_rows(db, FIXED_TODAY).rows}
    assert shown["Openco"] is not None and shown["Openlater"] is not None
    for stage in CLOSED:
        assert shown[f"{stage}co"] is None and shown[f"{stage}later"] is None


def test_the_calendar_has_only_the_open_applications_follow_up(old_store: DataPaths) -> None:
    out = io.StringIO()
    write_calendar(old_store.database, out, 90)
    text = out.getvalue()
    assert "Follow up: Openlater (Engineer)" in text
    assert "later (Engineer)" not in text.replace("Follow up: Openlater (Engineer)", "")


def test_the_csv_export_writes_no_follow_up_for_a_closed_application(
    old_store: DataPaths,
) -> None:
    out = io.StringIO()
    export_csv(old_store.database, out)
    days = {
        row["Company"]: row["Next follow-up"] for row in csv.DictReader(io.StringIO(out.getvalue()))
    }
    assert days["Openco"] == "2026-03-10" and days["Openlater"] == "2026-03-20"
    for stage in CLOSED:
        assert days[f"{stage}co"] == "" and days[f"{stage}later"] == ""


def test_the_json_export_writes_no_follow_up_for_a_closed_application(
    old_store: DataPaths,
) -> None:
    out = io.StringIO()
    export_json(old_store.database, out)
    rows = json.loads(out.getvalue())["tables"]["application"]
    days = {row["company"]: row["next_follow_up"] for row in rows}
    assert days["Openco"] == "2026-03-10" and days["Openlater"] == "2026-03-20"
    for stage in CLOSED:
        assert days[f"{stage}co"] is None and days[f"{stage}later"] is None
