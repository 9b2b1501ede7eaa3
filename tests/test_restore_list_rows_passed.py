"""The line under `restore`'s list says "may still be refused" only of backups whose rows
have not been checked yet.

Once a backup's rows are checked (`restore N`, `restore latest`, the store-problem screen),
what was found is kept (store/rows_checked.py): one refused is marked in the list. But one
whose rows passed was still named under the list as "listed without a mark, may still be
refused then", as if it had never been checked. Now only those not checked yet are named,
and with none left, the line is not said.
"""

from __future__ import annotations

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.restore import check_backup_rows
from bounceback_tui.transfer.backup_rows import backup_rows_problem
from tests.transfer_fixtures import fill_every_table

NEWER = "bounceback-20260315-090000-manual.sqlite3"
OLDER = "bounceback-20260314-090000-manual.sqlite3"


def _listed(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(paths.data_dir), "restore"]) == 0
    return " ".join(capsys.readouterr().out.split())


def _rows_checked(paths: DataPaths, name: str) -> None:
    """The rows of backup ``name`` checked as a restore checks them (they pass)."""
    check_backup_rows(paths.backups / name, backup_rows_problem, upgrade_rules, paths)


def test_a_backup_whose_rows_passed_is_not_said_to_be_maybe_refused(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)
    (opened_paths.backups / OLDER).write_bytes(made.read_bytes())
    made.rename(opened_paths.backups / NEWER)
    before = _listed(opened_paths, capsys)
    assert "so numbers 1 and 2, listed without a mark, may still be refused then" in before
    # Number 1's rows are checked, and pass.
    _rows_checked(opened_paths, NEWER)
    after = _listed(opened_paths, capsys)
    assert "so number 2, listed without a mark, may still be refused then" in after, after
    assert "numbers 1" not in after and "number 1," not in after, after
    # Both checked: nothing is left that may still be refused.
    _rows_checked(opened_paths, OLDER)
    both = _listed(opened_paths, capsys)
    assert "may still be refused" not in both, both
    assert "restore latest" in both  # the way on is still named
