"""Each window's demo has a practice store of its own: another window's demo never loses its.

Found by a walk at 80x24 (ux11) while a second window was open on the demo: the practice
store was one fixed folder per person (the cache folder's ``demo``), so a second window
opening the demo threw the first one's files away and built new ones in their place, and a
window leaving the demo (or quitting on it) deleted the store another window was still
showing; that window's next read met "no such table" and the app ended. Each app (each
process) now keeps its demo in a folder of its own under the cache folder; a folder whose
app is gone (killed before it could clean up) is cleared when another demo is prepared.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from bounceback_tui.paths import DataPaths, demo_paths
from bounceback_tui.services.demo_store import discard_demo_store, prepare_demo_store


def _applications(paths: DataPaths) -> int:
    with sqlite3.connect(paths.database) as conn:
        (count,) = conn.execute("SELECT count(*) FROM application").fetchone()
    return int(count)


def _demo_of_app(pid: int, paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    """The demo store the app of process ``pid`` prepares (its folder is named after it)."""
    mine = os.getpid()
    monkeypatch.setattr(os, "getpid", lambda: pid)
    try:
        demo = demo_paths(paths)
        prepare_demo_store(demo, paths)
    finally:
        monkeypatch.setattr(os, "getpid", lambda: mine)
    return demo


def test_another_windows_demo_keeps_its_store(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The other window: a running process whose command line names the app (its store is
    # not held open here, so only its folder's name keeps it).
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # bounceback"])
    try:
        other = _demo_of_app(window.pid, opened_paths, monkeypatch)
        mine = demo_paths(opened_paths)
        assert mine.data_dir != other.data_dir
        prepare_demo_store(mine, opened_paths)  # this window opens the demo too
        assert _applications(other) == 60
        for folder in (mine.data_dir, mine.data_dir.parent):  # private, as a data folder is
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        discard_demo_store(mine, opened_paths)  # and leaves it (or quits on it)
        assert not mine.database.exists() and not mine.data_dir.exists()
        assert _applications(other) == 60
    finally:
        window.kill()
        window.wait()


def test_the_demo_of_a_window_that_is_gone_is_cleared(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()  # a window killed on the demo: its folder stayed behind
    gone = _demo_of_app(ended.pid, opened_paths, monkeypatch)
    mine = demo_paths(opened_paths)
    prepare_demo_store(mine, opened_paths)
    assert not gone.data_dir.exists()
    assert _applications(mine) == 60
    assert opened_paths.database.exists()  # the real store is never touched
