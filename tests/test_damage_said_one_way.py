"""A store damaged inside is said one way wherever it is met, naming SQLite's first fault.

On a store whose index page has two cells overlapping, `import` named SQLite's fault line
("Multiple uses for byte … of page 2") while `backup`, `today` and the launch's
store-problem screen said only "database disk image is malformed" (what SQLite raises when
a read, or the integrity check's comparison of an index with its rows, meets the damage);
and `export` wrote what it could read, said "Exported everything" and exited 0."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.damage_fixtures import fold_wal

BARE = "database disk image is malformed"


def _overlap_two_cells(path: Path) -> str:
    """The second cell pointer of the first leaf of the index on application.stage moved
    one byte into the first cell: reads of the index and the integrity check's comparison
    of it with its rows stop on "malformed"; SQLite's quick check names the page. Returns
    the fault line SQLite's quick check names, read here with sqlite3 itself."""
    fold_wal(path)
    conn = sqlite3.connect(path)
    try:
        page = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'ix_application_stage' "
            "AND pagetype = 'leaf' ORDER BY pageno LIMIT 1"
        ).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    at = (page - 1) * size + 8  # a leaf's cell pointers begin after its 8-byte header
    first = struct.unpack(">H", data[at : at + 2])[0]
    data[at + 2 : at + 4] = struct.pack(">H", first + 1)
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        lines = [str(row[0]) for row in conn.execute("PRAGMA quick_check(1)")]
    finally:
        conn.close()
    faults = [part for line in lines for part in line.splitlines() if not part.startswith("***")]
    assert faults and f"page {page}" in faults[0], lines
    return faults[0]


@pytest.fixture
def broken(opened_paths: DataPaths) -> tuple[DataPaths, str]:
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(opened_paths, fill_demo, 60, force=True)
    return opened_paths, _overlap_two_cells(opened_paths.database)


def _one_way(said: str, fault: str) -> None:
    assert f"is damaged inside (SQLite's check says: {fault}" in said, said
    assert BARE not in said, said


@pytest.mark.parametrize("command", [["backup"], ["today"]])
def test_commands_name_the_fault(
    broken: tuple[DataPaths, str], command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _paths, fault = broken
    assert main(command) == 1
    _one_way(capsys.readouterr().err, fault)


def test_a_read_that_meets_the_damage_names_the_fault(broken: tuple[DataPaths, str]) -> None:
    """What the app's store-problem screen says when a read met the damage (launch_open,
    a pane's rows): store/damage.damaged_error of SQLite's error."""
    from bounceback_tui.services.store_health import damage_in

    paths, fault = broken
    problem = damage_in(sqlite3.DatabaseError(BARE), paths.database)  # as a read raises it
    assert problem is not None
    _one_way(str(problem), fault)


def test_the_launch_check_says_it_the_same_way(broken: tuple[DataPaths, str]) -> None:
    from bounceback_tui.store.background import QuickCheck

    paths, fault = broken
    check = QuickCheck(paths.database)
    assert not check.wait_ok()
    _one_way(str(check.problem()), fault)


@pytest.mark.parametrize("kind", ["json", "csv", "markdown"])
def test_export_of_a_damaged_store_says_so(
    broken: tuple[DataPaths, str],
    kind: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What can be read is written (an export is how a person rescues their data), and the
    damage is said on stderr with a non-zero status: never "Exported everything" alone."""
    _paths, fault = broken
    target = tmp_path / f"rescued.{kind}"
    status = main(
        ["export", "--format", kind, "-o", str(target), "--from", "all"]
        if kind == "markdown"
        else ["export", "--format", kind, "-o", str(target)]
    )
    err = capsys.readouterr().err
    assert status == 1, err
    assert target.exists() and target.stat().st_size > 0
    _one_way(err, fault)
    assert "may be incomplete" in err, err
    assert "restore" in err, err


def test_an_export_the_damage_stops_names_the_fault(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export -o -` stopped part-way by damage under the applications said "is damaged.
    Nothing was changed", with the part-way sentence after the way out."""
    from tests.damage_fixtures import damaged_store

    paths = damaged_store(opened_paths)
    conn = sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)
    try:
        lines = [str(row[0]) for row in conn.execute("PRAGMA quick_check(1)")]
    finally:
        conn.close()
    fault = next(p for line in lines for p in line.splitlines() if not p.startswith("***"))
    assert main(["export", "-o", "-"]) == 1
    err = capsys.readouterr().err
    _one_way(err, fault)
    assert err.index("stopped part-way") < err.index("There is no backup"), err
