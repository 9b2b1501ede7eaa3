"""The store-problem screen leaves beside the store only what was there before the launch.

A stranger damaged a demo store (random bytes over its first pages, the header kept), launched
the app and pressed `q` ("Quit and leave everything as it is"): a 32 KB -shm and an empty
-wal were now beside the store, made by the launch's own reader. Had they pressed `r`, those
two were kept as the unreadable file's own -wal and -shm.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.commands import run_app as run_app_module
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.closing import tidy_store
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.screens.store_problem import StoreProblemApp


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
    monkeypatch.setattr(run_app_module, "interactive", lambda: True)
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
