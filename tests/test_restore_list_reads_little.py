"""`restore`'s list does not read every page of every backup.

A stranger's walk: two backups of a 100,000 store (291 MB each) took 15 s to list, as
SQLite's integrity check read each whole file for the "damaged, cannot be used" mark. The
list now reads each backup's header, schema and two counts; a backup cut short is still
marked, and the whole check is made once one is picked, before anything is asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store import backup as backup_module
from bounceback_tui.store.backup import back_up_store
from tests.transfer_fixtures import fill_every_table


def _deep_damage(path: Path) -> None:
    """The last page overwritten: the header, the schema and the counts still read."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[-page:] = b"\xab" * page
    path.write_bytes(bytes(data))


def test_the_list_checks_no_backup_whole_and_a_pick_does(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_every_table(opened_paths)
    good = back_up_store(opened_paths)
    cut = good.with_name("bounceback-20200101-090000-manual.sqlite3")
    cut.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    asked: list[str] = []
    real = backup_module.check_result

    def noted(path: Path, pragma: str) -> str:
        asked.append(pragma)
        return real(path, pragma)

    monkeypatch.setattr(backup_module, "check_result", noted)
    monkeypatch.setattr("bounceback_tui.store.restore.check_result", noted)
    capsys.readouterr()
    assert main(["restore", "--data-dir", str(opened_paths.data_dir)]) == 0
    listed = capsys.readouterr().out
    assert asked == []  # nothing read whole
    lines = [line for line in listed.splitlines() if "bounceback-2" in line]
    assert len(lines) == 2
    assert "damaged, cannot be used" not in lines[0] and "application" in lines[0]
    assert "damaged, cannot be used" in lines[1]  # cut short: its header counts more pages
    # Picked, a backup damaged where the list does not look is checked whole and refused.
    _deep_damage(good)
    before = opened_paths.database.read_bytes()
    code = main(["restore", "1", "--yes", "--data-dir", str(opened_paths.data_dir)])
    assert code != 0
    assert "integrity_check" in asked
    assert "is damaged and cannot be read; nothing was changed" in capsys.readouterr().err
    assert opened_paths.database.read_bytes() == before
