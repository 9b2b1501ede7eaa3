"""`restore` refuses a backup in words a person reads, not SQLite's or the schema's, and says
what to do instead: another backup, and the command that lists them, with this store's
--data-dir (a fixer's walk: "cannot be read (database disk image is malformed)", "(schema 2)
could not be brought up to this version's schema 7: duplicate column name: company_size")."""

from __future__ import annotations

import shlex
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.helpers import file_digest
from tests.transfer_fixtures import fill_every_table


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def _version(number: int) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.close()

    return spoil


def _scribbled(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3 : page * 4] = b"\xab" * page
    path.write_bytes(bytes(data))


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:8192])


DAMAGED = (
    "The backup spoiled.sqlite3 is damaged and cannot be read; nothing was changed. "
    "Choose another backup."
)
CASES = [
    (
        _version(999),
        "The backup spoiled.sqlite3 was made by a newer version of bounceback-tui, which this "
        "version cannot read; nothing was changed. Upgrade bounceback-tui to restore it, or "
        "choose another backup.",
    ),
    (
        # A newer layout said to be schema 2 is not what the app made at 2: refused for it
        # before any upgrade is tried (tests/test_restore_foreign_layout.py).
        _version(2),
        "The backup spoiled.sqlite3 was not made by bounceback-tui, or was changed since: it "
        "has a table interview_question the app does not make; nothing was changed. Choose "
        "another backup.",
    ),
    (_scribbled, DAMAGED),
    (_cut_short, DAMAGED),
]


@pytest.mark.parametrize(("spoil", "said"), CASES, ids=["newer", "older", "damaged", "cut"])
def test_a_refused_backup_is_told_plainly_with_where_the_others_are(
    filled: DataPaths,
    capsys: pytest.CaptureFixture[str],
    spoil: Callable[[Path], None],
    said: str,
) -> None:
    backup = filled.backups / "spoiled.sqlite3"
    backup.write_bytes(back_up_store(filled).read_bytes())
    spoil(backup)
    digest = file_digest(filled.database)

    assert main(["restore", "spoiled.sqlite3", "--yes"]) == 1
    listed = "`bounceback-tui restore` lists your backups."
    assert capsys.readouterr().err == f"bounceback-tui: {said} {listed}\n"

    option = f"--data-dir {shlex.quote(str(filled.data_dir))}"
    elsewhere = filled.data_dir.parent / "another"  # the default store is somewhere else
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BOUNCEBACK_DATA_DIR", str(elsewhere))
        assert main(["--data-dir", str(filled.data_dir), "restore", "spoiled.sqlite3", "-y"]) == 1
    listed = f"`bounceback-tui {option} restore` lists your backups."
    assert capsys.readouterr().err == f"bounceback-tui: {said} {listed}\n"
    assert file_digest(filled.database) == digest
