"""`restore latest` uses what checking a backup's rows found before, as the store-problem
screen's offer does.

Once a backup's rows are checked (`restore N`, `restore latest`, the screen), whether they
were refused is kept (store/rows_checked.py), and the list and the screen's offer use it. But
`restore latest` read every row of each backup again (seconds a backup at 10,000
applications): a backup known to be refused was read whole to be refused as before, and one
known good was read again. Now one known to be refused is passed over at once, in the words
the list and the screen use, and one known good is taken without reading its rows again; one
written over since is checked again.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.errors import BackupRefusedError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.restore import check_backup_rows
from bounceback_tui.transfer import backup_rows
from tests.test_restore_latest_skips_bad_rows import BAD, GOOD, _backups, filled  # noqa: F401
from tests.transfer_fixtures import dump_store
from tests.written_over import another_program_writes


def _checked_once(paths: DataPaths, *names: str) -> None:
    """The rows of each backup checked as a restore checks them (what was found is kept)."""
    for name in names:
        with contextlib.suppress(BackupRefusedError):
            check_backup_rows(
                paths.backups / name, backup_rows.backup_rows_problem, upgrade_rules, paths
            )


def _rows_read(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    read: list[object] = []
    real = backup_rows.backup_rows_problem

    def counted(ready: sqlite3.Connection) -> str | None:
        read.append(ready)
        return real(ready)

    monkeypatch.setattr(backup_rows, "backup_rows_problem", counted)
    return read


def _restore_latest(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["restore", "latest", "--yes", "--data-dir", str(paths.data_dir)])
    said = capsys.readouterr()
    return status, said.out + said.err


def test_a_backup_known_refused_is_passed_over_without_reading_it_again(
    filled: DataPaths,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wanted = dump_store(filled.database, versions=False)
    good, _row_id = _backups(filled)
    _checked_once(filled, BAD, GOOD)
    read = _rows_read(monkeypatch)
    status, said = _restore_latest(filled, capsys)
    assert status == 0, said
    assert f"Passed over backup number 1, {BAD}: it holds what the app cannot use" in said, said
    assert f"Taking backup number 2, {GOOD}: the newest cannot be used." in said, said
    assert f"Restored {good}." in said
    assert read == []  # neither backup's rows were read again
    assert dump_store(filled.database, versions=False) == wanted


def test_a_backup_known_good_is_taken_without_reading_its_rows_again(
    filled: DataPaths,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good, _row_id = _backups(filled)
    Path(filled.backups / BAD).unlink()
    _checked_once(filled, GOOD)
    read = _rows_read(monkeypatch)
    status, said = _restore_latest(filled, capsys)
    assert status == 0, said
    assert f"Restored {good}." in said
    assert read == []


def test_only_refused_ones_and_none_good_is_said_at_once(
    filled: DataPaths,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good, _row_id = _backups(filled)
    good.unlink()
    _checked_once(filled, BAD)
    read = _rows_read(monkeypatch)
    status, said = _restore_latest(filled, capsys)
    assert status == 1
    assert f"Passed over backup number 1, {BAD}: it holds what the app cannot use" in said, said
    assert "None of the backups in" in said and "nothing was changed" in said
    assert read == []


def test_one_written_over_since_is_checked_again(
    filled: DataPaths,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _good, _row_id = _backups(filled)
    _checked_once(filled, BAD, GOOD)
    # its row put right since
    another_program_writes(
        filled.backups / BAD, "UPDATE application SET stage = 'applied' WHERE stage = 'bogus'"
    )
    read = _rows_read(monkeypatch)
    status, said = _restore_latest(filled, capsys)
    assert status == 0, said
    assert "Passed over" not in said and f"Restored {filled.backups / BAD}." in said, said
    assert len(read) == 1  # its rows read once, as it was found
