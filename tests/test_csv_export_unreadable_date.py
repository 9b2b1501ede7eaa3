"""A CSV export of an application whose date another program wrote over writes that date
empty and names it, so the row itself comes back on import.

A tester's store had `date_applied = 'soon'` on one application (another program's write):
`export --format csv` wrote "soon" in the Date applied cell, and `import` of the file then
refused that row for its date, leaving the application behind. The JSON export already keeps
such a date aside and names it (tests/test_export_unreadable_round_trip.py).
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.written_over import another_program_writes


def _store_with_soon(paths: DataPaths, column: str) -> int:
    db = Database(paths.database)
    try:
        add_application(db, ApplicationInput(company="Acme", role="Analyst"))
        app = add_application(
            db, ApplicationInput(company="Globex", role="Engineer", date_applied=FIXED_TODAY)
        )
    finally:
        db.dispose()
    assert app.id is not None
    another_program_writes(
        paths, f"UPDATE application SET {column} = 'soon' WHERE id = ?", (app.id,)
    )
    return app.id


@pytest.mark.parametrize(
    ("column", "header"),
    [("date_applied", "Date applied"), ("posted_on", "Posted on"), ("created_at", "Created")],
)
def test_an_unreadable_date_goes_out_empty_and_named_and_the_row_comes_back(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    column: str,
    header: str,
) -> None:
    app_id = _store_with_soon(opened_paths, column)
    target = tmp_path / "applications.csv"
    code = main(["export", "--format", "csv", "-o", str(target)])
    said = capsys.readouterr()
    assert code == 0, said.err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    globex = next(row for row in rows if row["Company"] == "Globex")
    assert globex[header] == ""
    assert "soon" not in target.read_text(encoding="utf-8")
    assert f"application {app_id}, {header} ('soon')" in said.err
    assert "could not be read" in said.err

    fresh = tmp_path / "fresh"
    code = main(["import", str(target), "--yes", "--data-dir", str(fresh)])
    said = capsys.readouterr()
    assert code == 0, said.out + said.err
    with sqlite3.connect(fresh / "bounceback.sqlite3") as conn:
        companies = [r[0] for r in conn.execute("SELECT company FROM application ORDER BY id")]
    conn.close()
    assert sorted(companies) == ["Acme", "Globex"]


def test_to_the_terminal_the_date_is_named_too(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _store_with_soon(opened_paths, "date_applied")
    assert main(["export", "--format", "csv", "-o", "-"]) == 0
    said = capsys.readouterr()
    assert "soon" not in said.out
    assert f"application {app_id}, Date applied ('soon')" in said.err
