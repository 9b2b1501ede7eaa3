"""A JSON export of a store holding a date another program wrote over, imported into a fresh
data folder: every value comes back, and the person is told which dates could not be read.

A tester's walk: `sqlite3 store "update interview set starts_at='[b]garbage[/]'"`, then
`bounceback-tui export -o backup.json` and, on a new machine, `bounceback-tui import
backup.json`: "backup.json cannot be imported (1 problem); nothing was written: interview row
1, starts_at: expected a time like 2026-03-16 09:30:00". A backup by export could not be
brought back at all. Now the export writes such a date as null, keeps the value as stored
under the row's "unreadable", and names it on stderr; the import brings it back as stored
and names it too (transfer/json_unreadable.py). For every date column of the store's tables.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.test_stored_dates_unreadable import COLUMNS, GARBAGE


def _demo_with(paths: DataPaths, table: str, column: str, value: object) -> str:
    """The demo store with ``value`` over the first row's ``column``; that row's id."""
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 40, force=True)
    with sqlite3.connect(paths.database) as conn:
        first = conn.execute(f'SELECT min(rowid) FROM "{table}"').fetchone()[0]
        if first is None:
            pytest.skip(f"the demo store has no {table} row")
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (value, first))
        has_id = any(c[1] == "id" for c in conn.execute(f'PRAGMA table_info("{table}")'))
    conn.close()
    return str(first) if has_id else "row "


def _everything(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, as stored (its type too: 5 is not '5')."""
    conn = sqlite3.connect(database)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            )
        ]
        return {
            name: sorted(
                (
                    tuple((type(v).__name__, v) for v in row)
                    for row in conn.execute(f'SELECT * FROM "{name}"')
                ),
                key=repr,
            )
            for name in names
        }
    finally:
        conn.close()


def _export(paths: DataPaths, target: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["export", "-o", str(target), "--data-dir", str(paths.data_dir)])
    said = capsys.readouterr()
    assert code == 0, said.err
    return said.err


def _import(source: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["import", str(source), "--data-dir", str(folder)])
    said = capsys.readouterr()
    assert code == 0, said.out + said.err
    return said.err


@pytest.mark.parametrize(("table", "column"), COLUMNS, ids=[f"{t}.{c}" for t, c in COLUMNS])
def test_an_export_with_an_unreadable_date_imports_back_whole(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    column: str,
) -> None:
    row = _demo_with(opened_paths, table, column, GARBAGE)
    target = tmp_path / "backup.json"
    told = _export(opened_paths, target, capsys)
    tables = json.loads(target.read_text(encoding="utf-8"))["tables"]
    if table not in tables:
        pytest.skip(f"{table} is not exported (the app makes it again from the others)")
    named = f"{table} {row}" if row != "row " else f"{table} row"
    assert named in told and f"{column} ('{GARBAGE}')" in told, told
    assert "could not be read" in told, told
    # In the file the date is null, so nothing reading it takes the text for one.
    rows = tables[table]
    marked = [r for r in rows if "unreadable" in r]
    assert [(r[column], r["unreadable"]) for r in marked] == [(None, {column: GARBAGE})]

    fresh = tmp_path / "fresh"
    told = _import(target, fresh, capsys)
    assert named in told and f"{column} ('{GARBAGE}')" in told, told
    assert "unreadable" in told, told
    before, after = _everything(opened_paths.database), _everything(fresh / "bounceback.sqlite3")
    assert {n: r for n, r in after.items() if n != "setting"} == {
        n: r for n, r in before.items() if n != "setting" and n in after
    }


def test_a_number_written_over_a_day_comes_back_a_number(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo_with(opened_paths, "rejection", "rejected_on", 5)
    target = tmp_path / "backup.json"
    _export(opened_paths, target, capsys)
    fresh = tmp_path / "fresh"
    assert "rejected_on ('5')" in _import(target, fresh, capsys)
    with sqlite3.connect(fresh / "bounceback.sqlite3") as conn:
        kept = conn.execute("SELECT rejected_on FROM rejection WHERE rejected_on = 5").fetchall()
    conn.close()
    assert kept == [(5,)]


@pytest.mark.parametrize(
    ("unreadable", "refused"),
    [
        ({"company": "x"}, "'company' is not a date or time column of application"),
        ({"date_applied": "\x1b[31mred"}, "the text contains control characters"),
        ({"date_applied": ["a"]}, "expected text or a number"),
        ("soon", "unreadable: expected an object"),
    ],
)
def test_a_hand_made_unreadable_is_checked(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    unreadable: object,
    refused: str,
) -> None:
    """What the file keeps under "unreadable" is a date column's value, text checked as any
    text is: anything else refuses the file, as a wrong value in a row does."""
    _demo_with(opened_paths, "application", "date_applied", GARBAGE)
    target = tmp_path / "backup.json"
    _export(opened_paths, target, capsys)
    document = json.loads(target.read_text(encoding="utf-8"))
    first = document["tables"]["application"][0]
    first["unreadable"] = unreadable
    target.write_text(json.dumps(document), encoding="utf-8")
    code = main(["import", str(target), "--data-dir", str(tmp_path / "fresh")])
    said = capsys.readouterr()
    assert code != 0
    assert refused in said.err, said.err
    assert "nothing was written" in said.err


async def test_the_export_from_the_palette_names_the_unreadable_date(
    opened_paths: DataPaths,
) -> None:
    """As `export` says it, in the toast (plain: the value is never markup)."""
    from bounceback_tui.ui.app import BouncebackApp
    from tests.palette_fixtures_ui import export_form

    row = _demo_with(opened_paths, "interview", "starts_at", GARBAGE)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await export_form(app, pilot)
        await pilot.press("enter")  # the form's path as offered
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = [str(n.message) for n in app._notifications if n.title == "Exported"]
        assert app.focused is not None
    assert len(said) == 1, [str(n.message) for n in app._notifications]
    flat = " ".join(said[0].split())
    assert flat.startswith("Saved everything"), flat
    assert "could not be read" in flat and f"interview {row}, starts_at ('{GARBAGE}')" in flat
