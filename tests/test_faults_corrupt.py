"""A corrupt or foreign file at the store's path: a clear message, untouched, two ways out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text as sqlite_text

from bounceback_tui.cli import main
from bounceback_tui.commands import store_problem
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.background import QuickCheck
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.helpers import at_a_terminal, file_digest
from tests.transfer_fixtures import dump_store, fill_every_table, integrity


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    # The last connection to close folds the WAL into the file and removes -wal and -shm.
    conn = sqlite3.connect(opened_paths.database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return opened_paths


def _damage_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\x13\x37" * (page // 2)
    path.write_bytes(bytes(data))


def _damage_a_page_of(path: Path, table: str) -> None:
    """Scramble one page that holds ``table``'s rows (SQLite's dbstat says which)."""
    conn = sqlite3.connect(path)
    try:
        (page_number,) = conn.execute(
            "SELECT min(pageno) FROM dbstat WHERE name = ?", (table,)
        ).fetchone()
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    start = (page_number - 1) * page
    data[start : start + page] = b"\x13\x37" * (page // 2)
    path.write_bytes(bytes(data))


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda p: p.write_text("my shopping list"), "not an SQLite database"),
        (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "cannot be read"),
        (_damage_middle, "is damaged"),
    ],
    ids=["not-sqlite", "truncated", "damaged-page"],
)
def test_launch_explains_and_touches_nothing(
    filled: DataPaths, monkeypatch: pytest.MonkeyPatch, damage, expected: str
) -> None:  # type: ignore[no-untyped-def]
    back_up_store(filled)
    damage(filled.database)
    digest = file_digest(filled.database)
    files = _files(filled.data_dir)
    shown = _launched_at_a_terminal(monkeypatch)
    assert main([]) == 1  # `q` on the choices screen
    (chooser,) = shown
    assert expected in chooser.problem
    assert "left untouched" in chooser.problem
    assert chooser.backup_label is not None  # the latest backup is offered
    assert chooser.aside_name.startswith("bounceback.sqlite3.unreadable-")  # moved aside
    assert file_digest(filled.database) == digest
    assert _files(filled.data_dir) == files


def _launched_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> list[StoreProblemApp]:
    """The launches of this test made as at a terminal, the app run headless (it meets damage
    inside and closes by itself); each store-problem screen shown is kept and quit as `q`."""
    from textual.app import App

    from bounceback_tui.ui.app import BouncebackApp

    shown: list[StoreProblemApp] = []

    def quit_(app: StoreProblemApp) -> bool:
        shown.append(app)
        return False

    at_a_terminal(monkeypatch)
    monkeypatch.setattr(StoreProblemApp, "run", quit_)
    monkeypatch.setattr(BouncebackApp, "run", lambda app: App.run(app, headless=True))
    return shown


def test_foreign_sqlite_database_is_not_ours(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_paths.ensure_data_dir()
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    digest = file_digest(data_paths.database)
    shown = _launched_at_a_terminal(monkeypatch)
    assert main([]) == 1
    (chooser,) = shown
    assert "is an SQLite database from another program" in chooser.problem
    assert "left untouched" in chooser.problem
    assert file_digest(data_paths.database) == digest


def _chooser(paths: DataPaths) -> StoreProblemApp:
    from bounceback_tui.store.backup import latest_backup

    latest = latest_backup(paths)
    return StoreProblemApp(
        "The file at ... is not a bounceback-tui store. It was left untouched.",
        backup_label=store_problem.backup_label(latest) if latest else None,
        aside_name="bounceback.sqlite3.unreadable-...",
        restore=lambda: store_problem._restore_latest(paths),
        fresh=lambda: store_problem._start_fresh(paths),
        quiet_s=0,  # keys from the first moment (tests/test_store_problem_keys.py)
    )


async def test_start_fresh_moves_the_file_aside(filled: DataPaths) -> None:
    filled.database.write_text("my shopping list")
    digest = file_digest(filled.database)
    app = _chooser(filled)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f", "y")  # asked first (tests/test_store_problem_keys.py)
        await pilot.pause()
        assert app.done
        assert "nothing was deleted" in str(app.query_one("#problem-result").render())
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_value is True
    aside = [p for p in filled.data_dir.iterdir() if ".unreadable-" in p.name]
    assert len(aside) == 1 and file_digest(aside[0]) == digest
    assert integrity(filled.database) == "ok"
    assert dump_store(filled.database)["application"] == []


async def test_restore_latest_backup(filled: DataPaths) -> None:
    saved = back_up_store(filled)
    expected = dump_store(saved)
    filled.database.write_text("my shopping list")
    app = _chooser(filled)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        assert "Restored" in str(app.query_one("#problem-result").render())
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_value is True
    assert dump_store(filled.database) == expected
    assert any(".unreadable-" in p.name for p in filled.data_dir.iterdir())


async def test_the_restore_choice_says_what_the_backup_holds(filled: DataPaths) -> None:
    """A stranger's walk (sixteenth round): the latest backup had been taken at the first
    launch, before anything was added; "Restore the latest backup (daily, today 22:37)"
    brought back an empty store and the first-run welcome, and the screen still said the
    damaged file "was left untouched" beside the name it had been moved aside to."""
    saved = back_up_store(filled)
    held = dump_store(saved)
    assert len(held["application"]) >= 1 and len(held["rejection"]) >= 1
    filled.database.write_text("my shopping list")
    app = _chooser(filled)
    async with app.run_test(size=(100, 30)) as pilot:
        label = str(app.query_one("#restore").render())
        assert f"{len(held['application'])} application" in label
        assert f"{len(held['rejection'])} rejection" in label
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        assert not app.query_one("#problem-text").display
        assert "Restored" in str(app.query_one("#problem-result").render())


def test_an_empty_backup_is_called_empty(opened_paths: DataPaths) -> None:
    from bounceback_tui.store.backup import latest_backup

    back_up_store(opened_paths)
    latest = latest_backup(opened_paths)
    assert latest is not None
    assert store_problem.backup_label(latest).endswith(": empty")
    # One that cannot be read says when and what kind only, no count.
    latest.path.write_bytes(b"not a store" * 200)
    label = store_problem.backup_label(latest)
    assert "empty" not in label and "application" not in label


async def test_quit_leaves_everything(filled: DataPaths) -> None:
    filled.database.write_text("my shopping list")
    digest = file_digest(filled.database)
    files = _files(filled.data_dir)
    app = _chooser(filled)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value is False
    assert file_digest(filled.database) == digest
    assert _files(filled.data_dir) == files


async def test_without_backups_restore_is_not_offered(data_paths: DataPaths) -> None:
    data_paths.ensure_data_dir()
    data_paths.database.write_text("junk")
    app = _chooser(data_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.query_one("#restore").disabled
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        assert not app.done
        assert data_paths.database.read_text() == "junk"


def test_choices_screen_looks_calm(snap_compare) -> None:  # type: ignore[no-untyped-def]
    app = StoreProblemApp(
        "The file at ~/.local/share/bounceback-tui/bounceback.sqlite3 is not a bounceback-tui "
        "store (it is not an SQLite database). It was left untouched.",
        backup_label="daily, today 09:30",
        aside_name="bounceback.sqlite3.unreadable-20260316-093000",
        restore=lambda: "Restored.",
        fresh=lambda: "Started fresh.",
    )
    assert snap_compare(app, terminal_size=(100, 30))


async def test_damage_found_after_the_first_screen_closes_the_app_unwritten(
    filled: DataPaths,
) -> None:
    """The quick check runs in the background: writes wait for it, and damage closes the
    app (run_app then offers the ways out) before anything is written."""
    from bounceback_tui.errors import StoreError
    from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp

    # A page the first screen never reads (Today shows no skill's links): only the quick
    # check, after the first paint, can meet it. (Which page sits in the middle of the file
    # depends on the schema's history; the middle one may be read by the first screen.)
    _damage_a_page_of(filled.database, "skill_resource")
    digest = file_digest(filled.database)
    check = QuickCheck(filled.database)
    check.start()
    app = BouncebackApp(filled, store_check=check)
    async with app.run_test(size=(100, 30)) as pilot:
        with pytest.raises(StoreError, match="damaged; nothing was saved"), app.db.write():
            pass
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_value == STORE_DAMAGED
    assert file_digest(filled.database) == digest


async def test_a_sound_store_lets_writes_through(filled: DataPaths) -> None:
    from bounceback_tui.ui.app import BouncebackApp

    check = QuickCheck(filled.database)
    check.start()
    app = BouncebackApp(filled, store_check=check)
    async with app.run_test(size=(100, 30)) as pilot:
        with app.db.write() as session:
            session.execute(
                sqlite_text("INSERT OR REPLACE INTO setting (key, value) VALUES ('weekly_goal', 9)")
            )
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
    with sqlite3.connect(filled.database) as conn:
        stored = conn.execute("SELECT value FROM setting WHERE key = 'weekly_goal'").fetchall()
    assert stored == [("9",)]
