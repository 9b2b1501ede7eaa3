"""Hostile input everywhere: the result is a clear error or a correct store, never a traceback.

Hypothesis feeds the application validator, the date parser and both importers
with arbitrary text (control characters, lone surrogates, huge strings), bytes
that are not UTF-8, numbers out of range, wrong types and cut-off JSON. Example
counts stay moderate so the suite stays quick.
"""

from __future__ import annotations

import json
import os
import sqlite3
import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bounceback_tui.domain.applications import FORM_FIELDS, ApplicationInput, validate_application
from bounceback_tui.domain.dates import DateParseError, parse_date
from bounceback_tui.errors import BouncebackError, ValidationError
from bounceback_tui.paths import resolve_paths
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.csv_write import write_csv_plan
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_import import import_json, load_json_export
from tests.conftest import FIXED_TODAY, copy_store

# Moderate by default; BOUNCEBACK_EXAMPLES=600 for a long hunt before a release.
SCALE = int(os.environ.get("BOUNCEBACK_EXAMPLES", "0")) or None
QUICK = settings(
    max_examples=SCALE or 60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SLOW = settings(
    max_examples=SCALE or 25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Every code point, lone surrogates and control characters included.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)
field_like = st.one_of(
    any_text,
    st.sampled_from(
        [
            "",
            " ",
            "today",
            "-3d",
            "+1w",
            "2026-02-30",
            "9999-12-31",
            "85k",
            "1e999",
            "NaN",
            "-1",
            "5",
            "0",
            "https://",
            "javascript:alert(1)",
            "a@b",
            "\u202e\u0627",
            "🚀" * 50,
            "x" * 100_001,
        ]
    ),
)
wrong_type = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.binary(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers()),
)
form_values = st.dictionaries(
    st.sampled_from(FORM_FIELDS), st.one_of(field_like, field_like, wrong_type), max_size=12
)


@QUICK
@given(form_values)
@example({"company": "x" * 1_000_000, "role": "r"})
@example({"company": "Acme\x00", "role": "\udc80"})
@example({"company": "Acme", "role": "Dev", "salary_min": "9" * 400, "excitement": "99999999999"})
def test_validator_gives_a_clean_input_or_field_errors(values: dict[str, Any]) -> None:
    try:
        result = validate_application(values, FIXED_TODAY)
    except ValidationError as exc:
        assert exc.errors and all(e.field in FORM_FIELDS and e.message for e in exc.errors)
        return
    assert isinstance(result, ApplicationInput)
    assert result.company and result.role
    assert len(result.company) <= 300


@QUICK
@given(any_text, st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
@example("+9999w", date(2026, 3, 16))
@example("٢٠٢٦-٠٣-١٦", date(2026, 3, 16))
@example("2026-03-16\n", date(2026, 3, 16))
@example("x" * 1_000_000, date(2026, 3, 16))
def test_date_parser_gives_a_date_or_a_clear_error(text: str, today: date) -> None:
    try:
        result = parse_date(text, today)
    except DateParseError as exc:
        assert str(exc) and len(str(exc)) < 500
        return
    assert isinstance(result, date)


def _fresh_store(tmp: Path, template: Path) -> Path:
    """An empty store for one example: a copy of the worker's, which is the store
    ``open_store`` makes (tests/test_store.py holds the two to each other)."""
    paths = resolve_paths(tmp)
    copy_store(template, paths)
    return paths.database


def _assert_correct_store(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stages = {r[0] for r in conn.execute("SELECT DISTINCT stage FROM application")}
        assert stages <= {
            "saved",
            "applied",
            "screening",
            "interviewing",
            "offer",
            "accepted",
            "rejected",
            "withdrawn",
            "ghosted",
        }
    finally:
        conn.close()


csv_cell = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=30),
    st.sampled_from(
        [
            "Acme",
            "Engineer",
            "Applied",
            "Rejected",
            "2026-03-01",
            "03/04/2026",
            "$80k-100k",
            "★★★",
            "https://x.example/1",
            "=CMD()",
            '"',
            "\r\n",
            ";",
        ]
    ),
)
header_cell = st.one_of(
    csv_cell,
    st.sampled_from(
        [
            "Company",
            "Role",
            "Status",
            "Date Applied",
            "Link",
            "Salary",
            "Excitement",
            "Work mode",
            "Source",
            "Notes",
        ]
    ),
)


