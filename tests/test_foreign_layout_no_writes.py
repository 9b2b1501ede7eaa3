"""Nothing is written to a store holding a trigger, table or view the app does not make.

The twenty-eighth round's last walk: with another program's trigger in the store the app went
on writing (the launch's notice held back `backup` and `export` only), so the trigger ran on
every save; one added while the app was open went unnoticed until the next launch; a plain
`import` and `demo` wrote through it. Now every write, in the app and on the command line,
is refused with one sentence naming `bounceback-tui repair`, reading goes on, and nothing
changes. Found inside each write's own transaction: SQLite's schema version, and the layout
read again only when that moved.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.screen_text import screen_text
from tests.transfer_fixtures import count, dump_store
from tests.ui_harness import app_on, fill, keep_toasts, settle_workers

# Another program's trigger: it would empty the skills on every change to an application.
TRIGGER = "CREATE TRIGGER zz_evil AFTER UPDATE ON application BEGIN DELETE FROM skill; END"
REFUSED = (
    "Nothing was changed: your store holds a trigger (zz_evil) that bounceback-tui does not "
    "make, and nothing is written to it until it is removed."
)


def _one_application(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        add_application(db, ApplicationInput(company="Acme", role="Engineer", stage=Stage.APPLIED))
    finally:
        db.dispose()


def _add_trigger(paths: DataPaths, sql: str = TRIGGER) -> None:
    conn = sqlite3.connect(paths.database)
    conn.execute(sql)
    conn.commit()
    conn.close()


def _stage(paths: DataPaths) -> str:
    conn = sqlite3.connect(paths.database)
    stage = str(conn.execute("SELECT stage FROM application").fetchone()[0])
    conn.close()
    return stage


async def test_a_move_and_an_add_are_refused_naming_repair(opened_paths: DataPaths) -> None:
    _one_application(opened_paths)
    _add_trigger(opened_paths)
    before = dump_store(opened_paths.database)
    async with app_on(opened_paths, "pipeline", notifications=True) as run:
        await settle_workers(run.pilot)
        said = keep_toasts(run.app)
        assert "Acme" in screen_text(run.app)  # read as before
        focused = run.app.focused
        await run.pilot.press("]")  # stage on
        await settle_workers(run.pilot)
        refused = [line for line in said if REFUSED in line]
        assert len(refused) == 1, said
        assert refused[0].endswith(" repair` removes it after a backup.")
        assert run.app.focused is focused
        await run.pilot.press("a")  # add
        await settle_workers(run.pilot)
        await fill(run.pilot, company="Globex", role="Analyst")
        await run.pilot.press("enter")
        await settle_workers(run.pilot)
        message = str(run.app.screen.query_one("#form-message").render())
        assert REFUSED in message  # the form stays open, with what was typed
    assert dump_store(opened_paths.database) == before


async def test_a_trigger_added_while_the_app_is_open_is_met_at_the_next_write(
    opened_paths: DataPaths,
) -> None:
    _one_application(opened_paths)
    async with app_on(opened_paths, "pipeline", notifications=True) as run:
        await settle_workers(run.pilot)
        said = keep_toasts(run.app)
        await run.pilot.press("]")
        await settle_workers(run.pilot)
        moved = _stage(opened_paths)
        assert moved != "applied"  # written: the store was the app's
        _add_trigger(opened_paths)
        before = dump_store(opened_paths.database)
        await run.pilot.press("]")
        await settle_workers(run.pilot)
        assert any(REFUSED in line for line in said), said
        assert dump_store(opened_paths.database) == before


def test_writes_go_on_once_it_is_removed_and_after_the_apps_own_changes(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        add_application(db, ApplicationInput(company="Acme", role="Engineer"))
        _add_trigger(opened_paths)
        with pytest.raises(StoreError) as refused:
            add_application(db, ApplicationInput(company="Globex", role="Analyst"))
        assert str(refused.value).startswith(REFUSED)
        assert "`bounceback-tui repair` removes it after a backup." in str(refused.value)
        assert count(opened_paths.database, "application") == 1
        _add_trigger(opened_paths, "DROP TRIGGER zz_evil")  # what `repair` does
        add_application(db, ApplicationInput(company="Globex", role="Analyst"))
        conn = sqlite3.connect(opened_paths.database, isolation_level=None)
        conn.execute("VACUUM")  # moves the schema version: looked at again, and the app's
        conn.close()
        add_application(db, ApplicationInput(company="Initech", role="Tester"))
    finally:
        db.dispose()
    assert count(opened_paths.database, "application") == 3


def _refused_on_the_command_line(
    args: list[str], paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> str:
    capsys.readouterr()
    assert main([*args, "--data-dir", str(paths.data_dir)]) == 1
    err = capsys.readouterr().err
    assert REFUSED in err
    assert err.rstrip().endswith(" repair` removes it after a backup.")
    return err


def test_a_plain_json_import_is_refused(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = str(tmp_path / "other")
    assert main(["demo", "--scale", "3", "--data-dir", other]) == 0
    export = tmp_path / "theirs.json"
    assert main(["export", "-o", str(export), "--data-dir", other]) == 0
    _add_trigger(opened_paths)  # an empty store, as a plain import takes
    before = dump_store(opened_paths.database)
    _refused_on_the_command_line(["import", str(export)], opened_paths, capsys)
    assert dump_store(opened_paths.database) == before
    assert not opened_paths.backups.exists() or not list(opened_paths.backups.iterdir())


def test_a_plain_csv_import_is_refused(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_trigger(opened_paths)
    sheet = tmp_path / "apps.csv"
    sheet.write_text("company,role,stage\nAcme,Engineer,applied\n", encoding="utf-8")
    before = dump_store(opened_paths.database)
    _refused_on_the_command_line(["import", "--yes", str(sheet)], opened_paths, capsys)
    assert dump_store(opened_paths.database) == before


def test_a_plain_demo_is_refused(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_trigger(opened_paths)
    before = dump_store(opened_paths.database)
    _refused_on_the_command_line(["demo", "--scale", "3"], opened_paths, capsys)
    assert dump_store(opened_paths.database) == before
