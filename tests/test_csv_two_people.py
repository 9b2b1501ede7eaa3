"""A row naming two people, as the app's own CSV export writes them ("Dana Reyes; Sam Ito"),
imports with both linked (an attacker's walk, eighteenth round: the app's export did not import
again, "The email needs a name, an @ and a domain")."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.csv_sheets import written_sheet
from tests.pipeline_fixtures import add

ROWS = (
    "Company,Role,Contact name,Contact email\n"
    "Acme,Engineer,Dana Reyes; Sam Ito,dana@example.com; sam@example.com\n"
    "Initech,Analyst,Dana Reyes,dana@example.com\n"
)


def test_both_people_are_linked(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(tmp_path, ROWS, "export.csv")
    assert main(["import", str(source), "--yes"]) == 0
    with sqlite3.connect(opened_paths.database) as conn:
        linked = conn.execute(
            "SELECT a.company, c.name, c.email FROM application_contact l "
            "JOIN application a ON a.id = l.application_id JOIN contact c ON c.id = l.contact_id "
            "ORDER BY a.company, c.name"
        ).fetchall()
    assert linked == [
        ("Acme", "Dana Reyes", "dana@example.com"),
        ("Acme", "Sam Ito", "sam@example.com"),
        ("Initech", "Dana Reyes", "dana@example.com"),
    ]


def test_a_bad_second_email_refuses_the_row_with_its_reason(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(
        tmp_path,
        "Company,Role,Contact name,Contact email\nAcme,Engineer,Dana; Sam,dana@example.com; sam\n",
        "bad.csv",
    )
    assert main(["import", str(source), "--yes"]) == 1  # its one row refused: nothing written
    said = capsys.readouterr().out
    assert "line 2: Contact email: the email needs a name" in said


def test_a_separator_left_at_the_end_is_no_part_of_a_name(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """ "Dana Reyes; " stored a person named "Dana Reyes;" with "dana@x.com;", and ";;;" one
    named ";;;" (the fourth stranger)."""
    source = written_sheet(
        tmp_path,
        "Company,Role,Contact name,Contact email\n"
        "Acme,Engineer,Dana Reyes; ,dana@example.com;\n"
        "Initech,Analyst,;;;,\n",
        "trailing.csv",
    )
    assert main(["import", str(source), "--yes"]) == 0
    with sqlite3.connect(opened_paths.database) as conn:
        people = conn.execute("SELECT name, email FROM contact ORDER BY name").fetchall()
    assert people == [("Dana Reyes", "dana@example.com")]


def test_the_apps_own_export_keeps_each_email_with_its_person(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """A person with no email left no place in the export's emails: "Sam Ito; Kim Do" beside
    "kim@x.com" gave Sam Kim's address on import (the fourth stranger)."""
    source = written_sheet(
        tmp_path,
        'Company,Role,Contact name,Contact email\nZ1,R,"Sam Ito; Kim Do","; kim@x.com"\n',
        "in.csv",
    )
    assert main(["import", str(source), "--yes"]) == 0
    exported = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "-o", str(exported)]) == 0
    again = tmp_path / "again"
    assert main(["--data-dir", str(again), "import", str(exported), "--yes"]) == 0
    with sqlite3.connect(again / "bounceback.sqlite3") as conn:
        people = conn.execute("SELECT name, email FROM contact ORDER BY name").fetchall()
    assert people == [("Kim Do", "kim@x.com"), ("Sam Ito", "")]


def _people_of_each(database: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(database) as conn:
        return conn.execute(
            "SELECT a.company, c.name, c.email FROM application_contact l "
            "JOIN application a ON a.id = l.application_id JOIN contact c ON c.id = l.contact_id "
            "ORDER BY a.company, c.name"
        ).fetchall()


def test_a_semicolon_in_a_name_comes_back_as_one_person_with_their_email(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    """A stranger's round trip: "Lee; Kim" and Sam Ito on one application came back as
    three people, "Lee" with Lee's email and "Kim" with Sam's."""
    acme = add(db, "Acme")
    for name, email in (("Lee; Kim", "lee@example.com"), ("Sam Ito", "sam@example.com")):
        values = {"name": name, "kind": "recruiter", "email": email}
        people_edits.add_contact(db, validate_contact(values, FIXED_TODAY), application_id=acme)
    exported = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "-o", str(exported)]) == 0
    assert "Lee;; Kim; Sam Ito" in exported.read_text(encoding="utf-8")
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", str(exported), "--yes"]) == 0
    assert _people_of_each(other / "bounceback.sqlite3") == [
        ("Acme", "Lee; Kim", "lee@example.com"),
        ("Acme", "Sam Ito", "sam@example.com"),
    ]


def test_a_doubled_semicolon_typed_by_hand_is_two_people(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """A file of one's own naming "Lee;; Kim" means Lee and Kim with an empty place between,
    not one person "Lee; Kim": the doubled ";" is the app's own export's way of writing a
    name's ";", and this is not that file. Each email keeps its place."""
    source = written_sheet(
        tmp_path,
        "Company,Role,Contact name,Contact email\n"
        "Acme,Engineer,Lee;; Kim,lee@example.com;; kim@example.com\n"
        "Initech,Analyst,Lee;;Kim,\n",
        "hand.csv",
    )
    assert main(["import", str(source), "--yes"]) == 0
    assert _people_of_each(opened_paths.database) == [
        ("Acme", "Kim", "kim@example.com"),
        ("Acme", "Lee", "lee@example.com"),
        ("Initech", "Kim", "kim@example.com"),
        ("Initech", "Lee", "lee@example.com"),
    ]


def test_a_file_with_the_exports_headers_keeps_a_doubled_semicolon_in_a_name(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    """The app's export, its header row as written, edited by hand: a row added there with
    "Lee;; Kim" reads as the export writes it, the one person "Lee; Kim"."""
    add(db, "Acme")
    exported = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "-o", str(exported)]) == 0
    header = exported.read_text(encoding="utf-8").splitlines()[0]
    columns = header.split(",")
    row = ["" for _ in columns]
    for name, value in (
        ("Company", "Initech"),
        ("Role", "Analyst"),
        ("Stage", "Applied"),
        ("Contact name", "Lee;; Kim; Sam Ito"),
        ("Contact email", "lee@example.com; sam@example.com"),
    ):
        row[columns.index(name)] = value
    edited = written_sheet(tmp_path, header + "\n" + ",".join(row) + "\n", "edited.csv")
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", str(edited), "--yes"]) == 0
    assert _people_of_each(other / "bounceback.sqlite3") == [
        ("Initech", "Lee; Kim", "lee@example.com"),
        ("Initech", "Sam Ito", "sam@example.com"),
    ]
