"""One-line fields stay one line however they arrive (a stranger's round trip, item 1).

A JSON export edited so a person's name read "Alex Morgan\\nHR\\tLondon" was imported; People
then drew the line break raw over the edit dialog, and its save refused "control characters"
no one could see. The JSON import refused a line break only where a form's validator was
run on the row (an application, an interview). Now one table (domain/line_fields.py) names
every text column of every model as one line, several, or written by the app; the import
refuses a line break or a tab in each one-line column, naming its row and column; and a
stored one (an older store's) is shown safely.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Date, DateTime, Float, Integer
from sqlmodel import SQLModel

import bounceback_tui.store.models  # noqa: F401  (registers every table)
from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.line_fields import APP_WRITTEN, MANY_LINES, ONE_LINE
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.text import PLACEHOLDER
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_checks import Problems, check_rows
from bounceback_tui.transfer.json_import import load_json_export
from bounceback_tui.transfer.schema import Table, read_tables
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_lines
from tests.transfer_fixtures import demo_export, write_json
from tests.ui_harness import app_on, settle
from tests.written_over import another_program_writes


def _pairs(table: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    return {(name, column) for name, columns in table.items() for column in columns}


def _text_columns() -> set[tuple[str, str]]:
    found = set()
    for table in SQLModel.metadata.tables.values():
        if table.name.startswith("summary_"):
            continue  # derived by SQLite's triggers, never in a file
        for column in table.columns:
            if column.foreign_keys or isinstance(
                column.type, (Integer, Float, Boolean, Date, DateTime)
            ):
                continue
            found.add((table.name, column.name))
    return found


def test_every_models_text_column_is_named_once_as_one_line_many_lines_or_the_apps() -> None:
    one, many, apps = _pairs(ONE_LINE), _pairs(MANY_LINES), _pairs(APP_WRITTEN)
    assert one & many == set() and one & apps == set() and many & apps == set()
    named = one | many | apps
    assert _text_columns() - named == set(), "a new text column: one line, or several?"
    assert named - _text_columns() == set(), "a column named here is not in the models"


def test_the_columns_the_stranger_found_are_one_line() -> None:
    found = {
        ("contact", "name"),
        ("contact", "role"),
        ("contact", "company"),
        ("rejection", "company"),
        ("rejection", "role"),
        ("skill", "title"),
        ("recovery_step", "title"),
        ("interview_question", "question"),
        ("followed_board", "company"),
        ("interaction", "contact_name"),
    }
    assert found <= _pairs(ONE_LINE)


@pytest.fixture
def tables(opened_paths: DataPaths) -> dict[str, Table]:
    with closing(sqlite3.connect(opened_paths.database)) as conn:
        return {table.name: table for table in read_tables(conn)}


def _refusals(table: Table, column: str, value: str) -> list[str]:
    problems = Problems()
    check_rows(table, [{column: value}], problems)
    return [item for item in problems.items if f", {column}:" in item]


@pytest.mark.parametrize(("table", "column"), sorted(_pairs(ONE_LINE)))
def test_a_line_break_or_a_tab_in_a_one_line_column_is_refused_naming_the_row(
    tables: dict[str, Table], table: str, column: str
) -> None:
    said = (
        f"{table} row 1, {column}: a line break or a tab in a one-line field; write it on one line"
    )
    assert _refusals(tables[table], column, "Alex Morgan\nHR") == [said]
    assert _refusals(tables[table], column, "Alex Morgan\tHR") == [said]
    assert _refusals(tables[table], column, "Alex Morgan\r\nHR") == [said]
    assert _refusals(tables[table], column, "Alex Morgan HR") == []


@pytest.mark.parametrize(("table", "column"), sorted(_pairs(MANY_LINES)))
def test_a_many_line_column_keeps_its_line_breaks_and_tabs(
    tables: dict[str, Table], table: str, column: str
) -> None:
    assert _refusals(tables[table], column, "First line\n\tand the second") == []


def test_the_strangers_file_is_refused_and_nothing_is_written(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    document = demo_export(opened_paths, tmp_path)
    document["tables"]["contact"][0]["name"] = "Alex Morgan\nHR\tLondon"
    document["tables"]["skill"][1]["title"] = "SQL\nwindow functions"
    path = write_json(tmp_path, document, "nl.json")
    with pytest.raises(TransferError) as caught:
        load_json_export(path)
    message = str(caught.value)
    assert "nothing was written" in message
    assert "contact row 1, name: a line break or a tab in a one-line field" in message
    assert "skill row 2, title: a line break or a tab in a one-line field" in message


def test_the_question_form_keeps_a_question_on_one_line_as_its_box_does() -> None:
    """The answer bank's question is typed in a one-line box; its validator took a line
    break (a paste's, an import's) all the same."""
    with pytest.raises(ValidationError) as caught:
        validate_question({"question": "Why us?\nAnd why now?"})
    assert [e.field for e in caught.value.errors] == ["question"]
    assert validate_question({"question": "Why us? And why now?"}).question == (
        "Why us? And why now?"
    )


async def test_a_stored_line_break_in_a_name_is_never_drawn_raw(
    opened_paths: DataPaths, db: Database
) -> None:
    """An older store's person named with a line break and a tab: the detail shows them on
    one line, and the edit form's name box shows each as a placeholder, inside the box."""
    values = {"name": "Alex Morgan", "kind": "recruiter", "company": "Brightpath"}
    people_edits.add_contact(db, validate_contact(values, FIXED_TODAY))
    another_program_writes(
        opened_paths, "UPDATE contact SET name = ?", ("Alex Morgan\nHR\tLondon",)
    )
    async with app_on(opened_paths, "people", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot)
        lines = screen_lines(app)
        assert any("Alex Morgan HR London" in line for line in lines), lines
        assert not any(line.lstrip().startswith("HR") for line in lines), lines
        await pilot.press("e")
        await settle(pilot)
        lines = screen_lines(app)
        p = PLACEHOLDER
        name_line = next(line for line in lines if "Name *" in line)
        assert f"Alex Morgan{p}HR{p}London" in name_line, lines
        assert not any(line.lstrip().startswith(("HR", "London")) for line in lines), lines


def test_a_one_line_fields_text_is_drawn_on_one_line_with_its_spaces_kept() -> None:
    from bounceback_tui.ui.kit.text import plain_line

    assert plain_line("Alex Morgan\nHR\tLondon").plain == "Alex Morgan HR London"
    assert plain_line("Two  spaces\r\nkept").plain == "Two  spaces  kept"
    assert plain_line("Bell\x07").plain == f"Bell{PLACEHOLDER}"  # as plain() shows it


async def test_a_stored_line_break_in_a_steps_title_is_drawn_on_one_line(
    opened_paths: DataPaths, db: Database
) -> None:
    """A stranger's walk: a recovery step titled "line\\nbreak\\ttab step" in the store was
    drawn in the plan's step list as "[ ] line" and "break   tab step" on a line of its own."""
    from tests.recovery_fixtures import add_rejection

    add_rejection(db, "Brightpath", "Analyst")
    another_program_writes(
        opened_paths,
        "UPDATE recovery_step SET title = ? WHERE id = (SELECT min(id) FROM recovery_step)",
        ("line\nbreak\ttab step",),
    )
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot)
        lines = screen_lines(app)
        assert any("line break tab step" in line for line in lines), lines
        assert not any(line.lstrip().startswith("break") for line in lines), lines
