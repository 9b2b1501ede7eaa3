"""The notes naming the store's path, and a backup's file name, read whole at 80 columns.

A toast's line at 80 columns holds 36 cells. "Back up now" named its copy,
"bounceback-20260316-153012-manual.sqlite3" (41 cells), after "…/", and the toast folded
it across two lines. The notes naming where the store lives (opened read-only, its file
moved away and back, its log removed) named the full path, folded wherever the line
ended. A store in a deep folder is now named as an export's file is (kit/toast_path.py):
"…/" and the folders just above its name that fit, the name whole; a name longer than the
line is cut in its middle, its date, time and kind kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets._toast import Toast

from bounceback_tui.paths import DataPaths, resolve_paths
from tests.conftest import copy_store
from tests.screen_text import screen_lines
from tests.test_store_log_removed import _another_process_writes, _remove_the_log
from tests.test_transfer_palette import _finish, _palette, filled  # noqa: F401
from tests.ui_harness import NO_IDLE_CHECK, app_on, settle

DEEP = "Documents/job-search/spring-2026/bounceback"
# What a person reads for the store ~/Documents/job-search/spring-2026/bounceback/
# bounceback.sqlite3: its folder and its name, on one line.
SHOWN = "…/bounceback/bounceback.sqlite3"


@pytest.fixture
def deep_store(empty_store_template: Path) -> Iterator[DataPaths]:
    paths = resolve_paths(Path.home() / DEEP)
    copy_store(empty_store_template, paths)
    yield paths
    paths.data_dir.chmod(0o700)
    if paths.database.exists():
        paths.database.chmod(0o600)


def _toast_lines(app: App[object]) -> list[str]:
    """Each toast's lines as drawn, without its coloured edge and padding."""
    drawn = screen_lines(app)
    lines = []
    for toast in app.screen.query(Toast):
        region = toast.region
        for line in drawn[region.y : region.bottom]:
            if text := line[region.x : region.right].strip("▌ "):
                lines.append(text)
    return lines


def _one_line_holds(lines: list[str], text: str) -> bool:
    return any(text in line for line in lines)


async def test_back_up_now_at_80_columns_names_its_copy_on_one_line(
    filled: DataPaths,  # noqa: F811
) -> None:
    async with app_on(filled, size=(80, 24), notifications=True) as run:
        await _palette(run.pilot, "back up now")
        await _finish(run.app, run.pilot)
        lines = _toast_lines(run.app)
    (copy,) = (filled.data_dir / "backups").glob("*manual*")
    stamped = copy.name.removeprefix("bounceback-")  # "20260316-153012-manual.sqlite3"
    said = " ".join(lines)
    assert said.startswith("Backed up Saved a copy to boun…"), lines
    assert _one_line_holds(lines, f"boun…{stamped}."), lines


async def test_a_read_only_store_in_a_deep_folder_is_named_on_one_line(
    deep_store: DataPaths,
) -> None:
    deep_store.database.chmod(0o400)
    async with app_on(deep_store, size=(80, 24), notifications=True) as run:
        await settle(run.pilot)
        lines = _toast_lines(run.app)
    assert " ".join(lines).startswith("Read-only This store is read-only ("), lines
    assert _one_line_holds(lines, f"({SHOWN}):"), lines


async def test_a_store_file_moved_away_and_back_is_named_on_one_line(
    deep_store: DataPaths, tmp_path: Path
) -> None:
    path, aside = deep_store.database, tmp_path / "aside.sqlite3"
    async with app_on(
        deep_store, "skills", size=(80, 24), notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as run:
        await settle(run.pilot)
        run.app._watch_tick()
        path.rename(aside)
        run.app._watch_tick()
        await settle(run.pilot)
        gone = _toast_lines(run.app)
        run.app.clear_notifications()
        aside.rename(path)
        run.app._watch_tick()
        await settle(run.pilot)
        back = _toast_lines(run.app)
    assert " ".join(gone).startswith("Store file gone The store file at"), gone
    assert _one_line_holds(gone, SHOWN), gone
    assert " ".join(back).startswith("Store file back The store file this window"), back
    assert _one_line_holds(back, f"{SHOWN}:"), back


@pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="Linux's /proc lists a process's open files"
)
async def test_a_store_log_removed_is_said_with_the_store_on_one_line(
    deep_store: DataPaths,
) -> None:
    path = deep_store.database
    async with app_on(
        deep_store, "skills", size=(80, 24), notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as run:
        await settle(run.pilot)
        run.app._watch_tick()
        _remove_the_log(path)
        _another_process_writes(path)
        run.app._watch_tick()
        await settle(run.pilot)
        lines = _toast_lines(run.app)
    assert " ".join(lines).startswith("Store log removed The store's log file"), lines
    assert _one_line_holds(lines, f"{SHOWN})"), lines


def test_a_store_near_home_is_named_in_full_with_a_tilde() -> None:
    from bounceback_tui.ui.store_replaced import read_only_note

    said = str(read_only_note(Path.home() / "bb" / "bounceback.sqlite3", 80))
    assert said.startswith("This store is read-only (~/bb/bounceback.sqlite3): you can look")
