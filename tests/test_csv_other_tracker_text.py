"""Another tracker's CSV gets the form's cleaning of its notes, as before the round trip fix.

Keeping a note exactly as written is for the app's own export, so that it round-trips
(tests/test_csv_round_trip_exact.py). A file from another tracker had its notes, its
description and its rejection reason stored as written too: "Cafe" with its accent as a
second character (NFD), and a lone "\\r" (an old Mac line ending), which the forms never
store. It now gets what the form gives for the same text: the accent composed into one
character, every line ending a "\\n", no spaces at the ends.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.recovery import insert_imported_rejections
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.csv_write import write_csv_plan
from tests.conftest import FIXED_TODAY

WRITTEN = "  Cafe\u0301 on Monday\ra\rb  "
AS_THE_FORM_SAVES = "Caf\u00e9 on Monday\na\nb"


def _stored(paths: DataPaths, tmp_path: Path) -> tuple[str, str, str]:
    path = tmp_path / "other-tracker.csv"
    quoted = '"' + WRITTEN + '"'
    path.write_bytes(
        (
            "Company,Job Title,Status,Date Applied,Notes,Job Description,Rejection reason\n"
            f"Acme,Engineer,Rejected,2026-03-02,{quoted},{quoted},{quoted}\n"
        ).encode()
    )
    plan = plan_csv_import(path, paths.database, today=FIXED_TODAY)
    assert not plan.bad and len(plan.rows) == 1
    db = Database(paths.database)
    try:
        assert write_csv_plan(db, plan, record_rejections=insert_imported_rejections) == 1
    finally:
        db.dispose()
    with sqlite3.connect(paths.database) as conn:
        notes, description = conn.execute("SELECT notes, description FROM application").fetchone()
        (reason,) = conn.execute("SELECT reason FROM rejection").fetchone()
    conn.close()
    return notes, description, reason


def test_another_tracker_s_text_is_stored_as_the_form_saves_it(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    assert _stored(opened_paths, tmp_path) == (AS_THE_FORM_SAVES,) * 3
