"""A backup taken while a new application's draft is kept is put back, draft and all.

A review's walk: a draft whose note held a form feed (pasted from a PDF) and 60,000
characters made every backup refused by restore ("setting row 1, value: the text contains
control characters"), and restore latest passed over every recent backup for an older one.
The draft is the window's scratch (left out of an export), not a row to judge.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.application_draft import keep_draft, read_draft
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.database import Database
from tests.transfer_fixtures import fill_every_table


def _rows(paths: DataPaths, table: str) -> int:
    conn = sqlite3.connect(paths.database)
    found = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    conn.close()
    return int(found)


def test_a_backup_with_a_draft_holding_a_form_feed_and_a_long_note_is_restored(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    db = Database(opened_paths.database)
    note = "page one\x0cpage two " + "n" * 60_000
    kept = keep_draft(db, "form-1", {"company": "Acme", "role": "Data Analyst", "notes": note})
    db.dispose()
    assert kept
    applications = _rows(opened_paths, "application")
    made = back_up_store(opened_paths)
    capsys.readouterr()
    code = main(["restore", str(made), "--yes", "--data-dir", str(opened_paths.data_dir)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Restored" in out
    assert _rows(opened_paths, "application") == applications
    db = Database(opened_paths.database)
    draft = read_draft(db)
    db.dispose()
    assert draft is not None
    assert draft.company == "Acme" and draft.role == "Data Analyst"
    assert draft.fields["notes"].startswith("page one")


def test_a_draft_keeps_what_a_field_holds(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    pasted = "one\x0ctwo\x1b[31m\tthree\nfour\x07"
    keep_draft(db, "form-1", {"company": "Acme", "notes": pasted, "description": "d" * 250_000})
    draft = read_draft(db)
    db.dispose()
    assert draft is not None
    assert draft.fields["notes"] == "onetwo[31m\tthree\nfour"
    assert draft.fields["description"] == "d" * 100_000
