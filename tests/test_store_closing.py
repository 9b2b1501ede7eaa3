"""Only the store file is left once the app or a command ends (store/closing.py).

In WAL mode SQLite keeps ``-wal`` and ``-shm`` beside the store while it is open and
deletes them when the last connection closes, if that connection can write. The app's
watcher and the fast readers are read-only, and the app's engine was never closed, so
both files stayed after every quit and after read-only commands (export, backup). A
second window on the same store must never be disturbed: it keeps the files, and
whoever closes last tidies.
"""

from __future__ import annotations

import asyncio
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.background import QuickCheck
from bounceback_tui.store.closing import side_files, tidy_store
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp
from tests.damage_fixtures import damage_tables
from tests.helpers import file_digest
from tests.ui_harness import app_on, settle, settle_workers

SIZE = (100, 30)


def leftovers(paths: DataPaths) -> list[str]:
    return sorted(side.name for side in side_files(paths.database))


def companies_in_the_file(path: Path) -> list[str]:
    """The companies the store file itself holds: ``immutable`` reads the file alone,
    never a log beside it (and writes nothing next to it)."""
    conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT company FROM application ORDER BY id")]
    finally:
        conn.close()


async def add_application(pilot: Any, company: str) -> None:
    """Add an application through the Pipeline's form, as a person would."""
    app = pilot.app
    await pilot.press("a")
    await settle(pilot)
    app.screen.query_one("#field-company").value = company
    app.screen.query_one("#field-role").value = "Engineer"
    await pilot.press("ctrl+s")
    await settle_workers(pilot)


@pytest.mark.parametrize("quit_key", ["q", "ctrl+q"])
async def test_quitting_the_app_leaves_only_the_store_file(
    opened_paths: DataPaths, quit_key: str
) -> None:
    async with app_on(opened_paths, "pipeline") as (_app, pilot, _pane):
        await add_application(pilot, "Quitting Works")
        assert leftovers(opened_paths) == ["bounceback.sqlite3-shm", "bounceback.sqlite3-wal"]
        await pilot.press(quit_key)
        await settle(pilot)
    assert leftovers(opened_paths) == []
    # The write was folded into the file itself, not left in a log beside it.
    assert companies_in_the_file(opened_paths.database) == ["Quitting Works"]


