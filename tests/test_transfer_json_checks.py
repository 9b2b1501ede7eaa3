"""A JSON import refuses every value the app could not show: each column of the store's models
is either checked against the set or range the app keeps it in, or named here as free.

An attacker's walk imported a recovery step of kind "bogus" (opening its answer crashed the
app, and Settings crashed on every launch) and one suggested 3,000,000 days after its no: the
kinds had no allowed set and the offsets no range. These tests walk every table and column, so
a new column that takes its values from a domain enum, or a new bounded number, fails here
until transfer/json_checks.py checks it.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import sqlite3
from contextlib import closing
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, DateTime, Float, Integer
from sqlmodel import SQLModel

import bounceback_tui.domain as domain
import bounceback_tui.store.models  # noqa: F401  (registers every table)
from bounceback_tui.domain.answers import QuestionSource
from bounceback_tui.domain.applications import SalaryPeriod, Source, WorkMode
from bounceback_tui.domain.insights import CompanySize
from bounceback_tui.domain.interviews import InterviewKind
from bounceback_tui.domain.people import ContactKind, InteractionKind
from bounceback_tui.domain.recovery import StepKind, StepLink
from bounceback_tui.domain.skills import SkillKind, SkillStatus, SourceKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_checks import Problems, check_rows
from bounceback_tui.transfer.json_import import load_json_export
from bounceback_tui.transfer.schema import Table, read_tables
from tests.transfer_fixtures import demo_export

# Every column whose values are one domain enum's (written out here, not read from the code).
ENUM_COLUMNS: dict[tuple[str, str], type[StrEnum]] = {
    ("application", "stage"): Stage,
    ("application", "work_mode"): WorkMode,
    ("application", "source"): Source,
    ("application", "salary_period"): SalaryPeriod,
    ("application", "company_size"): CompanySize,
    ("stage_change", "from_stage"): Stage,
    ("stage_change", "to_stage"): Stage,
    ("rejection", "stage_reached"): Stage,
    ("contact", "kind"): ContactKind,
    ("interaction", "kind"): InteractionKind,
    ("interview", "kind"): InterviewKind,
    ("interview_question", "source_kind"): QuestionSource,
    ("recovery_step", "kind"): StepKind,
    ("recovery_template_step", "kind"): StepKind,
    ("recovery_step", "link"): StepLink,
    ("recovery_template_step", "link"): StepLink,
    ("skill", "kind"): SkillKind,
    ("skill", "status"): SkillStatus,
    ("skill", "source_kind"): SourceKind,
}
# Domain enums no column stores: what they name is worked out, never kept.
NOT_STORED = {
    "DueKind",  # Today's rows, made from the other tables
    "MessageKind",  # the message drafts' kinds, written to the clipboard only
    "Kind",  # search's kinds of result
    "Tag",  # suggested tags only: a question's tags are the person's own words
    "Outcome",  # What's working's outcomes, worked out from the stages
    "NoKind",  # the kind of no a built-in plan step is for: known by its key, never stored
}
# Fixed sets that are not a domain enum, checked all the same.
OTHER_SETS = {
    ("thought_record", "status"): {"draft", "complete"},
    ("followed_board", "provider"): {"greenhouse", "lever", "ashby"},
}
# Text columns that hold the person's words, a link (checked as one), a time zone (checked as
# one), a JSON value (checked as one), a key or a uid. The last few hold a fixed set the app
# reads tolerantly (an unknown value is shown as written, never looked up): a group of steps,
# a template step's key, a thinking trap, how feedback was asked.
FREE_TEXT = {
    *(("application", c) for c in ("company", "role", "link", "location", "salary_currency")),
    *(("application", c) for c in ("notes", "description", "employment_type", "uid")),
    ("check_in", "note"),
    *(("contact", c) for c in ("name", "role", "company", "email", "phone", "link", "notes")),
    ("contact", "uid"),
    ("coping_card", "text"),
    *(("followed_board", c) for c in ("company", "token", "last_error")),
    ("interaction", "contact_name"),
    ("interaction", "note"),
    *(("interview", c) for c in ("zone", "place", "link", "prep_notes", "outcome_note", "uid")),
    *(("interview_question", c) for c in ("question", "asked_at", "answer_given", "tags")),
    *(("interview_question", c) for c in ("situation", "task", "action", "result")),
    *(("recovery_step", c) for c in ("title", "detail", "answer", "answer_draft", "uid")),
    *(("recovery_template_step", c) for c in ("title", "detail")),
    ("rejection", "company"),
    ("rejection", "role"),
    ("rejection", "reason"),
    ("setting", "key"),
    ("setting", "value"),
    *(("skill", c) for c in ("title", "why", "notes", "uid")),
    ("skill_resource", "url"),
    ("skill_resource", "note"),
    ("thought_feeling", "name"),
    *(("thought_record", c) for c in ("situation", "thought", "evidence_for")),
    *(("thought_record", c) for c in ("evidence_against", "balanced_thought")),
    ("recovery_step", "group_key"),
    ("recovery_template_step", "group_key"),
    ("recovery_step", "template_key"),
    ("recovery_template_step", "key"),
    ("thought_trap", "trap_key"),
    ("recovery_step", "asked_via"),
}
# Every free-text column's longest value, as the app's forms allow it (the larger where two
# forms write a column): longer, and editing the imported row refused every save (a
# stranger's walk: a 10,000-character company). Written out here, not read from the code.
LONG = 100_000  # a many-line field: a description, notes, an answer
TEXT_LIMITED = {
    ("application", "company"): 300,
    ("application", "role"): 300,
    ("application", "location"): 300,
    ("application", "employment_type"): 300,
    ("application", "salary_currency"): 300,
    ("application", "notes"): LONG,
    ("application", "description"): LONG,
    ("check_in", "note"): 280,
    ("contact", "name"): 200,  # People's own; the Pipeline's "Contact name" keeps it too
    ("contact", "role"): 300,
    ("contact", "company"): 300,
    ("contact", "email"): 300,  # an application's "Contact email" adds the person
    ("contact", "phone"): 40,
    ("contact", "notes"): LONG,
    ("coping_card", "text"): 600,
    ("followed_board", "company"): 300,
    ("interaction", "contact_name"): 200,  # the name of the person it was with, kept
    ("interaction", "note"): 500,
    ("interview", "place"): 300,
    ("interview", "prep_notes"): LONG,
    ("interview", "outcome_note"): 500,
    ("interview_question", "question"): 1000,
    ("interview_question", "asked_at"): 300,
    ("interview_question", "answer_given"): LONG,
    ("interview_question", "situation"): LONG,
    ("interview_question", "task"): LONG,
    ("interview_question", "action"): LONG,
    ("interview_question", "result"): LONG,
    ("recovery_step", "title"): 200,
    ("recovery_step", "detail"): 2000,
    ("recovery_step", "answer"): LONG,
    ("recovery_step", "answer_draft"): LONG,
    ("recovery_step", "asked_via"): 100,  # a way of asking, or the person asked, cut to 100
    ("recovery_template_step", "title"): 200,
    ("recovery_template_step", "detail"): 2000,
    ("rejection", "company"): 300,
    ("rejection", "role"): 300,
    ("rejection", "reason"): LONG,
    ("skill", "title"): 200,
    ("skill", "why"): 10_000,
    ("skill", "notes"): LONG,
    ("skill_resource", "note"): 400,
    ("thought_feeling", "name"): 40,
    ("thought_record", "situation"): LONG,
    ("thought_record", "thought"): LONG,
    ("thought_record", "evidence_for"): LONG,
    ("thought_record", "evidence_against"): LONG,
    ("thought_record", "balanced_thought"): LONG,
}
# Free-text columns with no limit of their own (the long-text limit holds them), and why.
NO_TEXT_LIMIT = {
    **dict.fromkeys(
        [
            ("application", "link"),
            ("contact", "link"),
            ("interview", "link"),
            ("skill_resource", "url"),
        ],
        "a link: checked as one (domain/links.py keeps its own length)",
    ),
    ("interview", "zone"): "a time zone: checked as one",
    ("setting", "value"): "a JSON value: checked as one, each setting read tolerantly",
    **dict.fromkeys(
        [
            ("application", "uid"),
            ("contact", "uid"),
            ("interview", "uid"),
            ("recovery_step", "uid"),
            ("skill", "uid"),
            ("setting", "key"),
            ("recovery_step", "group_key"),
            ("recovery_template_step", "group_key"),
            ("recovery_step", "template_key"),
            ("recovery_template_step", "key"),
            ("thought_trap", "trap_key"),
        ],
        "a key or uid the app makes; no form edits it",
    ),
    ("followed_board", "token"): "the board's own name in its link, read from the link",
    ("followed_board", "last_error"): "what the app wrote when a refresh failed",
    ("interview_question", "tags"): "tags joined by commas: each checked as the form reads it",
}
# Every number the forms keep within bounds, with the bounds the forms keep.
BOUNDED = {
    ("application", "excitement"): (1, 5),
    ("check_in", "mood"): (1, 5),
    ("interview", "rating"): (1, 5),
    ("interview", "length_minutes"): (5, 1440),  # five minutes to a day
    ("interview_question", "confidence"): (1, 5),
    ("interview_question", "review_step"): (0, 4),  # five review intervals
    ("thought_feeling", "intensity_before"): (0, 100),
    ("thought_feeling", "intensity_after"): (0, 100),
    ("thought_record", "belief_before"): (0, 100),
    ("thought_record", "belief_after"): (0, 100),
    ("thought_record", "current_step"): (0, 8),  # eight steps, then the summary
    ("recovery_template_step", "offset_days"): (0, 365),  # within a year of the no
    ("recovery_step", "offset_days"): (0, 395),  # and up to 30 days later when recorded late
    ("activity_day", "actions"): (0, 1_000_000),  # counted up from 1 by the app, never below
}
# Numbers with no bound a form keeps: counts and places in a list (any whole number sorts).
# Ids and versions are checked for every table alike (test_transfer_json.py).
UNBOUNDED = {
    ("recovery_step", "position"),
    ("recovery_template_step", "position"),
    ("skill", "priority"),
    ("skill_resource", "position"),
    ("thought_feeling", "position"),
}


def _model_columns() -> list[tuple[str, str, Any]]:
    found = []
    for table in SQLModel.metadata.tables.values():
        if table.name.startswith("summary_"):
            continue  # derived by SQLite's triggers, never in a file
        for column in table.columns:
            keyed = bool(column.foreign_keys) or column.name in ("id", "version")
            if not keyed:
                found.append((table.name, column.name, column.type))
    return found


def _domain_enums() -> set[str]:
    names = set()
    for info in pkgutil.walk_packages(domain.__path__, "bounceback_tui.domain."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, StrEnum)
                and value.__module__ == module.__name__
            ):
                names.add(value.__name__)
    return names


def test_every_domain_enum_is_stored_in_a_checked_column_or_named_as_not_stored() -> None:
    stored = {kind.__name__ for kind in ENUM_COLUMNS.values()}
    unplaced = _domain_enums() - stored - NOT_STORED
    assert not unplaced, f"name the columns holding {sorted(unplaced)} in ENUM_COLUMNS"


def test_every_text_column_is_checked_or_named_as_free() -> None:
    text = {
        (table, name)
        for table, name, kind in _model_columns()
        if not isinstance(kind, (Integer, Float, Boolean, Date, DateTime))
    }
    named = set(ENUM_COLUMNS) | set(OTHER_SETS) | FREE_TEXT
    assert text - named == set(), "a new text column: an enum's (ENUM_COLUMNS) or free text?"
    assert named - text == set(), "a column named here is not in the store's models"


def test_every_free_text_column_has_a_length_limit_or_a_reason_for_none() -> None:
    limited, unlimited = set(TEXT_LIMITED), set(NO_TEXT_LIMIT)
    assert limited & unlimited == set()
    assert FREE_TEXT - limited - unlimited == set(), (
        "a new text column: which limit do its forms keep?"
    )
    assert (limited | unlimited) - FREE_TEXT == set(), "a column named here is not free text"


def test_every_number_column_is_bounded_or_named_as_unbounded() -> None:
    numbers = {(table, name) for table, name, kind in _model_columns() if type(kind) is Integer}
    named = set(BOUNDED) | UNBOUNDED
    assert numbers - named == set(), "a new number column: which bounds do its forms keep?"
    assert named - numbers == set(), "a column named here is not in the store's models"


@pytest.fixture
def tables(opened_paths: DataPaths) -> dict[str, Table]:
    with closing(sqlite3.connect(opened_paths.database)) as conn:
        return {table.name: table for table in read_tables(conn)}


def _refusals(table: Table, column: str, value: object) -> list[str]:
    problems = Problems()
    check_rows(table, [{column: value}], problems)
    # A row of one column also misses the table's required ones: only this column's count.
    return [item for item in problems.items if f", {column}:" in item]


@pytest.mark.parametrize(("table", "column"), sorted([*ENUM_COLUMNS, *OTHER_SETS]))
def test_a_value_outside_the_set_is_refused_naming_the_row(
    tables: dict[str, Table], table: str, column: str
) -> None:
    refused = _refusals(tables[table], column, "bogus")
    assert refused and refused[0].startswith(f"{table} row 1, {column}: 'bogus' is not one of")
    allowed = (
        [member.value for member in ENUM_COLUMNS[(table, column)]]
        if (table, column) in ENUM_COLUMNS
        else sorted(OTHER_SETS[(table, column)])
    )
    for value in allowed:
        assert _refusals(tables[table], column, value) == [], value


@pytest.mark.parametrize(("table", "column"), sorted(BOUNDED))
def test_a_number_outside_the_forms_bounds_is_refused(
    tables: dict[str, Table], table: str, column: str
) -> None:
    low, high = BOUNDED[(table, column)]
    expected = f"{table} row 1, {column}: expected a number from {low} to {high}"
    for outside in (low - 1, high + 1, 3_000_000, -3_000_000):
        assert _refusals(tables[table], column, outside) == [expected], outside
    for inside in (low, high):
        assert _refusals(tables[table], column, inside) == [], inside


@pytest.mark.parametrize(("table", "column"), sorted(TEXT_LIMITED))
def test_a_text_longer_than_its_forms_allow_is_refused_naming_the_row(
    tables: dict[str, Table], table: str, column: str
) -> None:
    limit = TEXT_LIMITED[(table, column)]
    expected = (
        f"{table} row 1, {column}: the text is {limit + 1:,} characters; the limit is {limit:,}"
    )
    assert _refusals(tables[table], column, "x" * (limit + 1)) == [expected]
    assert _refusals(tables[table], column, "x" * limit) == []


def test_an_export_with_a_10000_character_company_is_refused(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """The stranger's walk: it was imported, and editing the application refused every save."""
    document = demo_export(opened_paths, tmp_path)
    document["tables"]["application"][0]["company"] = "Northwind " * 1000
    path = tmp_path / "long.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(TransferError) as refused:
        load_json_export(path)
    assert (
        "  - application row 1, company: the text is 10,000 characters; the limit is 300"
        in str(refused.value).splitlines()
    )


def test_the_demo_stores_export_passes_every_check(opened_paths: DataPaths, tmp_path: Path) -> None:
    """The limits are the forms' own: what the app stores, the import takes back."""
    document = demo_export(opened_paths, tmp_path)
    assert document["tables"]["application"]
    path = tmp_path / "again.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    loaded = load_json_export(path)  # raises TransferError naming any refusal
    assert len(loaded.tables["application"]) == len(document["tables"]["application"])
