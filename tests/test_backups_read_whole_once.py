"""`restore latest` and the store-problem screen read whole only the backup they take.

A stranger's 100,000 store: SQLite's integrity check reads every page of a backup (1.75 s
of CPU, 7 s on a busy machine, for one of 291 MB), and `restore latest` and the screen
shown for an unreadable store made it of every backup before choosing, then twice more of
the one chosen. Now each backup is read first as `restore`'s list reads it (its header,
schema and the first page of each table), and only the newest that passes is read whole,
once; one damaged there (a page in the middle) is still passed over, and the next one read.
The screen then read its offer whole a second time when `r` restored it: now once in all.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.commands import store_problem
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store import restore as restore_module
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.database import Database
from tests.helpers import content_of
from tests.store_problem_fixtures import chooser

NEWEST = "bounceback-20260316-090000-manual.sqlite3"
MIDDLE = "bounceback-20260315-090000-manual.sqlite3"
OLDEST = "bounceback-20260314-090000-manual.sqlite3"


@pytest.fixture
def read_whole(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the backups SQLite's integrity check reads, in order."""
    names: list[str] = []
    intact = restore_module._require_intact

    def counted(path: Path) -> None:
        names.append(path.name)
        intact(path)

    monkeypatch.setattr(restore_module, "_require_intact", counted)
    return names


def _three_backups(paths: DataPaths) -> bytes:
    """The same backup of a demo store three times, newest first as named; its bytes."""
    db = Database(paths.database)
    try:
        fill_demo(db, scale=60)
    finally:
        db.dispose()
    made = back_up_store(paths)
    good = made.read_bytes()
    made.unlink()
    for name in (NEWEST, MIDDLE, OLDEST):
        (paths.backups / name).write_bytes(good)
    return good


def _cut_header(path: Path) -> None:
    """The header says more pages than the file holds (a copy cut short)."""
    data = bytearray(path.read_bytes())
    pages = int.from_bytes(data[28:32], "big")
    data[28:32] = (pages + 50).to_bytes(4, "big")
    path.write_bytes(bytes(data))


def _damaged_in_the_middle(path: Path) -> None:
    """A page of the applications that is not their table's first: the header, the schema
    and every table's first page as they were."""
    conn = sqlite3.connect(path)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'application'")
        (first,) = root.fetchone()
        pages = [
            row[0]
            for row in conn.execute("SELECT pageno FROM dbstat WHERE name = 'application'")
            if row[0] != first
        ]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert pages, "the applications fill one page"
    data = bytearray(path.read_bytes())
    start = (pages[-1] - 1) * size
    data[start : start + size] = b"\x13\x37" * (size // 2)
    path.write_bytes(bytes(data))


def test_latest_reads_only_the_backup_it_takes_whole_and_once(
    opened_paths: DataPaths, read_whole: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _three_backups(opened_paths)
    assert main(["restore", "latest", "--yes"]) == 0
    assert f"Restored {opened_paths.backups}/{NEWEST}." in capsys.readouterr().out
    assert read_whole == [NEWEST]


def test_a_number_chosen_is_read_whole_once(
    opened_paths: DataPaths, read_whole: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _three_backups(opened_paths)
    assert main(["restore", "2", "--yes"]) == 0
    assert f"Restored {opened_paths.backups}/{MIDDLE}." in capsys.readouterr().out
    assert read_whole == [MIDDLE]


def test_a_cut_header_is_passed_over_without_reading_it_whole(
    opened_paths: DataPaths, read_whole: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    good = _three_backups(opened_paths)
    _cut_header(opened_paths.backups / NEWEST)
    assert main(["restore", "latest", "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Taking backup number 2, {MIDDLE}: the newest cannot be used." in out
    assert read_whole == [MIDDLE]
    assert (opened_paths.backups / MIDDLE).read_bytes() == good


def test_damage_in_the_middle_is_found_by_reading_it_whole_and_passed_over(
    opened_paths: DataPaths, read_whole: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _three_backups(opened_paths)
    _damaged_in_the_middle(opened_paths.backups / NEWEST)
    restore_module.check_listed(opened_paths.backups / NEWEST)  # the list's look passes it
    read_whole.clear()
    assert main(["restore", "latest", "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Taking backup number 2, {MIDDLE}: the newest cannot be used." in out
    assert read_whole == [NEWEST, MIDDLE]
    restored = content_of(opened_paths.database, "application", "id")
    assert restored == content_of(opened_paths.backups / MIDDLE, "application", "id")


def test_the_store_problem_screen_reads_only_its_offer_whole(
    opened_paths: DataPaths, read_whole: list[str]
) -> None:
    _three_backups(opened_paths)
    _cut_header(opened_paths.backups / NEWEST)
    offered, passed_over = store_problem.restore_offer(opened_paths)
    assert offered is not None and offered.name == MIDDLE
    assert [line.split(": ")[-1] for line in passed_over] == ["damaged, cannot be used"]
    assert read_whole == [MIDDLE]


async def test_the_store_problem_screen_restores_its_offer_without_reading_it_whole_again(
    opened_paths: DataPaths, read_whole: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _three_backups(opened_paths)
    _cut_header(opened_paths.backups / NEWEST)
    opened_paths.database.write_text("my shopping list")
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        assert f"Restored {MIDDLE}." in str(app.query_one("#problem-result").render())
    assert read_whole == [MIDDLE]
    restored = content_of(opened_paths.database, "application", "id")
    assert restored == content_of(opened_paths.backups / MIDDLE, "application", "id")
    assert (opened_paths.backups / MIDDLE).read_bytes() == good


async def test_an_offer_changed_while_the_screen_is_up_is_checked_again_and_refused(
    opened_paths: DataPaths, read_whole: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screen's check of its offer, made as it opened, stood for `r` however long after:
    a backup damaged in between was restored unchecked. It is read whole again, and refused;
    the next older one is then offered in its place (read whole, as an offer is)."""
    _three_backups(opened_paths)
    _cut_header(opened_paths.backups / NEWEST)
    opened_paths.database.write_text("my shopping list")
    app = chooser(opened_paths, monkeypatch)
    offer = opened_paths.backups / MIDDLE
    opened = offer.stat().st_mtime_ns
    _damaged_in_the_middle(offer)  # while the screen is up
    os.utime(offer, ns=(opened + 10**9, opened + 10**9))  # written a second later
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        result = str(app.query_one("#problem-result").render())
        assert "Restored" not in result
        assert "damaged" in result
        assert "offered in its place" in result
    assert read_whole == [MIDDLE, MIDDLE, OLDEST]  # as offered, again on `r`, then the next
    assert opened_paths.database.read_text() == "my shopping list"  # nothing changed
