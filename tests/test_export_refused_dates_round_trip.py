"""A date another program wrote that the app reads but the import refuses, through a JSON
export and back.

A tester's walk: `sqlite3 store "update application set
date_applied='2026-12-01T09:00:00+05:00' where id=3"`, then `bounceback-tui export -o e.json`
and `bounceback-tui import e.json` into an empty data folder: "application row 3,
date_applied: expected a date like 2026-03-16", and nothing was brought back. The export
wrote the value as a date because the app could read it; the import refused it. And a 42 in
a closed application's follow-up was written null, named nowhere: lost on restore. Now the
export sets aside whatever the import's own check refuses, under the row's "unreadable".
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from tests.test_export_unreadable_round_trip import _demo_with, _everything, _export, _import

SHAPES = [
    ("application", "date_applied", "2026-12-01T09:00:00+05:00"),
    ("rejection", "plan_completed_at", "2026-12-01T09:00:00+05:00"),
    ("application", "date_applied", "2026-12-01 00:00:00"),
    ("application", "date_applied", 42),
    ("interview", "starts_at", 42),
    ("interview", "starts_at", "[b]garbage[/]"),
]


def _stored(database: Path, table: str, column: str, row: str) -> tuple[object, ...]:
    with sqlite3.connect(database) as conn:
        found = conn.execute(
            f'SELECT typeof("{column}"), quote("{column}") FROM "{table}" WHERE id = ?', (row,)
        ).fetchone()
    conn.close()
    return found


@pytest.mark.parametrize(("table", "column", "value"), SHAPES, ids=[repr(s) for s in SHAPES])
def test_a_date_the_import_refuses_is_kept_aside_and_comes_back(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    column: str,
    value: object,
) -> None:
    row = _demo_with(opened_paths, table, column, value)
    target = tmp_path / "e.json"
    told = _export(opened_paths, target, capsys)
    assert f"{table} {row}, {column}" in told, told
    rows = json.loads(target.read_text(encoding="utf-8"))["tables"][table]
    exported = next(r for r in rows if str(r["id"]) == row)
    assert exported[column] is None
    assert exported["unreadable"] == {column: value}

    fresh = tmp_path / "fresh"
    _import(target, fresh, capsys)
    before = _stored(opened_paths.database, table, column, row)
    assert _stored(fresh / "bounceback.sqlite3", table, column, row) == before
    assert (
        _everything(fresh / "bounceback.sqlite3")[table]
        == _everything(opened_paths.database)[table]
    )


def test_a_number_in_a_closed_applications_follow_up_is_not_lost(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo_with(opened_paths, "application", "next_follow_up", None)
    with sqlite3.connect(opened_paths.database) as conn:
        closed = conn.execute(
            "SELECT min(id) FROM application WHERE stage = 'rejected'"
        ).fetchone()[0]
        conn.execute("UPDATE application SET next_follow_up = 42 WHERE id = ?", (closed,))
    conn.close()
    target = tmp_path / "e.json"
    told = _export(opened_paths, target, capsys)
    assert f"application {closed}, next_follow_up ('42')" in told, told
    rows = json.loads(target.read_text(encoding="utf-8"))["tables"]["application"]
    exported = next(r for r in rows if r["id"] == closed)
    assert (exported["next_follow_up"], exported["unreadable"]) == (None, {"next_follow_up": 42})

    fresh = tmp_path / "fresh"
    _import(target, fresh, capsys)
    assert _stored(fresh / "bounceback.sqlite3", "application", "next_follow_up", closed) == (
        "integer",
        "42",
    )
