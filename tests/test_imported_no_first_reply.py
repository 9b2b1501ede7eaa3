"""An imported no with its "Rejected on" day counts its days to a first reply, as a typed one.

The twenty-fifth round's list: a CSV row at Rejected, applied on 2 February with "Rejected
on" 11 February, gave What's working no days to a first reply, where the same no recorded in
the app (applied, then marked rejected on the 11th) gives nine. The import wrote one timeline
entry, Rejected on the day of the no, and the first-reply rule
(``tests/insights_oracle.first_reply_on``) counts only a move out of Applied. It now writes
the timeline the app's own add writes: the stage the row got as far as on the day applied,
then Rejected on the day of the no. A row with no "Rejected on" still gives no days: its no
takes the date applied, and the day the answer came is not known.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import RejectionInput, validate_application
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application, update_application
from bounceback_tui.services.insights import load_insights
from bounceback_tui.services.pipeline_funnel import funnel_figures
from bounceback_tui.store.database import Database

TRACKER = (
    "Company,Position,Status,Source,Applied on,Rejected on,Got as far as\n"
    "Acme,Engineer,Rejected,Referral,2026-02-02,2026-02-11,\n"
    "Globex,Developer,Rejected,Referral,2026-02-03,,\n"  # no Rejected on: no day of a reply
    "Initech,Analyst,Rejected,Job board,2026-02-04,2026-02-20,Interviewing\n"
)


def _timeline(database: Path, company: str) -> list[tuple[str | None, str, str]]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT s.from_stage, s.to_stage, s.changed_on FROM stage_change s "
            "JOIN application a ON a.id = s.application_id WHERE a.company = ? "
            "ORDER BY s.changed_on, s.id",
            (company,),
        ).fetchall()
    connection.close()
    return rows


def _import(tmp_path: Path) -> None:
    source = tmp_path / "tracker.csv"
    source.write_text(TRACKER)
    assert main(["import", str(source), "--yes"]) == 0


def test_the_imported_no_gives_its_days_to_a_first_reply(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _import(tmp_path)
    capsys.readouterr()
    assert main(["insights", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    source = next(c for c in found["comparisons"] if c["key"] == "source")
    referral = next(g for g in source["groups"] if g["count"] == 2)
    assert referral["median_days_to_first_reply"] == 9  # Acme's 2 to 11 February; not Globex
    db = Database(opened_paths.database)
    try:
        assert funnel_figures(db).median_days_to_reply == 9  # the Pipeline's header agrees
    finally:
        db.close()


def test_the_import_writes_the_timeline_the_app_writes(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    _import(tmp_path)
    assert _timeline(opened_paths.database, "Acme") == [
        (None, "applied", "2026-02-02"),
        ("applied", "rejected", "2026-02-11"),
    ]
    assert _timeline(opened_paths.database, "Initech") == [
        (None, "interviewing", "2026-02-04"),
        ("interviewing", "rejected", "2026-02-20"),
    ]
    assert _timeline(opened_paths.database, "Globex") == [(None, "rejected", "2026-02-03")]


def test_a_no_typed_in_the_app_and_one_imported_count_alike(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """Typed: applied on 2 February, marked rejected with the day of the no, 11 February."""
    db = Database(opened_paths.database)
    try:
        values = {
            "company": "Typed Co",
            "role": "Engineer",
            "stage": "applied",
            "date_applied": "2026-02-02",
            "source": "referral",
        }
        added = add_application(db, validate_application(values, date(2026, 3, 16)))
        rejected = validate_application({**values, "stage": "rejected"}, date(2026, 3, 16))
        update_application(db, added.id, rejected, RejectionInput(date(2026, 2, 11), Stage.APPLIED))
    finally:
        db.close()
    _import(tmp_path)
    assert _timeline(opened_paths.database, "Typed Co") == _timeline(opened_paths.database, "Acme")
    view = load_insights(opened_paths.database)
    source = next(c for c in view.comparisons if c.dimension.key == "source")
    referral = next(g for g in source.groups if g.count == 3)
    assert referral.median_days_to_reply == 9  # 9 and 9; Globex gives none
