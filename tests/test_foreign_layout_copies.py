"""The copies kept of a store carrying what the app does not make, and what a person sees
when they later put one back.

`repair`'s copy before it puts the store right keeps what it removes, to look at, and says
so; the copy of a store file a window let go of (one moved over it by hand) is the file as
the window had it. Either put back with `restore` comes back without another program's
trigger or table, and says what was left out. (The copy before an upgrade is never of such
a store: it is not upgraded while it holds one, tests/test_foreign_layout_upgrade.py.)
"""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.test_foreign_layout_upgrade import _elsewhere

FOREIGN = (
    "CREATE TABLE zz_log (n INTEGER)",
    "CREATE TRIGGER zz_evil AFTER INSERT ON application BEGIN INSERT INTO zz_log VALUES (1); END",
)
LEFT_OUT = "Left out what the app does not make: trigger zz_evil, table zz_log."


def _add_foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    for statement in FOREIGN:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _foreign_in(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")} & {
            "zz_evil",
            "zz_log",
        }
    finally:
        conn.close()


def _restored_clean(paths: DataPaths, copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(paths.data_dir), "restore", str(copy), "--yes"]) == 0
    out = capsys.readouterr().out
    assert LEFT_OUT in out
    assert _foreign_in(paths.database) == set()
    assert main(["--data-dir", str(paths.data_dir), "backup"]) == 0  # no longer held


def test_repairs_copy_says_it_is_the_store_as_it_was_and_restores_without_them(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_foreign(opened_paths.database)
    _elsewhere(opened_paths, monkeypatch)
    option = f"--data-dir {shlex.quote(str(opened_paths.data_dir))}"

    assert main(["--data-dir", str(opened_paths.data_dir), "repair"]) == 0
    out = capsys.readouterr().out
    assert (
        "The copy kept first is the store as it was, including what follows, for you to look "
        f"at. If you restore it (`bounceback-tui {option} restore`), it is put right again the "
        "same way."
    ) in " ".join(out.split())
    (copy,) = opened_paths.backups.glob("*-before-repair.sqlite3")
    assert _foreign_in(copy) == {"zz_evil", "zz_log"}
    _restored_clean(opened_paths, copy, capsys)


def test_the_copy_of_a_store_file_let_go_restores_without_them(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.store.replaced_file import let_go

    _add_foreign(opened_paths.database)
    conn = sqlite3.connect(opened_paths.database)
    try:
        kept = let_go(conn, opened_paths, writable=False).kept
    finally:
        conn.close()
    assert kept is not None and "before-replace" in kept.name
    assert _foreign_in(kept) == {"zz_evil", "zz_log"}  # the file as the window had it
    _restored_clean(opened_paths, kept, capsys)
