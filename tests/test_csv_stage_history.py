"""A CSV round trip keeps each application's stage history (a lead's walk): `export --format
csv` then `import` into a fresh store gave each application only its current stage, so "In
stage N days", the days to a first reply, the rates by stage reached and What's working's flow
came out different. The file carries the moves in one column a person can read and edit
("Applied 2026-03-02; Screening 2026-03-09"), and a file without it imports as before."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.transfer.csv_export import COLUMNS
from tests.conftest import FIXED_NOW, FIXED_ZONE
from tests.csv_sheets import written_sheet

D = date


def _on(day: date) -> None:
    clock.freeze(datetime.combine(day, FIXED_NOW.time()), tz=FIXED_ZONE)


def _fill(paths: DataPaths) -> None:
    """Applications that moved on different days: replies, an interview, noes at different
    stages, one still waiting, one saved and sent later."""
    db = Database(paths.database)

    def add(company: str, role: str, applied: date, stage: Stage = Stage.APPLIED) -> int:
        _on(applied)
        data = ApplicationInput(company=company, role=role, stage=stage, date_applied=applied)
        return add_application(db, data).id

    def move(app_id: int, to: Stage, on: date) -> None:
        _on(on)
        moves.move_stage(db, app_id, to)

    def no(app_id: int, on: date, reached: Stage) -> None:
        _on(on)
        moves.mark_rejected(db, app_id, RejectionInput(on, reached, reason="Went another way"))

    acme = add("Acme", "Data Analyst", D(2026, 1, 5))
    move(acme, Stage.SCREENING, D(2026, 1, 12))
    move(acme, Stage.INTERVIEWING, D(2026, 1, 20))
    move(acme, Stage.OFFER, D(2026, 2, 2))
    beta = add("Beta", "Backend Engineer", D(2026, 1, 8))
    move(beta, Stage.SCREENING, D(2026, 1, 30))
    no(beta, D(2026, 2, 6), Stage.SCREENING)
    gamma = add("Gamma", "Data Analyst", D(2026, 2, 1))
    no(gamma, D(2026, 2, 3), Stage.APPLIED)
    delta = add("Delta", "Product Designer", D(2026, 2, 10))
    move(delta, Stage.SCREENING, D(2026, 3, 2))
    move(delta, Stage.INTERVIEWING, D(2026, 3, 9))
    add("Epsilon", "Backend Engineer", D(2026, 2, 12))  # quiet since
    saved = add("Zeta", "Data Analyst", D(2026, 2, 20), Stage.SAVED)
    _on(D(2026, 2, 25))
    moves.move_stage(db, saved, Stage.APPLIED)
    move(saved, Stage.SCREENING, D(2026, 3, 4))
    eta = add("Eta", "Backend Engineer", D(2026, 2, 14))
    move(eta, Stage.WITHDRAWN, D(2026, 2, 28))
    # Today too: the import is today's action in the other store (Today's streak, its welcome).
    move(delta, Stage.OFFER, FIXED_NOW.date())
    db.dispose()
    clock.freeze(FIXED_NOW, tz=FIXED_ZONE)


def _printed(capsys: pytest.CaptureFixture[str], *command: str) -> str:
    capsys.readouterr()
    assert main(list(command)) == 0
    return capsys.readouterr().out


def _figures(capsys: pytest.CaptureFixture[str], paths: DataPaths) -> dict[str, str]:
    where = ("--data-dir", str(paths.data_dir))
    return {
        "today": _printed(capsys, "today", "--json", *where),
        "insights": _printed(capsys, "insights", "--json", *where),
        "flow": _printed(capsys, "insights", "--sankey", *where),
        "pipeline": _printed(capsys, "insights", *where),
    }


def _timelines(paths: DataPaths) -> list[tuple[str, str | None, str, str]]:
    with sqlite3.connect(paths.database) as conn:
        return list(
            conn.execute(
                "SELECT a.company, s.from_stage, s.to_stage, s.changed_on FROM stage_change s "
                "JOIN application a ON a.id = s.application_id ORDER BY a.company, s.id"
            )
        )


def test_figures_agree_after_a_csv_round_trip(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(opened_paths)
    before = _figures(capsys, opened_paths)
    file = tmp_path / "a.csv"
    _printed(capsys, "export", "--format", "csv", "-o", str(file))
    other = resolve_paths(tmp_path / "fresh")
    _printed(capsys, "import", "--data-dir", str(other.data_dir), "-y", str(file))

    after = _figures(capsys, other)
    for name, printed in before.items():
        assert after[name] == printed, name
    assert _timelines(other) == _timelines(opened_paths)
    # Not only equal: they come from the moves. Four went on to a screening call (Acme, Beta,
    # Delta and Zeta), and two of those to interviews (Acme and Delta).
    assert "Applied [4] Screening\n" in before["flow"]
    assert "Screening [2] Interviews\n" in before["flow"]


def test_the_file_shows_the_moves_as_a_person_reads_them(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(opened_paths)
    file = tmp_path / "a.csv"
    _printed(capsys, "export", "--format", "csv", "-o", str(file))
    rows = {row["Company"]: row for row in csv.DictReader(io.StringIO(file.read_text()))}
    assert rows["Acme"]["Stage history"] == (
        "Applied 2026-01-05; Screening 2026-01-12; Interviewing 2026-01-20; Offer 2026-02-02"
    )
    assert rows["Beta"]["Stage history"] == (
        "Applied 2026-01-08; Screening 2026-01-30; Rejected 2026-02-06"
    )
    assert rows["Zeta"]["Stage history"] == (
        "Saved 2026-02-20; Applied 2026-02-25; Screening 2026-03-04"
    )
    assert rows["Epsilon"]["Stage history"] == "Applied 2026-02-12"


def _import(paths: DataPaths, tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    file = written_sheet(tmp_path, text)
    capsys.readouterr()
    main(["import", "--data-dir", str(paths.data_dir), "-y", str(file)])
    return capsys.readouterr().out


def test_a_history_typed_in_a_spreadsheet_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve_paths(tmp_path / "store")
    open_store(paths)
    sheet = (
        "Company,Role,Status,Date applied,Stage history\n"
        "Acme,Analyst,Interviewing,2026-02-02,Applied 2026-02-02;  phone screen 9 Feb 2026 ;"
        " Interviewing: 2026-02-16\n"
        "Beta,Engineer,Rejected,2026-02-03,Applied 2026-02-03; Screening 2026-02-10; "
        "Rejected 2026-02-20\n"
        "Gamma,Designer,Applied,2026-02-04,\n"
    )
    _import(paths, tmp_path, sheet, capsys)
    assert _timelines(paths) == [
        ("Acme", None, "applied", "2026-02-02"),
        ("Acme", "applied", "screening", "2026-02-09"),
        ("Acme", "screening", "interviewing", "2026-02-16"),
        ("Beta", None, "applied", "2026-02-03"),
        ("Beta", "applied", "screening", "2026-02-10"),
        ("Beta", "screening", "rejected", "2026-02-20"),
        ("Gamma", None, "applied", "2026-02-04"),  # no history: its one entry, as before
    ]
    with sqlite3.connect(paths.database) as conn:
        # The no is on the day of its last move, and got as far as the stage before it.
        assert conn.execute("SELECT rejected_on, stage_reached FROM rejection").fetchall() == [
            ("2026-02-20", "screening")
        ]


def test_a_file_without_the_column_imports_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve_paths(tmp_path / "store")
    open_store(paths)
    sheet = (
        "Company,Role,Stage,Date applied,Rejected on,Got as far as\n"
        "Acme,Analyst,Screening,2026-02-02,,\n"
        "Beta,Engineer,Rejected,2026-02-03,2026-02-20,Interviewing\n"
    )
    _import(paths, tmp_path, sheet, capsys)
    assert _timelines(paths) == [
        ("Acme", None, "screening", "2026-02-02"),
        ("Beta", None, "interviewing", "2026-02-03"),
        ("Beta", "interviewing", "rejected", "2026-02-20"),
    ]


def test_a_history_that_cannot_be_read_is_a_row_to_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve_paths(tmp_path / "store")
    open_store(paths)
    sheet = (
        "Company,Role,Stage,Date applied,Stage history\n"
        "Beta,Engineer,Screening,2026-02-03,Applied 2026-02-03; Screening soon\n"
        "Delta,Engineer,Screening,2026-02-03,Applied 2026-02-03; Screening 2026-04-01\n"
        "Gamma,Designer,Applied,2026-02-04,Applied 2026-02-04\n"
    )
    out = _import(paths, tmp_path, sheet, capsys)
    assert "line 2: Stage history: 'Screening soon' is not a stage and its day" in out
    assert "line 3: Stage history: Screening 2026-04-01 is in the future" in out
    assert _timelines(paths) == [("Gamma", None, "applied", "2026-02-04")]


def test_a_stage_changed_without_its_move_keeps_both_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Stage edited in the sheet, the move not added: the import says so, and guesses no
    day for the move."""
    paths = resolve_paths(tmp_path / "store")
    open_store(paths)
    sheet = (
        "Company,Role,Stage,Date applied,Stage history\n"
        "Acme,Analyst,Offer,2026-02-02,Applied 2026-02-02; Screening 2026-02-09\n"
    )
    out = _import(paths, tmp_path, sheet, capsys)
    assert "1 row has a Stage history that ends at another stage than its Stage (line 2)" in out
    assert _timelines(paths) == [
        ("Acme", None, "applied", "2026-02-02"),
        ("Acme", "applied", "screening", "2026-02-09"),
    ]
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT stage FROM application").fetchall() == [("offer",)]


def test_an_export_from_before_the_column_is_still_read_as_the_apps_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its doubled ";" in a name is the name's own, as in the export it was."""
    paths = resolve_paths(tmp_path / "store")
    open_store(paths)
    headers = [header for header, _, _ in COLUMNS if header != "Stage history"]
    row = dict.fromkeys(headers, "")
    row.update(
        {"Company": "Acme", "Role": "Analyst", "Stage": "Applied", "Date applied": "2026-02-02"}
    )
    row["Contact name"] = "Lee;; Kim"
    text = io.StringIO()
    writer = csv.DictWriter(text, headers)
    writer.writeheader()
    writer.writerow(row)
    _import(paths, tmp_path, text.getvalue(), capsys)
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT name FROM contact").fetchall() == [("Lee; Kim",)]
