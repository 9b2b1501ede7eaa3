"""A store made read-only, then writable again while the window is open: the next save
goes through, and the window stops saying it is read-only (a stranger's walk: it stayed
refused until a restart).

The tests may run as root, for whom a file's mode does not stop a write; the app decides a
store is read-only from the owner's write bit (``store_is_read_only``), which a chmod sets
for root too, so the modes below are what the app sees in any case.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.transfer_fixtures import count
from tests.ui_harness import app_on, settle, settle_workers, toasts


@pytest.fixture
def modes_put_back(opened_paths: DataPaths) -> Iterator[DataPaths]:
    yield opened_paths
    opened_paths.data_dir.chmod(0o700)
    opened_paths.database.chmod(0o600)


def _save_a_setting(db: Database, key: str) -> None:
    with db.write() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES (:key, '1')"), {"key": key})


def _settings(path: Path, key: str) -> int:
    db = Database(path)
    try:
        with db.read() as session:
            asked = text("SELECT count(*) FROM setting WHERE key = :key")
            found = session.execute(asked, {"key": key})
            return int(found.scalar_one())
    finally:
        db.dispose()


@pytest.mark.parametrize("made_read_only", ["file", "folder"])
def test_a_save_refused_as_read_only_goes_through_once_it_is_writable(
    modes_put_back: DataPaths, made_read_only: str
) -> None:
    paths = modes_put_back
    shut, mode_back = (
        (paths.database, 0o600) if made_read_only == "file" else (paths.data_dir, 0o700)
    )
    shut.chmod(0o400 if made_read_only == "file" else 0o500)
    db = Database(paths.database)
    try:
        assert db.read_only
        with pytest.raises(StoreError, match="is read-only; nothing was saved"):
            _save_a_setting(db, "first-try")
        with pytest.raises(StoreError, match="is read-only; nothing was saved"):
            _save_a_setting(db, "still-shut")  # asking again changes nothing while it is
        shut.chmod(mode_back)
        _save_a_setting(db, "after-chmod")
        assert not db.read_only
        with db.read() as session:  # reads see the store as written now
            found = session.execute(text("SELECT value FROM setting WHERE key = 'after-chmod'"))
            assert found.scalar_one() == "1"
    finally:
        db.dispose()
    assert _settings(paths.database, "after-chmod") == 1
    assert _settings(paths.database, "first-try") == 0
    assert _settings(paths.database, "still-shut") == 0


async def test_the_window_saves_and_stops_saying_read_only_once_the_file_is_writable(
    modes_put_back: DataPaths,
) -> None:
    paths = modes_put_back
    paths.database.chmod(0o400)
    async with app_on(paths, notifications=True, watch_seconds=0.05) as run:
        app, pilot = run.app, run.pilot
        assert any(note.title == "Read-only" for note in app._notifications)
        await pilot.press("2", "a")
        await settle(pilot)
        await pilot.press(*"Acme", "tab", *"Engineer", "enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        message = str(app.screen.query_one("#form-message").render())
        assert "is read-only; nothing was saved" in message
        paths.database.chmod(0o600)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)  # saved, and the form closed
        await pilot.pause(0.3)  # a few of the store watch's ticks
        assert not any(note.title == "Read-only" for note in app._notifications)
        assert "The store is writable again: what you do is saved from now on." in toasts(app)
    assert count(paths.database, "application") == 1


async def test_once_writable_again_the_window_sees_other_windows_writes(
    modes_put_back: DataPaths,
) -> None:
    # Opened while the store was read-only, the window's watcher and its reads took it as a
    # file that cannot change (SQLite's immutable): another window's saves after the chmod
    # went unseen.
    paths = modes_put_back
    paths.database.chmod(0o400)
    async with app_on(paths, watch_seconds=0.05) as run:
        app, pilot = run.app, run.pilot
        await pilot.pause(0.2)
        assert app.db.read_only
        paths.database.chmod(0o600)
        await pilot.pause(0.3)  # a few of the store watch's ticks
        before = app.store_watch.version()
        other = Database(paths.database)  # another window
        try:
            _save_a_setting(other, "from-another-window")
        finally:
            other.dispose()
        assert app.store_watch.version() != before
        with app.db.read() as session:
            found = session.execute(
                text("SELECT value FROM setting WHERE key = 'from-another-window'")
            )
            assert found.scalar_one_or_none() == "1"


async def test_a_window_that_met_a_read_only_folder_takes_it_up_once_writable(
    modes_put_back: DataPaths,
) -> None:
    # Launched writable, its folder made read-only before the window first wrote: the
    # window's handle was made read-only then, and stayed so, reads and all.
    paths = modes_put_back
    async with app_on(paths, watch_seconds=0.05) as run:
        app, pilot = run.app, run.pilot
        assert app._db is None  # Today reads without it: made at the first save
        paths.data_dir.chmod(0o500)
        assert app.db.read_only
        paths.data_dir.chmod(0o700)
        await pilot.pause(0.3)  # a few of the store watch's ticks
        assert not app.db.read_only
        assert "The store is writable again: what you do is saved from now on." in toasts(app)
        other = Database(paths.database)  # another window
        try:
            _save_a_setting(other, "from-another-window")
        finally:
            other.dispose()
        with app.db.read() as session:
            found = session.execute(
                text("SELECT value FROM setting WHERE key = 'from-another-window'")
            )
            assert found.scalar_one_or_none() == "1"
