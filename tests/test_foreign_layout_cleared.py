"""`import --replace` and `demo --force` leave the store with the app's layout only: another
program's trigger, table or view goes, in the same transaction, after the backup they take.

An attacker's walk: a trigger `AFTER INSERT ON application` (a `javascript:` link set, every
skill deleted) came back with a backup before backups were checked; `import --replace`
("it now holds what the file holds") and `demo --force` kept it, and it fired on every add.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.test_restore_foreign_layout import EVIL
from tests.transfer_fixtures import fill_every_table

FOREIGN = (
    EVIL,
    "CREATE TABLE zz_extra (x TEXT)",
    "CREATE VIEW zz_seen AS SELECT company FROM application",
)


def _add_foreign(paths: DataPaths) -> None:
    conn = sqlite3.connect(paths.database)
    for statement in FOREIGN:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _names(paths: DataPaths) -> set[str]:
    conn = sqlite3.connect(paths.database)
    names = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    return names


def _an_add_fires_nothing(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        with db.read() as session:
            skills = session.connection().exec_driver_sql("SELECT count(*) FROM skill").scalar()
        added = add_application(
            db, ApplicationInput(company="Acme", role="Engineer", link="https://acme.example/j")
        )
        with db.read() as session:
            conn = session.connection()
            link = conn.exec_driver_sql(
                f"SELECT link FROM application WHERE id = {added.id}"
            ).scalar()
            after = conn.exec_driver_sql("SELECT count(*) FROM skill").scalar()
    finally:
        db.dispose()
    assert link == "https://acme.example/j"
    assert after == skills


def test_import_replace_removes_what_the_app_does_not_make(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fill_every_table(opened_paths)
    export = tmp_path / "mine.json"
    assert main(["export", "-o", str(export), "--data-dir", str(opened_paths.data_dir)]) == 0
    _add_foreign(opened_paths)
    capsys.readouterr()
    args = ["import", "--replace", "--yes", str(export), "--data-dir", str(opened_paths.data_dir)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Backed up the previous store to" in out
    assert (
        "Removed what the app does not make: trigger zz_evil, view zz_seen, table zz_extra."
    ) in out
    assert not {"zz_evil", "zz_seen", "zz_extra"} & _names(opened_paths)
    _an_add_fires_nothing(opened_paths)


def test_demo_force_removes_what_the_app_does_not_make(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    _add_foreign(opened_paths)
    capsys.readouterr()
    args = ["demo", "--force", "--scale", "5", "--data-dir", str(opened_paths.data_dir)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Backed up the existing store to" in out
    assert (
        "Removed what the app does not make: trigger zz_evil, view zz_seen, table zz_extra."
    ) in out
    assert not {"zz_evil", "zz_seen", "zz_extra"} & _names(opened_paths)
    _an_add_fires_nothing(opened_paths)


def test_demo_force_on_an_empty_store_with_a_trigger_backs_it_up_and_removes_it(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_foreign(opened_paths)
    capsys.readouterr()
    args = ["demo", "--force", "--scale", "3", "--data-dir", str(opened_paths.data_dir)]
    assert main(args) == 0
    assert "Backed up the existing store to" in capsys.readouterr().out
    assert "zz_extra" not in _names(opened_paths)
