"""A well-formed date the app reads but the import refuses (in the future, before 1970), through
a JSON export and back: set aside saying what is wrong with it, never "could not be read",
and the file imports whole; one the import takes is not set aside at all.

A tester's walk: `sqlite3 store "update skill set finished_at='2099-01-01 10:00:00'"` then
`export`: "1 date in the store could not be read … skill 1, finished_at ('2099-01-01
10:00:00')", though the app reads it (as done in 2099). And `update application set
date_applied='2099-01-01'` (or a no's day in 1960, an interview in 1950) was not set aside:
the export wrote it, and `import` of the file refused the whole file ("The date applied
cannot be in the future"). The export now asks everything the import asks of a row's dates
(its value's check and its form's), and names why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from tests.test_export_refused_dates_round_trip import _stored
from tests.test_export_unreadable_round_trip import _demo_with, _everything, _export, _import

FUTURE = "is in the future"
EARLY = "is before 1970"
# (table, column, value as stored, what the export says is wrong with it)
REFUSED = [
    ("skill", "finished_at", "2099-01-01 10:00:00", FUTURE),
    ("application", "updated_at", "1960-01-01 10:00:00", EARLY),
    ("application", "date_applied", "2099-01-01", FUTURE),
    ("application", "date_applied", "1969-12-31", EARLY),
    ("rejection", "rejected_on", "1960-05-05", EARLY),
    ("rejection", "rejected_on", "2099-05-05", FUTURE),
    ("stage_change", "changed_on", "2026-06-01", FUTURE),
    ("stage_change", "changed_on", "2099-01-01", "is more than ten years ahead"),
    ("interview", "starts_at", "1950-01-01 10:00:00", EARLY),
    ("interview", "starts_at", "2099-01-01 10:00:00", "is more than ten years ahead"),
    ("check_in", "day", "2099-01-01", FUTURE),
]


@pytest.mark.parametrize(
    ("table", "column", "value", "why"), REFUSED, ids=[f"{t}.{c}={v}" for t, c, v, _ in REFUSED]
)
def test_a_date_out_of_range_is_set_aside_saying_why_and_comes_back(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    column: str,
    value: str,
    why: str,
) -> None:
    row = _demo_with(opened_paths, table, column, value)
    target = tmp_path / "e.json"
    named = f"{table} {row}" if row != "row " else f"{table} row"  # a day's row: its place
    told = " ".join(_export(opened_paths, target, capsys).split())
    assert named in told and f"{column} ('{value}' {why})" in told, told
    assert "could not be read" not in told, told
    rows = json.loads(target.read_text(encoding="utf-8"))["tables"][table]
    (exported,) = [r for r in rows if "unreadable" in r]
    assert (exported[column], exported["unreadable"]) == (None, {column: value})

    fresh = tmp_path / "fresh"
    told = " ".join(_import(target, fresh, capsys).split())
    assert named in told and f"{column} ('{value}'" in told, told
    assert "as unreadable" not in told, told  # the app reads it: it shows the date
    if row != "row ":
        before = _stored(opened_paths.database, table, column, row)
        assert _stored(fresh / "bounceback.sqlite3", table, column, row) == before
    after = _everything(fresh / "bounceback.sqlite3")
    assert after[table] == _everything(opened_paths.database)[table]


# Dates the import takes: written in their rows, nothing set aside.
TAKEN = [
    ("interview", "starts_at", "2026-04-01 10:00:00"),  # an interview to come
    ("application", "next_follow_up", "2026-04-01"),  # a follow-up to come
    ("application", "updated_at", "1970-01-01 00:00:00"),  # 1970 itself
]


@pytest.mark.parametrize(("table", "column", "value"), TAKEN, ids=[f"{t}.{c}" for t, c, _ in TAKEN])
def test_a_date_the_import_takes_is_not_set_aside(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    column: str,
    value: str,
) -> None:
    row = _demo_with(opened_paths, table, column, value)
    target = tmp_path / "e.json"
    told = _export(opened_paths, target, capsys)
    assert "unreadable" not in told, told
    rows = json.loads(target.read_text(encoding="utf-8"))["tables"][table]
    exported = next(r for r in rows if str(r["id"]) == row)
    assert exported[column] == value and "unreadable" not in exported
    _import(target, tmp_path / "fresh", capsys)


def test_a_date_to_come_refused_for_another_reason_says_that_reason(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An interview to come that does not start on a whole minute is refused for its
    seconds, not for being to come: the import's own words are said, not "in the future"."""
    value = "2026-04-01 10:00:30"
    row = _demo_with(opened_paths, "interview", "starts_at", value)
    target = tmp_path / "e.json"
    told = " ".join(_export(opened_paths, target, capsys).split())
    named = f"interview {row}, starts_at ('{value}' "
    assert named in told, told
    why = told.split(named, 1)[1]
    assert "whole minute" in why.split(")")[0] and not why.startswith(FUTURE), told
    told = " ".join(_import(target, tmp_path / "fresh", capsys).split())
    assert named in told and "whole minute" in told.split(named, 1)[1], told
