"""A backup's rows are checked by the rules a JSON import keeps before it is put back.

An attacker's walk: a backup with an application at stage "bogus" restored, and every launch
then crashed ("'bogus' is not a valid Stage", exit 70); a step of kind "bogus" the same; an
id counter set to 2**63 - 1 made every later add say "The disk is full"; a day applied of
0001-01-01 was kept. The same values in a JSON export were refused by the import.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.helpers import file_digest
from tests.transfer_fixtures import fill_every_table


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def _changed(paths: DataPaths, statement: str) -> Path:
    made = back_up_store(paths)
    copy = made.with_name("odd.sqlite3")
    made.rename(copy)
    conn = sqlite3.connect(copy)
    conn.execute(statement)
    conn.commit()
    conn.close()
    return copy


def _first_id(paths: DataPaths, table: str) -> int:
    conn = sqlite3.connect(paths.database)
    found = conn.execute(f"SELECT min(id) FROM {table}").fetchone()[0]
    conn.close()
    return int(found)


CASES = {
    "stage": ("UPDATE application SET stage = 'bogus' WHERE id = {id}", "application", "stage"),
    "kind": ("UPDATE recovery_step SET kind = 'bogus' WHERE id = {id}", "recovery_step", "kind"),
    "day": (
        "UPDATE application SET date_applied = '0001-01-01' WHERE id = {id}",
        "application",
        "date_applied",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_backup_with_a_value_the_import_refuses_is_refused(
    filled: DataPaths, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    statement, table, column = CASES[case]
    row_id = _first_id(filled, table)
    odd = _changed(filled, statement.format(id=row_id))
    digest = file_digest(filled.database)
    capsys.readouterr()
    code = main(["restore", str(odd), "--yes", "--data-dir", str(filled.data_dir)])
    err = capsys.readouterr().err
    assert code == 1
    assert "The backup odd.sqlite3 holds what the app cannot use (" in err
    assert f"{table} row with id {row_id}, {column}:" in err
    assert "nothing was changed" in err
    assert file_digest(filled.database) == digest
    assert main(["today", "--data-dir", str(filled.data_dir)]) == 0


def test_an_id_counter_at_the_end_of_its_range_is_refused(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = _changed(filled, "UPDATE sqlite_sequence SET seq = 9223372036854775807")
    digest = file_digest(filled.database)
    capsys.readouterr()
    assert main(["restore", str(odd), "--yes", "--data-dir", str(filled.data_dir)]) == 1
    err = capsys.readouterr().err
    assert "the id counter of" in err and "9,223,372,036,854,775,807" in err
    assert file_digest(filled.database) == digest


def test_a_backup_the_import_would_take_is_put_back(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    good = back_up_store(filled)
    assert main(["restore", str(good), "--yes", "--data-dir", str(filled.data_dir)]) == 0
    assert "Restored" in capsys.readouterr().out
