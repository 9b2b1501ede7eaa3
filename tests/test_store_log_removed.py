"""The store's -wal and -shm removed under an open window: its writes are refused, and its
close never deletes the log another process made since.

A stranger's walk: with a window open, `rm bounceback.sqlite3-wal bounceback.sqlite3-shm`;
then `bounceback-tui import -y a.csv` from a shell said "Added 2 applications." and export
showed both rows. The window went on saving into the log it still held (deleted), and its
close folded that log into the store and deleted the import's: the two rows were gone.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.errors import StoreLogRemovedError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.closing import close_store
from bounceback_tui.store.database import Database
from bounceback_tui.store.held_files import stale_logs
from bounceback_tui.store.watch import StoreWatch
from tests.replaced_files import skill

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="Linux's /proc lists a process's open files"
)

# Another process's visit, as a command's: two rows written, then its close (which cannot
# fold its log in while the window holds the store).
_OTHER_PROCESS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("INSERT INTO setting (key, value) VALUES ('theirs-1', 'a'), ('theirs-2', 'b')")
conn.close()
"""


def _another_process_writes(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _OTHER_PROCESS, str(path)], check=True, timeout=60)


def _remove_the_log(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink()


def _theirs(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = conn.execute("SELECT key FROM setting WHERE key LIKE 'theirs-%' ORDER BY key")
        return [row[0] for row in found]
    finally:
        conn.close()


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM skill ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def window(opened_paths: DataPaths) -> Iterator[tuple[Database, StoreWatch]]:
    """The app's handles, as a window has them: its engine after a write, and its watcher."""
    db = Database(opened_paths.database)
    watch = StoreWatch(opened_paths.database)
    db.watch = watch
    watch.version()
    skill(db, "Mine")
    yield db, watch
    watch.close()
    db.close()


def test_a_write_after_the_log_was_removed_is_refused(
    opened_paths: DataPaths, window: tuple[Database, StoreWatch]
) -> None:
    db, _watch = window
    path = opened_paths.database
    assert not db.log_removed()
    _remove_the_log(path)
    _another_process_writes(path)
    assert db.log_removed()
    with pytest.raises(StoreLogRemovedError) as refused:
        skill(db, "Typed after the rm")
    said = str(refused.value)
    assert said.startswith(
        f"The store's log file (its latest saves, kept beside {path}) was removed under this window"
    )
    assert "nothing was saved" in said
    assert "Quit this window and open the app again" in said


def test_the_window_closing_keeps_the_log_another_process_made(
    opened_paths: DataPaths, window: tuple[Database, StoreWatch]
) -> None:
    db, watch = window
    path = opened_paths.database
    _remove_the_log(path)
    _another_process_writes(path)
    with pytest.raises(StoreLogRemovedError):
        skill(db, "Typed after the rm")
    close_store(path, watch, db)
    # Before: the window's close folded its own log in and deleted the other process's.
    assert _theirs(path) == ["theirs-1", "theirs-2"]
    assert "Typed after the rm" not in _titles(path)
    assert not Path(f"{path}-wal").exists()  # folded in once nobody held the store


def test_with_no_other_log_the_window_folds_its_own_in_as_before(
    opened_paths: DataPaths, window: tuple[Database, StoreWatch]
) -> None:
    db, watch = window
    path = opened_paths.database
    _remove_the_log(path)
    close_store(path, watch, db)
    assert _titles(path) == ["Mine"]


def test_a_log_in_place_is_not_taken_for_removed(
    opened_paths: DataPaths, window: tuple[Database, StoreWatch]
) -> None:
    db, watch = window
    _another_process_writes(opened_paths.database)
    skill(db, "Second")
    assert stale_logs(opened_paths.database) == set()
    close_store(opened_paths.database, watch, db)
    assert _titles(opened_paths.database) == ["Mine", "Second"]
    assert _theirs(opened_paths.database) == ["theirs-1", "theirs-2"]
