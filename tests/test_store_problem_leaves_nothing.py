"""The store-problem screen leaves beside the store only what was there before the launch.

A stranger damaged a demo store (random bytes over its first pages, the header kept), launched
the app and pressed `q` ("Quit and leave everything as it is"): a 32 KB -shm and an empty
-wal were now beside the store, made by the launch's own reader. Had they pressed `r`, those
two were kept as the unreadable file's own -wal and -shm.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.closing import tidy_store
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.helpers import at_a_terminal


def _damaged(paths: DataPaths, *, backup: bool = False) -> None:
    """A store with its header kept and 4,000 bytes after it scribbled over, as the
    stranger's `dd ... seek=100`; nothing beside it."""
    open_store(paths)
    if backup:
        back_up_store(paths)
    assert tidy_store(paths.database)
    data = bytearray(paths.database.read_bytes())
    data[100:4100] = bytes((i * 131 + 7) % 256 for i in range(4000))
    paths.database.write_bytes(bytes(data))


def _launch(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch, choose: Callable[[StoreProblemApp], bool]
) -> int:
    at_a_terminal(monkeypatch)
    monkeypatch.setattr(StoreProblemApp, "run", choose)
    return main(["--data-dir", str(paths.data_dir)])


def _beside(paths: DataPaths) -> list[str]:
    return sorted(path.name for path in paths.data_dir.iterdir() if path.is_file())


def test_quit_leaves_only_the_store(data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    _damaged(data_paths)
    before = data_paths.database.read_bytes()
    seen: list[list[str]] = []

    def quit_(app: StoreProblemApp) -> bool:
        seen.append(_beside(data_paths))
        return False  # as `q`

    assert _launch(data_paths, monkeypatch, quit_) == 1
    assert seen == [["bounceback.sqlite3"]]  # nothing new while the screen is up
    assert _beside(data_paths) == ["bounceback.sqlite3"]
    assert data_paths.database.read_bytes() == before  # the damaged file itself untouched


def test_restore_keeps_aside_only_the_damaged_file(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damaged(data_paths, backup=True)
    before = data_paths.database.read_bytes()

    def restore(app: StoreProblemApp) -> bool:
        app._restore()  # what `r` runs
        return False

    _launch(data_paths, monkeypatch, restore)
    kept = [name for name in _beside(data_paths) if ".unreadable-" in name]
    assert len(kept) == 1 and not kept[0].endswith(("-wal", "-shm"))
    assert (data_paths.data_dir / kept[0]).read_bytes() == before


def test_files_beside_the_store_before_the_launch_are_left_as_they_were(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damaged(data_paths)
    wal = Path(f"{data_paths.database}-wal")
    wal.write_bytes(b"not a log, but not ours to delete")
    assert _launch(data_paths, monkeypatch, lambda app: False) == 1
    assert wal.read_bytes() == b"not a log, but not ours to delete"


@pytest.mark.parametrize("choice", ["restore", "fresh"])
def test_the_file_is_kept_under_the_name_the_screen_said(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    """The screen said "kept as …unreadable-20261206-182542"; `r`, ten seconds later, kept it
    as "…-182552" (the time of the key)."""
    from datetime import datetime

    from bounceback_tui import clock

    _damaged(data_paths, backup=True)
    clock.freeze(datetime(2026, 12, 6, 18, 25, 42))
    said: list[str] = []

    def choose(app: StoreProblemApp) -> bool:
        said.append(app.aside_name)
        clock.freeze(datetime(2026, 12, 6, 18, 25, 52))  # read, then chosen
        said.append(app._restore() if choice == "restore" else app._fresh())
        return False

    _launch(data_paths, monkeypatch, choose)
    assert said[0] == "bounceback.sqlite3.unreadable-20261206-182542"
    assert "bounceback.sqlite3.unreadable-20261206-182542" in said[1]  # the result names it
    assert (data_paths.data_dir / "bounceback.sqlite3.unreadable-20261206-182542").is_file()
    assert not (data_paths.data_dir / "bounceback.sqlite3.unreadable-20261206-182552").exists()


# -- a store damaged inside: met once the app is up -----------------------------------------
# The same `q`, on a store whose header and schema are sound and one page in the middle is
# noise: the app opened, met the damage (a read, or SQLite's quick check once the first
# screen was up) and closed on the store-problem screen. It only closes a damaged store, and
# the -wal and -shm its connections made stayed beside it (a fixer's walk after the
# stranger's: a demo store of 300 applications, a page 640 KB in).


def _damaged_inside(paths: DataPaths) -> None:
    """A demo store of 120 applications, its log folded in, and the first page from half-way
    through the file that holds rows (not the schema, which the launch reads: that is damage
    at the start) overwritten with noise; nothing beside it."""
    import sqlite3

    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 120, force=True)
    assert tidy_store(paths.database)
    page = 4096
    half = paths.database.stat().st_size // page // 2
    with closing(sqlite3.connect(f"{paths.database.as_uri()}?immutable=1", uri=True)) as conn:
        (number,) = conn.execute(
            "SELECT min(pageno) FROM dbstat WHERE name != 'sqlite_schema' AND pageno >= ?",
            (half,),
        ).fetchone()
    assert number >= 40  # well after the header
    data = bytearray(paths.database.read_bytes())
    start = (number - 1) * page
    data[start : start + page] = b"\x13\x37" * (page // 2)
    paths.database.write_bytes(bytes(data))


def _launch_headless(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch, choose: Callable[[StoreProblemApp], bool]
) -> int:
    """``_launch``, the app itself run headless (it meets the damage and closes by itself)."""
    from textual.app import App

    from bounceback_tui.ui.app import BouncebackApp

    def run_headless(app: BouncebackApp) -> object:
        return App.run(app, headless=True, size=(100, 30))

    monkeypatch.setattr(BouncebackApp, "run", run_headless)
    return _launch(paths, monkeypatch, choose)


def test_quit_leaves_a_store_damaged_inside_as_it_was_found(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damaged_inside(opened_paths)
    before = opened_paths.database.read_bytes()
    seen: list[list[str]] = []
    problems: list[str] = []

    def quit_(app: StoreProblemApp) -> bool:
        problems.append(app.problem)
        seen.append(_beside(opened_paths))
        return False  # as `q`

    assert _launch_headless(opened_paths, monkeypatch, quit_) == 1
    assert len(problems) == 1 and "is damaged" in problems[0]  # the app met it
    assert seen == [["bounceback.sqlite3"]]  # nothing of the app's while the screen is up
    assert _beside(opened_paths) == ["bounceback.sqlite3"]
    assert opened_paths.database.read_bytes() == before


@pytest.mark.parametrize(
    "left", [b"not a log, but not ours to delete", b""], ids=["not-a-log", "empty-log"]
)
def test_files_beside_a_store_damaged_inside_before_the_launch_are_kept(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, left: bytes
) -> None:
    """A -wal that was there before may be another window's, or hold what a crash left:
    it is never the launch's to delete, even empty."""
    _damaged_inside(opened_paths)
    wal = Path(f"{opened_paths.database}-wal")
    wal.write_bytes(left)
    assert _launch_headless(opened_paths, monkeypatch, lambda app: False) == 1
    assert wal.read_bytes() == left
