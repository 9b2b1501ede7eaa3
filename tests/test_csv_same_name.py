"""A name without an email is the person of that name (a stranger's round trip, item 3).

A CSV import made a new person for every row naming someone without an email: "Kim Lee" on
two rows made two people, and importing another file naming her made a third. A name now
finds the one person of that name (case and spaces aside) when no email says otherwise; when
two people share it, the plan says so and the row is linked to neither.
"""

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

HEADER = "Company,Role,Contact name,Contact email\n"


def _import(tmp_path: Path, name: str, rows: str, *more: str) -> int:
    source = tmp_path / name
    source.write_text(HEADER + rows, encoding="utf-8")
    return main(["import", str(source), "--yes", *more])


def _links(database: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(database) as conn:
        return conn.execute(
            "SELECT a.company, c.name, c.email FROM application_contact l "
            "JOIN application a ON a.id = l.application_id JOIN contact c ON c.id = l.contact_id "
            "ORDER BY a.company"
        ).fetchall()


def _people(database: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT name, email FROM contact ORDER BY id").fetchall()


def test_one_name_on_two_rows_and_in_a_second_file_is_one_person(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    assert _import(tmp_path, "one.csv", "Acme,Engineer,Kim Lee,\nInitech,Analyst,Kim Lee,\n") == 0
    assert _people(opened_paths.database) == [("Kim Lee", "")]
    assert _import(tmp_path, "two.csv", "Globex,Engineer,kim  LEE,\n") == 0
    assert _people(opened_paths.database) == [("Kim Lee", "")]
    assert _links(opened_paths.database) == [
        ("Acme", "Kim Lee", ""),
        ("Globex", "Kim Lee", ""),
        ("Initech", "Kim Lee", ""),
    ]


def test_an_email_beside_the_name_of_a_person_without_one_is_theirs(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    assert _import(tmp_path, "one.csv", "Acme,Engineer,Kim Lee,\n") == 0
    assert _import(tmp_path, "two.csv", "Initech,Analyst,Kim Lee,kim@example.com\n") == 0
    assert _people(opened_paths.database) == [("Kim Lee", "kim@example.com")]
    # Another email beside the name is another person.
    assert _import(tmp_path, "three.csv", "Globex,Analyst,Kim Lee,other@example.com\n") == 0
    assert _people(opened_paths.database) == [
        ("Kim Lee", "kim@example.com"),
        ("Kim Lee", "other@example.com"),
    ]


def test_a_name_two_people_share_is_said_in_the_plan_and_linked_to_neither(
    opened_paths: DataPaths, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for email in ("kim@acme.example", "kim@initech.example"):
        values = {"name": "Kim Lee", "kind": "recruiter", "email": email}
        people_edits.add_contact(db, validate_contact(values, FIXED_TODAY))
    capsys.readouterr()
    assert _import(tmp_path, "one.csv", "Globex,Engineer,Kim Lee,\n", "--dry-run") == 0
    said = capsys.readouterr().out
    assert "People not linked" in said
    assert (
        "line 2: 2 people in your store are named Kim Lee; the row is linked to neither. "
        "Link the right one in People (l)." in said
    )
    assert _import(tmp_path, "one.csv", "Globex,Engineer,Kim Lee,\n") == 0
    assert _links(opened_paths.database) == []
    assert _people(opened_paths.database) == [
        ("Kim Lee", "kim@acme.example"),
        ("Kim Lee", "kim@initech.example"),
    ]
