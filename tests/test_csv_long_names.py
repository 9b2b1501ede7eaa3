"""A CSV import takes no person's name the People form would refuse (a tester's finding, left
open in the twentieth round): a row's second and later people were added by name as written,
and the first went through the application's "Contact name", which kept 300 characters where
People keeps 200. A 10,000-character name imported, and its People form then refused to save
that person until the name was cut. Such a row is now refused with its line and column, and
nothing of it is written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from tests.conftest import FIXED_TODAY
from tests.csv_sheets import planned, written_sheet

LONG = "D" * 10_000
HEADER = "Company,Role,Contact name,Contact email\n"
FINE = "Initech,Analyst,Sam Ito,sam@example.com\n"


def _import(tmp_path: Path, rows: str, capsys: pytest.CaptureFixture[str]) -> str:
    source = written_sheet(tmp_path, HEADER + rows, "people.csv")
    assert main(["import", str(source), "--yes"]) == 0
    return capsys.readouterr().out


def _stored(paths: DataPaths) -> tuple[list[str], list[str]]:
    with sqlite3.connect(paths.database) as conn:
        companies = [r[0] for r in conn.execute("SELECT company FROM application ORDER BY 1")]
        names = [r[0] for r in conn.execute("SELECT name FROM contact ORDER BY 1")]
    return companies, names


def test_a_long_first_name_refuses_its_row_with_line_and_column(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = _import(tmp_path, f"Acme,Engineer,{LONG},dana@example.com\n{FINE}", capsys)
    assert "Rows to fix:\n  line 2: Contact name is 10,000 characters; the limit is 200" in said
    assert _stored(opened_paths) == (["Initech"], ["Sam Ito"])


def test_a_long_second_name_refuses_its_row_with_line_and_column(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = _import(
        tmp_path, f"{FINE}Acme,Engineer,Kim Do; {LONG},kim@example.com; dana@example.com\n", capsys
    )
    assert "Rows to fix:\n  line 3: Contact name is 10,000 characters; the limit is 200" in said
    assert _stored(opened_paths) == (["Initech"], ["Sam Ito"])


def test_a_second_name_with_a_control_character_is_refused_as_the_first_would_be(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = _import(tmp_path, f"Acme,Engineer,Kim Do; Dana\x1bReyes,\n{FINE}", capsys)
    assert "line 2: Contact name contains control characters; remove them" in said
    assert _stored(opened_paths) == (["Initech"], ["Sam Ito"])


def test_names_of_the_peoples_limit_import_and_one_more_character_does_not(
    tmp_path: Path,
) -> None:
    at_limit, over = "D" * 200, "E" * 201
    plan = planned(
        tmp_path,
        HEADER
        + f"Acme,Engineer,{at_limit},\n"
        + f"Globex,Engineer,Kim Do; {at_limit},\n"
        + f"Hooli,Engineer,{over},\n"
        + f"Umbrella,Engineer,Kim Do; {over},\n",
        name="edges.csv",
    )
    assert [row.line for row in plan.rows] == [2, 3]
    assert plan.rows[0].data.contact_name == at_limit
    assert plan.rows[1].more_people == ((at_limit, ""),)
    assert [(p.line, p.reason) for p in plan.bad] == [
        (4, "Contact name is 201 characters; the limit is 200"),
        (5, "Contact name is 201 characters; the limit is 200"),
    ]


def test_a_person_added_by_a_long_email_alone_gets_a_name_people_keeps(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An email may be 254 characters, a name 200: a person added by an email alone is named
    by it, and a 254-character name was refused by the People form."""
    first = "a" * 242 + "@example.com"  # 254 characters, the longest People takes
    second = "b" * 242 + "@example.com"
    rows = f"Acme,Engineer,,{first}\nInitech,Analyst,Kim Do; ,kim@example.com; {second}\n"
    _import(tmp_path, rows, capsys)
    with sqlite3.connect(opened_paths.database) as conn:
        people = conn.execute("SELECT name, email FROM contact ORDER BY name").fetchall()
    assert people == [("Kim Do", "kim@example.com"), ("a" * 200, first), ("b" * 200, second)]
    # The People form saves that person as they are.
    assert validate_contact({"name": "a" * 200, "email": first}, FIXED_TODAY).name == "a" * 200


def test_the_pipeline_forms_contact_name_keeps_the_peoples_limit() -> None:
    """The name typed there becomes a person's: 250 characters were taken, and People then
    refused that person."""
    with pytest.raises(ValidationError) as refused:
        validate_application(
            {"company": "Acme", "role": "Engineer", "contact_name": "D" * 250}, FIXED_TODAY
        )
    assert [(e.field, e.message) for e in refused.value.errors] == [
        ("contact_name", "Contact name is 250 characters; the limit is 200.")
    ]
