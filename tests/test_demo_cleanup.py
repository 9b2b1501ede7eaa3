"""Opening the demo clears the demo stores nobody will open again, and nothing else.

Found in the cache folder after the demo's per-window stores came in: the one shared demo
store of earlier versions (``demo/bounceback.sqlite3`` and its backups) stayed for good, and
a folder of an ended app holding a store file beyond the usual ones (a copy moved aside, a
half-written one) could not be removed, so such folders piled up. Each is cleared when a
demo is prepared, as long as no app has the store open; the real store, a running app's
folder and anything the app did not make are left alone.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths, demo_paths
from bounceback_tui.services.demo_store import discard_demo_store, prepare_demo_store
from bounceback_tui.store.sqlite_file import open_store


def _ended_pid() -> int:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    return ended.pid


def _a_store(folder: Path) -> Path:
    """A store as the app leaves one (WAL mode, a backup beside it)."""
    paths = DataPaths(data_dir=folder, config_dir=folder.parent / "config")
    open_store(paths)
    paths.ensure_backup_dir()
    (paths.backups / "bounceback-2026-01-01.sqlite3").write_bytes(b"backup")
    return paths.database


@pytest.fixture
def mine(opened_paths: DataPaths) -> DataPaths:
    return demo_paths(opened_paths)


def test_the_shared_demo_store_of_earlier_versions_is_cleared(
    opened_paths: DataPaths, mine: DataPaths
) -> None:
    shared = mine.data_dir.parent
    old = _a_store(shared)
    (shared / "bounceback.sqlite3-wal").write_bytes(b"")  # as a killed app leaves it
    (shared / "notes.txt").write_text("not the app's")
    prepare_demo_store(mine, opened_paths)
    assert not old.exists()
    assert not (shared / "bounceback.sqlite3-wal").exists()
    assert not (shared / "backups").exists()
    assert (shared / "notes.txt").read_text() == "not the app's"  # not the app's: kept
    assert mine.database.exists() and opened_paths.database.exists()


def test_the_shared_store_stays_while_an_app_of_an_earlier_version_has_it_open(
    opened_paths: DataPaths, mine: DataPaths
) -> None:
    shared = mine.data_dir.parent
    old = _a_store(shared)
    holder = sqlite3.connect(old)  # that app, reading its demo
    try:
        holder.execute("SELECT count(*) FROM application").fetchone()
        prepare_demo_store(mine, opened_paths)
        assert old.exists() and (shared / "backups").is_dir()
        assert holder.execute("SELECT count(*) FROM application").fetchone() == (0,)
    finally:
        holder.close()
    prepare_demo_store(mine, opened_paths)  # once it has closed, the next demo clears it
    assert not old.exists()


def test_an_ended_apps_folder_goes_with_whatever_store_files_it_held(
    opened_paths: DataPaths, mine: DataPaths
) -> None:
    gone = mine.data_dir.parent / str(_ended_pid())
    store = _a_store(gone)
    for leftover in ("bounceback.sqlite3.damaged-20260101-0900", "bounceback.sqlite3.partial"):
        (gone / leftover).write_bytes(b"the app's own")
    prepare_demo_store(mine, opened_paths)
    assert not store.exists()
    assert not gone.exists(), sorted(p.name for p in gone.iterdir())


def test_what_is_not_the_apps_or_belongs_to_a_running_app_stays(
    opened_paths: DataPaths, mine: DataPaths
) -> None:
    demos = mine.data_dir.parent
    with _running("import time; time.sleep(60)  # bounceback_tui") as window:
        running = demos / str(window)  # another window, still open (its store not open now)
        running_store = _a_store(running)
        other = demos / str(_ended_pid())  # an ended app's folder, something else put in it
        _a_store(other)
        (other / "keep.txt").write_text("someone put this here")
        named = demos / "not-a-pid"  # not a folder the app names
        named_store = _a_store(named)
        prepare_demo_store(mine, opened_paths)
    assert running_store.exists() and (running / "backups").is_dir()
    assert (other / "keep.txt").exists() and not (other / "bounceback.sqlite3").exists()
    assert named_store.exists()
    assert opened_paths.database.exists()


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="Linux's /proc tells it")
def test_a_folder_named_after_a_number_given_again_to_another_program_goes(
    opened_paths: DataPaths, mine: DataPaths
) -> None:
    """An ended app's folder whose number the system gave again to another program: before,
    it stayed for as long as that program ran (a long-lived one after a restart: for good)."""
    with _running("import time; time.sleep(60)") as stranger:
        reused = mine.data_dir.parent / str(stranger)
        _a_store(reused)
        prepare_demo_store(mine, opened_paths)
        assert not reused.exists()
    assert opened_paths.database.exists()


@contextmanager
def _running(code: str) -> Iterator[int]:
    """A Python process running ``code`` (its command line shows it); its number."""
    process = subprocess.Popen([sys.executable, "-c", code])
    try:
        yield process.pid
    finally:
        process.kill()
        process.wait()


def test_the_real_store_in_the_demo_folder_is_never_touched(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """Someone keeps their real store where the demo folder would be: the demo goes to a
    temporary folder, and nothing in theirs is cleared."""
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "bounceback-tui" / "demo"
    real = DataPaths(data_dir=cache, config_dir=tmp_path / "config")
    store = _a_store(cache)
    gone = cache / str(_ended_pid())
    gone_store = _a_store(gone)
    demo = demo_paths(real)
    assert cache not in demo.data_dir.parents
    prepare_demo_store(demo, real)
    assert store.exists() and (cache / "backups").is_dir()
    assert gone_store.exists()
    # Leaving the demo takes its temporary folder too (before, each demo left one in the
    # temporary folder, emptied but never removed), and still nothing of theirs.
    assert demo.database.exists() and demo.data_dir.parent == Path(tempfile.gettempdir())
    discard_demo_store(demo, real)
    assert not demo.data_dir.exists()
    assert store.exists() and (cache / "backups").is_dir() and gone_store.exists()


def test_a_temporary_folder_holding_anything_else_stays(opened_paths: DataPaths) -> None:
    """Only the app's own files go: a temporary folder someone put a file in stays."""
    folder = Path(tempfile.mkdtemp(prefix="bounceback-tui-demo-"))
    try:
        demo = DataPaths(data_dir=folder, config_dir=opened_paths.config_dir)
        _a_store(folder)
        (folder / "notes.txt").write_text("mine")
        discard_demo_store(demo, opened_paths)
        assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    finally:
        shutil.rmtree(folder)