async def test_the_first_of_two_windows_to_quit_leaves_the_other_undisturbed(
    opened_paths: DataPaths,
) -> None:
    first, second = BouncebackApp(opened_paths), BouncebackApp(opened_paths)
    first.watch_seconds = second.watch_seconds = 3600.0
    async with second.run_test(size=SIZE) as pilot_b:
        await pilot_b.press("2")
        await settle(pilot_b)
        async with first.run_test(size=SIZE) as pilot_a:
            await pilot_a.press("2")
            await settle(pilot_a)
            await add_application(pilot_a, "From the first window")
            await pilot_a.press("q")
            await settle(pilot_a)
        # The second window still has the store open: its log and index stay.
        assert leftovers(opened_paths) == ["bounceback.sqlite3-shm", "bounceback.sqlite3-wal"]
        second.current_pane.reload_now()
        await settle_workers(pilot_b)
        assert [row.company for row in second.current_pane.visible_rows] == [
            "From the first window"
        ]
        await add_application(pilot_b, "From the second window")
        assert sorted(row.company for row in second.current_pane.visible_rows) == [
            "From the first window",
            "From the second window",
        ]
        await pilot_b.press("q")
        await settle(pilot_b)
    # The last to close tidied, and the file holds both windows' writes, intact.
    assert leftovers(opened_paths) == []
    assert companies_in_the_file(opened_paths.database) == [
        "From the first window",
        "From the second window",
    ]
    conn = sqlite3.connect(f"{opened_paths.database.as_uri()}?immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


async def test_the_log_and_its_index_are_private_while_the_app_runs(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (_app, pilot, _pane):
        await add_application(pilot, "Private Files")
        for side in side_files(opened_paths.database):
            assert stat.S_IMODE(side.stat().st_mode) == 0o600, side.name
        assert stat.S_IMODE(opened_paths.data_dir.stat().st_mode) == 0o700


def run_cli(paths: DataPaths, *args: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *args])


@pytest.fixture
def demo_store(opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> DataPaths:
    assert run_cli(opened_paths, "demo") == 0
    capsys.readouterr()
    assert leftovers(opened_paths) == []
    return opened_paths


@pytest.mark.parametrize(
    "command",
    [
        ("export", "--format", "json", "-o", "{tmp}/out.json"),
        ("export", "--format", "csv", "-o", "{tmp}/out.csv"),
        ("backup",),
        ("today",),
        ("restore", "latest", "--yes"),
    ],
    ids=lambda command: "-".join(part for part in command if not part.startswith("{")),
)
def test_a_command_leaves_only_the_store_file(
    demo_store: DataPaths, tmp_path: Path, command: tuple[str, ...]
) -> None:
    if command[0] == "restore":
        assert run_cli(demo_store, "backup") == 0
    before = companies_in_the_file(demo_store.database)
    args = [part.format(tmp=tmp_path) for part in command]
    assert run_cli(demo_store, *args) == 0
    assert leftovers(demo_store) == []
    assert companies_in_the_file(demo_store.database) == before


def test_a_command_beside_an_open_window_leaves_its_files_alone(
    demo_store: DataPaths, tmp_path: Path
) -> None:
    # Another window: a connection holding the store open, with a commit still in the log.
    window = sqlite3.connect(demo_store.database, isolation_level=None)
    try:
        window.execute("UPDATE application SET notes = 'in the log' WHERE id = 1")
        assert run_cli(demo_store, "export", "-o", str(tmp_path / "out.json")) == 0
        assert leftovers(demo_store) == ["bounceback.sqlite3-shm", "bounceback.sqlite3-wal"]
        # The window goes on reading and writing as before.
        window.execute("UPDATE application SET notes = 'still mine' WHERE id = 2")
        notes = window.execute("SELECT notes FROM application WHERE id IN (1, 2) ORDER BY id")
        assert [row[0] for row in notes] == ["in the log", "still mine"]
    finally:
        window.close()  # the last to close: SQLite tidies
    assert leftovers(demo_store) == []
    conn = sqlite3.connect(f"{demo_store.database.as_uri()}?immutable=1", uri=True)
    try:
        notes = conn.execute("SELECT notes FROM application WHERE id IN (1, 2) ORDER BY id")
        assert [row[0] for row in notes] == ["in the log", "still mine"]
    finally:
        conn.close()


_KILLED_MID_USE = """
import os, sys
from pathlib import Path
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database

db = Database(Path(sys.argv[1]))
add_application(db, ApplicationInput(company="Written before the kill", role="Engineer"))
os._exit(9)  # no connection closed, as after kill -9
"""


@pytest.mark.slow
def test_a_store_left_with_its_log_by_a_killed_app_keeps_every_commit(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    subprocess.run([sys.executable, "-c", _KILLED_MID_USE, str(opened_paths.database)], check=False)
    assert leftovers(opened_paths) == ["bounceback.sqlite3-shm", "bounceback.sqlite3-wal"]
    assert companies_in_the_file(opened_paths.database) == []  # the commit is in the log
    assert run_cli(opened_paths, "today") == 0
    assert leftovers(opened_paths) == []
    assert companies_in_the_file(opened_paths.database) == ["Written before the kill"]


def test_tidying_never_touches_what_is_not_a_store_of_ours(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    kept = sqlite3.connect(other)  # the log exists while it is open
    kept.execute("SELECT * FROM t").fetchall()
    try:
        assert not tidy_store(other)
        assert Path(f"{other}-wal").exists()
    finally:
        kept.close()
        conn.close()
    # Nothing at all: nothing is created.
    missing = tmp_path / "none" / "bounceback.sqlite3"
    assert tidy_store(missing)
    assert not missing.parent.exists()


def test_tidying_leaves_a_read_only_store_as_it_is(data_paths: DataPaths) -> None:
    open_store(data_paths)
    path = data_paths.database
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        reader.execute("SELECT count(*) FROM application").fetchone()
        assert side_files(path)
        data_paths.data_dir.chmod(0o500)
        try:
            assert not tidy_store(path)
            assert side_files(path)
        finally:
            data_paths.data_dir.chmod(0o700)
    finally:
        reader.close()


def test_a_command_refused_for_damage_leaves_the_files_as_they_were(
    demo_store: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_tables(demo_store.database, "application")
    files = _side_files_of_a_reader(demo_store)
    digest = file_digest(demo_store.database)
    assert run_cli(demo_store, "export", "-o", str(tmp_path / "out.json")) == 1
    assert "damaged" in capsys.readouterr().err
    assert sorted(p.name for p in demo_store.data_dir.iterdir()) == files
    assert file_digest(demo_store.database) == digest


def _side_files_of_a_reader(paths: DataPaths) -> list[str]:
    """Leave -wal and -shm beside the store, as a read-only window that closed does."""
    reader = sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)
    reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
    reader.close()
    files = sorted(p.name for p in paths.data_dir.iterdir())
    assert "bounceback.sqlite3-wal" in files
    return files


async def test_an_app_whose_check_finds_damage_leaves_the_files_as_they_were(
    demo_store: DataPaths,
) -> None:
    damage_tables(demo_store.database, "thought_trap", "sqlite_autoindex_thought_trap_1")
    files = _side_files_of_a_reader(demo_store)
    digest = file_digest(demo_store.database)
    check = QuickCheck(demo_store.database)
    app = BouncebackApp(demo_store, store_check=check)
    # Today does not read the traps; the check, after the first paint, finds them.
    result = await asyncio.wait_for(app.run_async(headless=True, size=SIZE), 60)
    assert result == STORE_DAMAGED
    app.close_store()  # as run_app does once every thread is done
    assert sorted(p.name for p in demo_store.data_dir.iterdir()) == files
    assert file_digest(demo_store.database) == digest


async def test_damage_the_check_finds_after_a_quit_leaves_the_files_as_they_were(
    demo_store: DataPaths,
) -> None:
    class DamageFoundLate:
        result = "ok"

        def wait_ok(self, timeout: float | None = None) -> bool:
            return True

    late = DamageFoundLate()
    async with app_on(demo_store, "pipeline") as (app, pilot, _pane):
        app.store_check = late
        await pilot.press("q")
        await settle(pilot)
    files = _side_files_of_a_reader(demo_store)
    late.result = "*** in database main ***\nPage 42: btreeInitPage() returns error code 11"
    app.close_store()  # run_app's, after the backup thread waited for the check
    assert sorted(p.name for p in demo_store.data_dir.iterdir()) == files


def test_a_command_interrupted_with_ctrl_c_leaves_only_the_store_file(
    demo_store: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.commands import today

    def read_then_interrupted(args: object, paths: DataPaths) -> int:
        reader = sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)
        try:
            reader.execute("SELECT count(*) FROM application").fetchone()
            raise KeyboardInterrupt
        finally:
            reader.close()

    monkeypatch.setattr(today, "run", read_then_interrupted)
    assert run_cli(demo_store, "today") == 130
    assert "interrupted" in capsys.readouterr().err
    assert leftovers(demo_store) == []
