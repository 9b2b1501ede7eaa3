"""A store behind this version, or a store file moved over the open one by hand, is not
written to while it holds what the app does not make: not upgraded, not moved past the old
file's versions. `repair` puts it right at its own version, then it is upgraded.

The last round's left-alone list: a store file replaced by hand with an older one carrying
another program's trigger was upgraded with the trigger firing on the upgrade's own writes,
and the copy taken before the upgrade carried it on; a newer one had every row's version
moved on through it.
"""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.errors import ForeignLayoutError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.sqlite_file import open_store
from tests.helpers import file_digest
from tests.old_backups import store_at_version

# Another program's: a log of its own, written on every row the funnel's summary gets (the
# upgrade to schema 8 fills that summary again).
FOREIGN = (
    "CREATE TABLE zz_log (n INTEGER)",
    "CREATE TRIGGER zz_evil AFTER INSERT ON summary_funnel_application "
    "BEGIN INSERT INTO zz_log VALUES (1); END",
)


def _old_store_with_a_trigger(paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    store_at_version(paths.database, 7)
    conn = sqlite3.connect(paths.database)
    for statement in FOREIGN:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _read(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(paths.database)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _elsewhere(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default store somewhere else: `repair` is named with this one's --data-dir."""
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(paths.data_dir.parent / "another"))


def _refusal(paths: DataPaths) -> str:
    option = f"--data-dir {shlex.quote(str(paths.data_dir))}"
    return (
        "Nothing was changed: your store holds a trigger (zz_evil) and a table (zz_log) that "
        "bounceback-tui does not make, and nothing is written to it until they are removed. "
        f"`bounceback-tui {option} repair` removes them after a backup."
    )


def test_a_store_behind_is_not_upgraded_through_another_programs_trigger(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_store_with_a_trigger(data_paths)
    _elsewhere(data_paths, monkeypatch)
    digest = file_digest(data_paths.database)

    with pytest.raises(ForeignLayoutError) as refused:
        open_store(data_paths)
    assert str(refused.value) == _refusal(data_paths)
    assert main(["--data-dir", str(data_paths.data_dir), "today"]) == 1
    assert capsys.readouterr().err == f"bounceback-tui: {_refusal(data_paths)}\n"

    assert file_digest(data_paths.database) == digest  # not upgraded, the trigger not run
    assert not data_paths.backups.exists() or not list(data_paths.backups.iterdir())


def test_repair_puts_it_right_at_its_version_then_it_is_upgraded(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _old_store_with_a_trigger(data_paths)

    assert main(["--data-dir", str(data_paths.data_dir), "repair"]) == 0
    out = capsys.readouterr().out
    assert "Removed what the app does not make: trigger zz_evil, table zz_log." in out
    assert _read(data_paths, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert _read(data_paths, "SELECT company FROM application") == [("Old Co",)]
    names = {row[0] for row in _read(data_paths, "SELECT name FROM sqlite_master")}
    assert not {"zz_evil", "zz_log"} & names
    # The copy taken before the upgrade is of the store put right: it restores as it is.
    (before,) = data_paths.backups.glob("*-pre-migration-v7-to-*.sqlite3")
    conn = sqlite3.connect(before)
    kept = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert not {"zz_evil", "zz_log"} & kept


def test_a_file_moved_over_the_store_is_not_moved_past_through_a_trigger(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.store.replaced_file import take_up
    from bounceback_tui.store.versions import StoreMarks

    conn = sqlite3.connect(opened_paths.database)
    conn.execute(
        "INSERT INTO application (company, role, stage, created_at, updated_at) VALUES "
        "('Acme', 'Engineer', 'applied', '2025-01-01 10:00:00', '2025-01-01 10:00:00')"
    )
    conn.execute("CREATE TABLE zz_log (n INTEGER)")
    conn.execute(
        "CREATE TRIGGER zz_evil AFTER UPDATE ON application "
        "BEGIN INSERT INTO zz_log VALUES (1); END"
    )
    conn.commit()
    conn.close()
    digest = file_digest(opened_paths.database)
    _elsewhere(opened_paths, monkeypatch)

    with pytest.raises(ForeignLayoutError) as refused:
        take_up(opened_paths, StoreMarks(highest_version=40, ids={"application": 7}))
    assert str(refused.value) == _refusal(opened_paths)
    assert file_digest(opened_paths.database) == digest
    assert _read(opened_paths, "SELECT count(*) FROM zz_log") == [(0,)]


async def test_the_window_says_a_file_moved_over_it_with_a_trigger_cannot_be_used(
    opened_paths: DataPaths, tmp_path: Path, empty_store_template: Path
) -> None:
    from bounceback_tui.store.database import Database
    from tests.replaced_files import (
        another_store,
        replace_by_hand,
        skill,
        titles_at,
        with_a_trigger,
    )
    from tests.test_store_file_replaced_ui import _notes, on_skills
    from tests.ui_harness import settle

    db = Database(opened_paths.database)
    skill(db, "Mine")
    db.close()
    other = another_store(tmp_path, empty_store_template, "Theirs")
    with_a_trigger(other)
    digest = file_digest(other)
    async with on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        app._watch_tick()
        replace_by_hand(opened_paths.database, other)
        app._watch_tick()
        await settle(pilot)
        (note,) = _notes(app, "Store replaced")
        assert note.startswith(
            "The store file was replaced outside the app, by one that cannot be used: Nothing "
            "was changed: your store holds a trigger (zz_evil) and a table (zz_log) that "
            "bounceback-tui does not make,"
        )
        assert "repair` removes them after a backup." in note
        assert titles_at(opened_paths.database) == ["Theirs"]
        assert file_digest(opened_paths.database) == digest  # not moved past through it
