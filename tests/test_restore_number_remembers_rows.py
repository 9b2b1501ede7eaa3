"""`restore N` uses what checking a backup's rows found before, as `restore latest` does.

Once a backup's rows are checked, whether they were refused is kept (store/rows_checked.py),
and the list, the store-problem screen and `restore latest` use it. `restore N` read every
row again (seconds a backup at 10,000 applications): one known good was read again, and one
known refused was read whole to be refused as before. Now one known good is restored
without reading its rows again, one known refused is refused at once in the list's words,
and one written over since is read again.
"""

from __future__ import annotations

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.test_restore_latest_remembers_rows import _checked_once, _rows_read
from tests.test_restore_latest_skips_bad_rows import BAD, GOOD, _backups, filled  # noqa: F401
from tests.transfer_fixtures import dump_store
from tests.written_over import another_program_writes


def _restore(paths: DataPaths, which: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["restore", which, "--yes", "--data-dir", str(paths.data_dir)])
    said = capsys.readouterr()
    return status, said.out + said.err


def test_a_number_known_good_is_restored_without_reading_its_rows_again(
    filled: DataPaths,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good, _row_id = _backups(filled)
    _checked_once(filled, BAD, GOOD)
    read = _rows_read(monkeypatch)
    status, said = _restore(filled, "2", capsys)
    assert status == 0, said
    assert f"Restored {good}." in said
    assert read == []


def test_a_name_known_good_is_restored_without_reading_its_rows_again(
    filled: DataPaths,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good, _row_id = _backups(filled)
    _checked_once(filled, GOOD)
    read = _rows_read(monkeypatch)
    status, said = _restore(filled, GOOD, capsys)
    assert status == 0, said
    assert f"Restored {good}." in said
    assert read == []


def test_a_number_known_refused_is_refused_without_reading_it_again(
    filled: DataPaths,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _backups(filled)
    wanted = dump_store(filled.database, versions=False)
    _checked_once(filled, BAD)
    read = _rows_read(monkeypatch)
    status, said = _restore(filled, "1", capsys)
    assert status == 1
    assert f"The backup {BAD} holds what the app cannot use" in said, said
    assert "nothing was changed" in said and "lists your backups" in said, said
    assert read == []
    assert dump_store(filled.database, versions=False) == wanted


def test_a_number_written_over_since_is_read_again(
    filled: DataPaths,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _backups(filled)
    _checked_once(filled, BAD)
    # its row put right since
    another_program_writes(
        filled.backups / BAD, "UPDATE application SET stage = 'applied' WHERE stage = 'bogus'"
    )
    read = _rows_read(monkeypatch)
    status, said = _restore(filled, "1", capsys)
    assert status == 0, said
    assert f"Restored {filled.backups / BAD}." in said, said
    assert len(read) == 1  # read once more, as it is now
