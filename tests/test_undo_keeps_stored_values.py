"""A row whose day another program wrote over is deleted, and `u` puts it back as it was.

A tester's walk: `sqlite3 store "update interaction set happened_on='[b]garbage[/]'"`, then
`d` on that line of the log: "Something went wrong (ValueError: Invalid isoformat string …)",
as the delete read the row through its dates to keep it for `u`. The delete keeps every
value as stored, and `u` writes it back byte for byte. Here, in the store, for every date
and time column of every table (from the table classes, so a new one is walked too); in the
app, for every table it deletes from: tests/test_undo_unreadable_in_app.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Date, DateTime

from bounceback_tui.paths import DataPaths

GARBAGE = "[b]garbage[/]"


def _date_columns() -> dict[str, list[str]]:
    """Every table's date and time columns, by table (those with a one-column key)."""
    from sqlmodel import SQLModel

    import bounceback_tui.store.models  # noqa: F401  (every table class registered)

    found: dict[str, list[str]] = {}
    for table in SQLModel.metadata.sorted_tables:
        dated = [c.name for c in table.columns if isinstance(c.type, Date | DateTime)]
        if dated and len(table.primary_key.columns) == 1:
            found[table.name] = dated
    return dict(sorted(found.items()))


COLUMNS = _date_columns()
# What another program may have written: markup-like text, a number, a zoned time.
WRITTEN = (GARBAGE, 20260316, "2026-03-16T10:00:00Z")


def stored(path: Path, table: str, row_id: object) -> dict[str, object]:
    """The row as SQLite holds it: each value's storage class and exact text (``quote``);
    the version left out (an undo is a write, and moves it forward)."""
    conn = sqlite3.connect(path)
    try:
        names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        (key,) = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[5]]
        quoted = ", ".join(f'typeof("{n}"), quote("{n}")' for n in names)
        found = conn.execute(f'SELECT {quoted} FROM "{table}" WHERE "{key}" = ?', (row_id,))
        values = found.fetchone()
    finally:
        conn.close()
    assert values is not None, (table, row_id)
    return {n: values[2 * i : 2 * i + 2] for i, n in enumerate(names) if n != "version"}


def write_over(path: Path, table: str, column: str, value: object = GARBAGE) -> object | None:
    """``value`` over ``column`` of the table's first row; its key (None: no row)."""
    conn = sqlite3.connect(path)
    try:
        (key,) = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[5]]
        first = conn.execute(f'SELECT "{key}" FROM "{table}" ORDER BY rowid LIMIT 1').fetchone()
        if first is None:
            return None
        with conn:
            conn.execute(
                f'UPDATE "{table}" SET "{column}" = ? WHERE "{key}" = ?', (value, first[0])
            )
    finally:
        conn.close()
    return value if column == key else first[0]  # a day may be the row's key


def test_every_date_column_is_walked() -> None:
    assert "happened_on" in COLUMNS["interaction"]
    assert "changed_on" in COLUMNS["stage_change"]
    assert "finished_at" in COLUMNS["skill"]


def _demo(paths: DataPaths) -> None:
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 40, force=True)


def _delete_and_undo(path: Path, table: str, row_id: object) -> None:
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.undo import delete_with_undo, restore

    db = Database(path)
    try:
        with db.write() as session:
            deleted = delete_with_undo(session, table, row_id)
        with db.write() as session:
            restore(session, deleted)
    finally:
        db.dispose()


@pytest.mark.parametrize("table", COLUMNS)
def test_a_row_deleted_and_put_back_is_byte_for_byte_as_stored(
    opened_paths: DataPaths, table: str
) -> None:
    """Every date column of the row written over, with each kind of value in turn."""
    _demo(opened_paths)
    for n, column in enumerate(COLUMNS[table]):
        row_id = write_over(opened_paths.database, table, column, WRITTEN[n % len(WRITTEN)])
        if row_id is None:
            pytest.skip(f"the demo store has no {table} row")
    before = stored(opened_paths.database, table, row_id)
    _delete_and_undo(opened_paths.database, table, row_id)
    assert stored(opened_paths.database, table, row_id) == before


def test_what_goes_with_an_application_comes_back_as_stored(opened_paths: DataPaths) -> None:
    """Its timeline and log (deleted with it) and its rejection (unlinked) written over."""
    _demo(opened_paths)
    conn = sqlite3.connect(opened_paths.database)
    try:
        (app_id,) = conn.execute(
            "SELECT application_id FROM stage_change WHERE application_id IN "
            "(SELECT application_id FROM interaction) AND application_id IN "
            "(SELECT application_id FROM rejection) LIMIT 1"
        ).fetchone()
        with conn:
            for table in ("stage_change", "interaction", "rejection"):
                for column in COLUMNS[table]:
                    conn.execute(
                        f'UPDATE "{table}" SET "{column}" = ? WHERE application_id = ?',
                        (GARBAGE, app_id),
                    )
        rows = {
            table: [
                r[0]
                for r in conn.execute(
                    f'SELECT id FROM "{table}" WHERE application_id = ?', (app_id,)
                )
            ]
            for table in ("stage_change", "interaction", "rejection")
        }
    finally:
        conn.close()
    path = opened_paths.database
    before = {t: [stored(path, t, i) for i in ids] for t, ids in rows.items()}
    _delete_and_undo(path, "application", app_id)
    assert {t: [stored(path, t, i) for i in ids] for t, ids in rows.items()} == before


@pytest.mark.parametrize("written", ["x", 2.5])
def test_a_row_whose_version_is_not_a_number_is_put_back(
    opened_paths: DataPaths, written: object
) -> None:
    """Another program wrote over its version: `u` put nothing back ("Something went
    wrong (TypeError …)" halfway through); the row comes back, its other values as stored."""
    _demo(opened_paths)
    row_id = write_over(opened_paths.database, "application", "version", written)
    assert row_id is not None
    before = stored(opened_paths.database, "application", row_id)
    _delete_and_undo(opened_paths.database, "application", row_id)
    assert stored(opened_paths.database, "application", row_id) == before
