"""`restore`'s list says what its marks are, and marks a backup refused for a row once its
rows have been checked.

A stranger read "listed without a mark, may still be refused" under the list and nothing
said what a mark was. And a backup refused only for a row (an application at a stage the
app does not know) was listed with no mark however often `restore 1`, `restore latest` or
the store-problem screen refused it: the check's result was not kept, and checking every
backup's rows for the list takes seconds a backup at 10,000 applications. What the check
found is now kept beside the backups (a small private file, by the backup's size and time),
so the list marks it without reading its rows again; one written over since is not taken
as known.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.backup_list_lines import listed_backups
from tests.transfer_fixtures import fill_every_table
from tests.written_over import another_program_writes

REFUSED = "holds what the app cannot use"


def _bogus_stage(backup: Path, stage: str = "bogus") -> None:
    another_program_writes(
        backup,
        "UPDATE application SET stage = ? WHERE id = (SELECT min(id) FROM application)",
        (stage,),
    )


def _listed(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(paths.data_dir), "restore"]) == 0
    return capsys.readouterr().out


def test_the_list_says_what_a_mark_is(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    back_up_store(opened_paths)
    out = " ".join(_listed(opened_paths, capsys).split())
    assert "listed without a mark" in out, out  # the word the list uses...
    # ...and what it means, in the list itself.
    assert "A mark in place of what a backup holds" in out, out
    assert "says why a restore refuses it" in out, out


def test_a_backup_refused_for_a_row_is_marked_once_checked(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)
    _bogus_stage(made)
    capsys.readouterr()
    data_dir = ["--data-dir", str(opened_paths.data_dir)]
    assert main([*data_dir, "restore", "1", "--yes"]) == 1  # its rows checked: refused
    said = capsys.readouterr()
    assert REFUSED in said.out + said.err
    # Marked, as it was refused: the list never reads a backup's rows, so the mark is
    # what the check found then (the screen's offer not reading them again:
    # tests/test_store_problem_remembers_rows.py).
    (entry,) = listed_backups(_listed(opened_paths, capsys))
    assert REFUSED in entry, entry
    kept = [p for p in opened_paths.data_dir.iterdir() if p.suffix == ".json"]
    assert kept and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept), kept
    # Written over since (its row put right): not taken as known, listed without the mark.
    _bogus_stage(made, "applied")
    (entry,) = listed_backups(_listed(opened_paths, capsys))
    assert REFUSED not in entry and "application" in entry, entry


def test_restore_latest_passing_one_over_marks_it_in_the_list(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)
    newer = opened_paths.backups / "bounceback-20260315-090000-manual.sqlite3"
    older = opened_paths.backups / "bounceback-20260314-090000-manual.sqlite3"
    older.write_bytes(made.read_bytes())
    made.rename(newer)
    _bogus_stage(newer)
    capsys.readouterr()
    assert main(["--data-dir", str(opened_paths.data_dir), "restore", "latest", "--yes"]) == 0
    listed = listed_backups(_listed(opened_paths, capsys))
    (marked,) = [entry for entry in listed if newer.name in entry]
    (taken,) = [entry for entry in listed if older.name in entry]
    assert REFUSED in marked, listed
    assert REFUSED not in taken, listed
