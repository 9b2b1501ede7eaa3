"""A backup never carries a trigger, table or view the app does not make, and one made before
backups left them out is put back without them.

The twenty-eighth round left it: the launch's daily backup copied another program's trigger,
and every backup taken before a clean-up kept it, so `restore` refused each of them ("not
made by bounceback-tui"), however good its data. Now a copy leaves such things out (the
store itself is left as it is: `repair` cleans it), and a backup whose only difference from
the app's layout is more of them is restored without them, said in one line. A backup with
any other difference (a column dropped) is still refused.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store, daily_backup
from tests.helpers import file_digest
from tests.test_foreign_layout_cleared import FOREIGN, _add_foreign
from tests.transfer_fixtures import dump_store, fill_every_table

THEIRS = {"zz_evil", "zz_extra", "zz_seen"}


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    names = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    return names


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def test_the_days_backup_leaves_them_out_and_the_store_as_it_is(filled: DataPaths) -> None:
    data = dump_store(filled.database)
    _add_foreign(filled)
    store = file_digest(filled.database)
    made = daily_backup(filled)
    assert made is not None
    assert not THEIRS & _names(made)
    assert dump_store(made) == data  # every row of the app's tables, as they are
    assert file_digest(filled.database) == store  # cleaned by `repair`, not by a backup
    assert _names(filled.database) >= THEIRS


def _made_before_backups_left_them_out(paths: DataPaths, name: str, *statements: str) -> Path:
    made = back_up_store(paths)
    copy = made.with_name(name)
    made.rename(copy)
    conn = sqlite3.connect(copy)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return copy


def test_a_backup_with_only_more_is_restored_without_it(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    data = dump_store(filled.database, versions=False)
    old = _made_before_backups_left_them_out(
        filled, "bounceback-20260101-090000-daily.sqlite3", *FOREIGN
    )
    conn = sqlite3.connect(filled.database)  # changed since the backup
    conn.execute("DELETE FROM skill")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["restore", str(old), "--yes", "--data-dir", str(filled.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Restored " in out
    lines = [line for line in out.splitlines() if "does not make" in line]
    assert lines == [
        "Left out what the app does not make: trigger zz_evil, view zz_seen, table zz_extra."
    ]
    assert not THEIRS & _names(filled.database)
    assert dump_store(filled.database, versions=False) == data  # the backup's rows, all back
    assert _names(old) >= THEIRS  # the backup itself is left as it is


def test_the_restore_list_offers_it(filled: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    _made_before_backups_left_them_out(
        filled, "bounceback-20260101-090000-daily.sqlite3", *FOREIGN
    ).rename(filled.backups / "bounceback-20260101-090000-daily.sqlite3")
    capsys.readouterr()
    assert main(["restore", "--data-dir", str(filled.data_dir)]) == 0
    listed = capsys.readouterr().out
    # the backup's own lines, above the legend that quotes a mark as an example
    entries = listed.split("A mark in place of")[0]
    assert "bounceback-20260101-090000-daily.sqlite3" in entries
    assert "cannot be used" not in entries


def test_one_with_another_difference_is_still_refused(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = _made_before_backups_left_them_out(
        filled,
        "odd.sqlite3",
        *FOREIGN,
        "DROP INDEX IF EXISTS ix_application_link",
        "ALTER TABLE application DROP COLUMN link",
    )
    digest = file_digest(filled.database)
    capsys.readouterr()
    assert main(["restore", str(odd), "--yes", "--data-dir", str(filled.data_dir)]) == 1
    assert "its table application lacks the column link; nothing was changed." in (
        capsys.readouterr().err
    )
    assert file_digest(filled.database) == digest


async def test_the_store_problem_screen_says_what_it_left_out(filled: DataPaths) -> None:
    from tests.test_faults_corrupt import _chooser

    _made_before_backups_left_them_out(
        filled, "bounceback-20260101-090000-daily.sqlite3", *FOREIGN
    ).rename(filled.backups / "bounceback-20260101-090000-daily.sqlite3")
    filled.database.write_text("my shopping list")  # a store the app cannot open
    app = _chooser(filled)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        said = " ".join(str(app.query_one("#problem-result").render()).split())
        assert said.startswith("Restored bounceback-20260101-090000-daily.sqlite3.")
        assert (
            "Left out what the app does not make: trigger zz_evil, view zz_seen, table zz_extra."
        ) in said
    assert not THEIRS & _names(filled.database)
