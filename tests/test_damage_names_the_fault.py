"""Damage inside a store is named by SQLite's first fault, not by its report's heading.

SQLite's check heads its report with "*** in database main ***" and names the fault on the
next line ("On tree page 42 cell 1: Offset 65535 out of range …"). `backup` and the launch
screen quoted the first line only, the heading, which tells nothing (issue 15 §4)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import check_result
from tests.damage_fixtures import fold_wal

HEADING = "*** in database"


def _break_a_leaf(path: Path) -> int:
    """A few bytes of a leaf page of the answer bank's questions overwritten (its first cell
    pointers): the file opens and most reads work; SQLite's check names the page (a page
    whose damage stops the check itself is said as SQLite raises it). Returns the page."""
    fold_wal(path)
    conn = sqlite3.connect(path)
    try:
        page = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'interview_question' AND pagetype = 'leaf' "
            "ORDER BY pageno LIMIT 1"
        ).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    at = (page - 1) * size + 8  # a table leaf's cell pointers begin after its 8-byte header
    data[at : at + 4] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    return int(page)


@pytest.fixture
def broken(opened_paths: DataPaths) -> tuple[DataPaths, int]:
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(opened_paths, fill_demo, 60, force=True)
    return opened_paths, _break_a_leaf(opened_paths.database)


@pytest.mark.parametrize("pragma", ["quick_check", "integrity_check"])
def test_the_check_names_the_page_not_the_heading(
    broken: tuple[DataPaths, int], pragma: str
) -> None:
    paths, page = broken
    said = check_result(paths.database, pragma)
    assert HEADING not in said, said
    assert f"page {page}" in said, said


def test_backup_quotes_the_fault(
    broken: tuple[DataPaths, int], capsys: pytest.CaptureFixture[str]
) -> None:
    _paths, page = broken
    assert main(["backup"]) == 1
    err = capsys.readouterr().err
    assert "damaged inside" in err, err
    assert HEADING not in err, err
    assert f"On tree page {page}" in err, err


def test_the_launch_check_names_the_fault(broken: tuple[DataPaths, int]) -> None:
    """The launch's check in a thread, whose words the store-problem screen shows under
    "Details:"."""
    from bounceback_tui.store.background import QuickCheck

    paths, page = broken
    check = QuickCheck(paths.database)
    assert not check.wait_ok()
    assert HEADING not in check.result and f"page {page}" in check.result, check.result
