"""`restore`'s list marks the backups it would refuse, by the checks the restore makes.

A tester's walk: with no argument, `restore` listed a damaged backup with an empty
description and one made by a newer version (user_version 99) as "60 applications, 25
rejections"; each was refused only after it was picked. Now the list says "damaged, cannot
be used" and "made by a newer version" beside them, and reading them for it leaves no -wal
or -shm beside any file (store/untouched_read.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.backup_list_lines import listed_backups
from tests.transfer_fixtures import fill_every_table


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _scribbled(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3 : page * 4] = b"\xab" * page
    path.write_bytes(bytes(data))


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:8192])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _not_a_store(path: Path) -> None:
    """A stranger's 7-byte file: marked only "cannot be used", where a file cut short said
    "damaged, cannot be used"."""
    path.write_bytes(b"garbage")


# The backup's stamp (newest first in the list), how it is spoiled, and what the list says.
BACKUPS = [
    ("20260315-090000", None, None),
    ("20260314-090000", _newer, "made by a newer version"),
    ("20260313-090000", _scribbled, "damaged, cannot be used"),
    ("20260312-090000", _cut_short, "damaged, cannot be used"),
    ("20260311-090000", _empty, "holds no store, cannot be used"),
    ("20260310-090000", _not_a_store, "not a store, cannot be used"),
]


def _every_file(paths: DataPaths) -> list[str]:
    return sorted(p.name for p in paths.backups.iterdir())


@pytest.mark.parametrize("command", [["restore"], ["backup", "--list"]])
def test_the_list_marks_the_backups_a_restore_would_refuse(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)
    good = made.read_bytes()
    made.unlink()
    for stamp, spoil, _said in BACKUPS:
        path = opened_paths.backups / f"bounceback-{stamp}-manual.sqlite3"
        path.write_bytes(good)
        if spoil is not None:
            spoil(path)
    files = _every_file(opened_paths)
    capsys.readouterr()

    assert main(command) == 0

    lines = listed_backups(capsys.readouterr().out)
    assert len(lines) == len(BACKUPS)
    for line, (stamp, _spoil, said) in zip(lines, BACKUPS, strict=True):
        assert line.endswith(f"bounceback-{stamp}-manual.sqlite3"), line
        if said is None:
            assert "applications" in line and "cannot" not in line, line
        else:
            assert f"  {said}  " in line, line
            assert "applications" not in line, line
    assert _every_file(opened_paths) == files  # nothing left beside any backup
    # The marks are the restore's own checks: each marked one is refused when picked.
    for number, (_stamp, spoil, _said) in enumerate(BACKUPS, start=1):
        if spoil is not None:
            assert main(["restore", str(number), "--yes"]) == 1
