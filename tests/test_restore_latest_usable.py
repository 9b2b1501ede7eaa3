"""`restore`'s hint and `restore latest` name only backups a restore would take.

A tester's walk: with backup 1 damaged and backup 2 an empty file, `restore` still ended
"Restore one with `… restore latest` or `… restore 2`.", `restore latest --yes` took the
damaged newest and was refused, the 0-byte backup was listed as "1 KB", and without a
terminal `restore 1` asked for --yes before saying the backup was damaged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store, list_backups
from tests.backup_list_lines import listed_backups


def _scribbled(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3 : page * 4] = b"\xab" * page
    path.write_bytes(bytes(data))


def _spoiled_newest(paths: DataPaths, *, good_too: bool) -> bytes:
    """Backups newest first: 1 damaged, 2 an empty file, 3 a good one (if ``good_too``)."""
    made = back_up_store(paths)
    good = made.read_bytes()
    made.unlink()
    damaged = paths.backups / "bounceback-20260315-090000-manual.sqlite3"
    damaged.write_bytes(good)
    _scribbled(damaged)
    (paths.backups / "bounceback-20260314-090000-manual.sqlite3").write_bytes(b"")
    if good_too:
        (paths.backups / "bounceback-20260313-090000-manual.sqlite3").write_bytes(good)
    return good


def test_the_hint_names_the_newest_usable_backup(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _spoiled_newest(opened_paths, good_too=True)
    capsys.readouterr()
    assert main(["restore"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == (
        "The newest backup that can be used is number 3: restore it with "
        "`bounceback-tui restore latest` or `bounceback-tui restore 3`."
    )
    empty = next(entry for entry in listed_backups("\n".join(lines)) if "20260314" in entry)
    assert empty.splitlines()[0].endswith("  0 B") and "KB" not in empty


def test_latest_takes_the_newest_usable_backup_and_says_so(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _spoiled_newest(opened_paths, good_too=True)
    capsys.readouterr()
    assert main(["restore", "latest", "--yes"]) == 0
    out = capsys.readouterr().out
    assert (
        "Taking backup number 3, bounceback-20260313-090000-manual.sqlite3: "
        "the 2 newer ones cannot be used."
    ) in out
    assert f"Restored {opened_paths.backups}/bounceback-20260313-090000-manual.sqlite3." in out


def test_none_usable_is_said_and_latest_restores_nothing(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _spoiled_newest(opened_paths, good_too=False)
    before = opened_paths.database.read_bytes()
    capsys.readouterr()
    assert main(["restore"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "None of these backups can be used."
    assert main(["restore", "latest", "--yes"]) == 1
    err = capsys.readouterr().err
    assert "None of the backups in" in err and "can be used; nothing was changed" in err
    assert opened_paths.database.read_bytes() == before
    assert [b.label for b in list_backups(opened_paths)] == ["manual", "manual"]


def test_a_damaged_backup_is_refused_before_asking_for_yes(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _spoiled_newest(opened_paths, good_too=True)
    capsys.readouterr()
    assert main(["restore", "1"]) == 1  # no terminal under pytest
    err = capsys.readouterr().err
    assert "is damaged and cannot be read" in err
    assert "--yes" not in err
