"""A day in an application's stage history that another program wrote over goes out of a CSV
export as the other columns' unreadable dates do: left out, named on stderr, and the row
comes back on import.

The history's moves were joined in SQL as written ("Screening soon"), so the cell read
"Applied 2026-03-16; Screening soon; Interviewing 2026-03-16": `import` refused the row (the
application stayed behind), and a day written as "soon; Offer 2026-01-01" made a move to
Offer of its own that the store never held.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY

GARBAGE = ["soon; Offer 2026-01-01", "[b]garbage[/]", 42]


def _moved_then_written_over(paths: DataPaths, garbage: object) -> int:
    """An application applied, then screened, then interviewing, all today; the move to
    Screening's day then written over by another connection."""
    db = Database(paths.database)
    try:
        app = add_application(
            db, ApplicationInput(company="Globex", role="Engineer", date_applied=FIXED_TODAY)
        )
        assert app.id is not None
        moves.move_stage(db, app.id, Stage.SCREENING)
        moves.move_stage(db, app.id, Stage.INTERVIEWING)
    finally:
        db.dispose()
    with sqlite3.connect(paths.database) as conn:
        changed = conn.execute(
            "UPDATE stage_change SET changed_on = ? WHERE application_id = ? AND to_stage = ?",
            (garbage, app.id, Stage.SCREENING.value),
        ).rowcount
    conn.close()
    assert changed == 1
    return app.id


@pytest.mark.parametrize("garbage", GARBAGE, ids=repr)
def test_an_unreadable_day_in_the_history_is_left_out_named_and_the_row_comes_back(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], garbage: object
) -> None:
    app_id = _moved_then_written_over(opened_paths, garbage)
    target = tmp_path / "applications.csv"
    code = main(["export", "--format", "csv", "-o", str(target)])
    said = capsys.readouterr()
    assert code == 0, said.err
    written = target.read_text(encoding="utf-8")
    (row,) = list(csv.DictReader(io.StringIO(written)))
    day = FIXED_TODAY.isoformat()
    assert row["Stage history"] == f"{Stage.APPLIED.label} {day}; {Stage.INTERVIEWING.label} {day}"
    assert str(garbage) not in written
    assert f"application {app_id}, Stage history" in said.err, said.err
    assert "could not be read" in said.err and str(garbage)[:10] in said.err, said.err

    fresh = tmp_path / "fresh"
    code = main(["import", str(target), "--yes", "--data-dir", str(fresh)])
    said = capsys.readouterr()
    assert code == 0, said.out + said.err
    with sqlite3.connect(fresh / "bounceback.sqlite3") as conn:
        back = conn.execute("SELECT to_stage FROM stage_change ORDER BY id").fetchall()
    conn.close()
    assert [stage for (stage,) in back] == [Stage.APPLIED.value, Stage.INTERVIEWING.value]


def test_to_the_terminal_the_history_day_is_named_too(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _moved_then_written_over(opened_paths, "soon")
    assert main(["export", "--format", "csv", "-o", "-"]) == 0
    said = capsys.readouterr()
    assert "soon" not in said.out
    assert f"application {app_id}, Stage history" in said.err, said.err