@SLOW
@given(
    st.one_of(
        st.lists(header_cell, min_size=1, max_size=8),
        st.lists(header_cell, max_size=6).map(lambda extra: ["Company", "Role", *extra]),
    ),
    st.lists(st.lists(csv_cell, max_size=9), max_size=12),
    st.sampled_from([",", ";", "\t"]),
)
def test_csv_import_gives_a_clear_error_or_a_correct_store(
    tmp_path_factory: pytest.TempPathFactory,
    empty_store_template: Path,
    headers: list[str],
    rows: list[list[str]],
    delimiter: str,
) -> None:
    import csv
    import io

    tmp = tmp_path_factory.mktemp("csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    for row in [headers, *rows]:
        writer.writerow(row)
    source = tmp / "in.csv"
    source.write_bytes(buffer.getvalue().encode("utf-8", "surrogatepass"))
    _import_csv_or_refuse(source, tmp, empty_store_template)


@SLOW
@given(st.binary(max_size=400))
@example(b"Company,Role\nAcme,\xff\xfe\n")
@example(b"Company,Role\n" + b"A" * 200_000 + b",x\n")
@example(b"\x00\x00\x00")
def test_csv_import_of_arbitrary_bytes(
    tmp_path_factory: pytest.TempPathFactory, empty_store_template: Path, content: bytes
) -> None:
    tmp = tmp_path_factory.mktemp("bytes")
    source = tmp / "in.csv"
    source.write_bytes(content)
    _import_csv_or_refuse(source, tmp, empty_store_template)


def _import_csv_or_refuse(source: Path, tmp: Path, template: Path) -> None:
    db_path = _fresh_store(tmp / "store", template)
    try:
        plan = plan_csv_import(source, db_path, today=FIXED_TODAY)
    except TransferError as exc:
        assert "nothing was written" in str(exc).lower() or "--map" in str(exc)
        return
    db = Database(db_path)
    try:
        added = write_csv_plan(db, plan)
    finally:
        db.dispose()
    assert added == len(plan.rows)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM application").fetchone()[0] == added
    conn.close()
    _assert_correct_store(db_path)


json_value = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**80), max_value=2**80),
        st.floats(allow_nan=False),
        any_text,
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
TABLE_COLUMNS = {
    "application": [
        "id",
        "company",
        "role",
        "stage",
        "date_applied",
        "excitement",
        "salary_min",
        "created_at",
        "updated_at",
        "notes",
    ],
    "stage_change": ["id", "application_id", "to_stage", "changed_on", "created_at"],
    "setting": ["key", "value"],
    "check_in": ["day", "mood", "updated_at"],
}
GOOD_ROWS = {
    "application": {
        "id": 1,
        "company": "Acme",
        "role": "Dev",
        "stage": "applied",
        "created_at": "2026-03-01 09:00:00",
        "updated_at": "2026-03-01 09:00:00",
    },
    "stage_change": {
        "id": 1,
        "application_id": 1,
        "to_stage": "applied",
        "changed_on": "2026-03-01",
        "created_at": "2026-03-01 09:00:00",
    },
    "setting": {"key": "weekly_goal", "value": "5"},
    "check_in": {"day": "2026-03-01", "mood": 3, "updated_at": "2026-03-01 09:00:00"},
}


@st.composite
def hostile_exports(draw: st.DrawFn) -> str:
    document: dict[str, Any] = {
        "format": "bounceback-tui",
        "format_version": 1,
        "schema_version": 1,
        "tables": {name: [dict(row)] for name, row in GOOD_ROWS.items()},
    }
    for _ in range(draw(st.integers(0, 4))):
        table = draw(st.sampled_from(sorted(TABLE_COLUMNS)))
        column = draw(st.sampled_from(TABLE_COLUMNS[table]))
        document["tables"][table][0][column] = draw(json_value)
    if draw(st.booleans()):
        key = draw(st.sampled_from(["format_version", "schema_version", "tables", "format"]))
        document[key] = draw(json_value)
    text = json.dumps(document, ensure_ascii=False)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]  # cut short
    return text


@SLOW
@given(hostile_exports())
def test_json_import_gives_a_clear_error_or_a_correct_store(
    tmp_path_factory: pytest.TempPathFactory, empty_store_template: Path, text: str
) -> None:
    tmp = tmp_path_factory.mktemp("json")
    source = tmp / "in.json"
    source.write_bytes(text.encode("utf-8", "surrogatepass"))
    paths = resolve_paths(tmp / "store")
    copy_store(empty_store_template, paths)  # an empty store (_fresh_store)
    try:
        data = load_json_export(source)
        import_json(paths, data)
    except BouncebackError as exc:
        assert str(exc)
        conn = sqlite3.connect(paths.database)
        assert conn.execute("SELECT count(*) FROM application").fetchone()[0] == 0
        conn.close()
        return
    _assert_correct_store(paths.database)


@SLOW
@given(st.binary(max_size=300))
@example(b'{"format": "bounceback-tui", "format_version": 1, "schema_version": 1, "tables": {')
@example(b"[" * 50_000 + b"]" * 50_000)
@example(b'{"format": "bounceback-tui", "format_version": 1e400}')
def test_json_import_of_arbitrary_bytes(
    tmp_path_factory: pytest.TempPathFactory, content: bytes
) -> None:
    source = tmp_path_factory.mktemp("raw") / "in.json"
    source.write_bytes(content)
    with pytest.raises(TransferError):
        load_json_export(source)


def test_printable_alphabet_is_covered() -> None:
    # A guard for the strategies above: ordinary text still produces applications.
    values = {"company": string.ascii_letters[:10], "role": "Engineer"}
    assert validate_application(values, FIXED_TODAY).company == "abcdefghij"
