"""One of the app's own triggers or indexes replaced or dropped, or a column added to one of
its tables, counts as a layout problem exactly as another program's trigger does.

A tester's walk: another program replaced `application_version` with a trigger of the same
name that deleted every skill; the launch said nothing and one edit emptied the skills, and
`repair` said "holds nothing bounceback-tui does not make" then "still not as bounceback-tui
makes it" (exit 1). With the version trigger dropped, two windows overwrote each other
without a word. A column added (`zz_extra`) was not told at launch, `backup` and `export`
refused, `repair` could not mend it, and `restore` listed the day's own backup as "not made
by bounceback-tui". Now each is told at launch, every write is refused, `repair` puts it
right after its backup, and a backup's copy is put right.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.backup import back_up_store, daily_backup
from bounceback_tui.store.database import Database
from tests.test_foreign_layout_no_writes import _one_application
from tests.transfer_fixtures import count, dump_store, fill_every_table
from tests.ui_harness import app_on, keep_toasts, settle_workers

REPLACED = (
    "DROP TRIGGER application_version",
    "CREATE TRIGGER application_version AFTER UPDATE ON application BEGIN "
    "UPDATE application SET link = 'http://evil.example/' WHERE id = NEW.id; "
    "DELETE FROM skill; END",
)
NOTICE = "Something else changed your store"


def _run(paths: DataPaths, *statements: str) -> None:
    conn = sqlite3.connect(paths.database)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _sql_of(path: Path, name: str) -> str | None:
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    conn.close()
    return None if row is None else str(row[0])


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    found = [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]
    conn.close()
    return found


def _repair(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["repair", "--data-dir", str(paths.data_dir)])
    return code, capsys.readouterr().out


async def test_a_replaced_own_trigger_is_told_and_no_edit_runs_it(opened_paths: DataPaths) -> None:
    fill_every_table(opened_paths)
    skills = count(opened_paths.database, "skill")
    assert skills > 0
    _run(opened_paths, *REPLACED)
    before = dump_store(opened_paths.database)
    async with app_on(opened_paths, "pipeline", notifications=True) as run:
        await settle_workers(run.pilot)
        said = keep_toasts(run.app)
        told = [str(n.message) for n in run.app._notifications if n.title == NOTICE]
        assert len(told) == 1, told
        assert told[0].startswith(
            "Your store has a trigger (application_version) changed from how bounceback-tui "
            "makes it; something else changed it. Nothing is saved, backed up or exported "
            "until that is put right: `bounceback-tui "
        )
        await run.pilot.press("]")  # an edit: the replaced trigger would empty the skills
        await settle_workers(run.pilot)
        assert any(
            line.startswith("Nothing was changed: your store holds a trigger") for line in said
        ), said
    assert dump_store(opened_paths.database) == before
    assert count(opened_paths.database, "skill") == skills


def test_repair_puts_the_apps_own_trigger_back(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _one_application(opened_paths)
    own = _sql_of(opened_paths.database, "application_version")
    _run(opened_paths, *REPLACED)
    code, out = _repair(opened_paths, capsys)
    assert code == 0, out
    assert "Backed up the store to" in out
    assert "Put back as the app makes it: trigger application_version." in out
    assert "nothing was" not in out.lower() and "still not" not in out
    assert _sql_of(opened_paths.database, "application_version") == own
    saved = list(opened_paths.backups.glob("*-before-repair.sqlite3"))
    assert len(saved) == 1 and "evil.example" in str(_sql_of(saved[0], "application_version"))
    db = Database(opened_paths.database)
    try:
        add_application(db, ApplicationInput(company="Globex", role="Analyst"))  # written again
    finally:
        db.dispose()


def test_a_dropped_own_trigger_refuses_writes_and_repair_makes_it_again(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _one_application(opened_paths)
    own = _sql_of(opened_paths.database, "application_version")
    _run(opened_paths, "DROP TRIGGER application_version")
    db = Database(opened_paths.database)
    try:
        with pytest.raises(StoreError) as refused:
            add_application(db, ApplicationInput(company="Globex", role="Analyst"))
        assert str(refused.value).startswith(
            "Nothing was changed: your store is missing a trigger (application_version) that "
            "bounceback-tui makes, and nothing is written to it until that is put right."
        )
        code, out = _repair(opened_paths, capsys)
        assert code == 0, out
        assert "Put back as the app makes it: trigger application_version." in out
        assert _sql_of(opened_paths.database, "application_version") == own
        add_application(db, ApplicationInput(company="Globex", role="Analyst"))
    finally:
        db.dispose()
    assert count(opened_paths.database, "application") == 2


def test_a_replaced_own_index_is_put_back(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _one_application(opened_paths)
    own = _sql_of(opened_paths.database, "ix_application_link")
    _run(
        opened_paths,
        "DROP INDEX ix_application_link",
        "CREATE UNIQUE INDEX ix_application_link ON application (company)",
    )
    assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 1
    code, out = _repair(opened_paths, capsys)
    assert code == 0, out
    assert "Put back as the app makes it: index ix_application_link." in out
    assert _sql_of(opened_paths.database, "ix_application_link") == own


async def test_an_added_column_is_told_and_refuses_writes(opened_paths: DataPaths) -> None:
    _one_application(opened_paths)
    _run(opened_paths, "ALTER TABLE application ADD COLUMN zz_extra TEXT")
    before = dump_store(opened_paths.database)
    async with app_on(opened_paths, "pipeline", notifications=True) as run:
        await settle_workers(run.pilot)
        said = keep_toasts(run.app)
        told = [str(n.message) for n in run.app._notifications if n.title == NOTICE]
        assert len(told) == 1, told
        assert told[0].startswith(
            "Your store has a column (application.zz_extra) that bounceback-tui does not "
            "make; something else changed it. Nothing is saved until it is removed (backups "
            "and exports leave it out): `bounceback-tui "
        )
        await run.pilot.press("]")
        await settle_workers(run.pilot)
        assert any(
            "your store holds a column (application.zz_extra) that bounceback-tui does not "
            "make" in line
            for line in said
        ), said
    assert dump_store(opened_paths.database) == before


def test_repair_removes_an_added_column_and_a_backup_leaves_it_out(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    data = dump_store(opened_paths.database)
    _run(opened_paths, "ALTER TABLE application ADD COLUMN zz_extra TEXT")
    made = daily_backup(opened_paths)
    assert made is not None
    assert "zz_extra" not in _columns(made, "application")
    assert dump_store(made) == data
    code, out = _repair(opened_paths, capsys)
    assert code == 0, out
    assert "Removed what the app does not make: column application.zz_extra." in out
    assert "nothing was" not in out.lower() and "still not" not in out
    assert "zz_extra" not in _columns(opened_paths.database, "application")
    assert dump_store(opened_paths.database) == data
    assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 0


def test_a_backup_carrying_an_added_column_is_restored_without_it(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    data = dump_store(opened_paths.database, versions=False)
    made = back_up_store(opened_paths)
    old = made.with_name("bounceback-20260101-090000-daily.sqlite3")
    made.rename(old)
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE application ADD COLUMN zz_extra TEXT")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["restore", "--data-dir", str(opened_paths.data_dir)]) == 0  # the list
    listed = capsys.readouterr().out
    assert old.name in listed and "not made by bounceback-tui" not in listed
    assert main(["restore", str(old), "--yes", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Left out what the app does not make: column application.zz_extra." in out
    assert "zz_extra" not in _columns(opened_paths.database, "application")
    assert dump_store(opened_paths.database, versions=False) == data


def test_an_index_is_said_with_an(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(opened_paths, "CREATE UNIQUE INDEX zz_u ON application (company)")
    capsys.readouterr()
    assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "The backup leaves out an index (zz_u) that bounceback-tui does not make;" in out
    db = Database(opened_paths.database)
    try:
        with pytest.raises(StoreError) as refused:
            add_application(db, ApplicationInput(company="Globex", role="Analyst"))
    finally:
        db.dispose()
    assert "your store holds an index (zz_u) that" in str(refused.value)
