"""An upgrade that fails says the store was left as it was and names its backup, and trying
again does not pile up copies of the same store (a tester's walk: a v7 store set back to
`user_version=6`; each `today` said "The store could not be used (index
ix_rejection_day_recorded already exists)." and left one more `pre-migration-v6-to-v7`
backup, four after four tries)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.migrations import LATEST_VERSION
from tests.built_stores import store_once
from tests.transfer_fixtures import count, dump_store


def _set_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def _pre_migration(paths: DataPaths) -> list[Path]:
    return sorted(paths.backups.glob(f"*pre-migration-v6-to-v{LATEST_VERSION}*"))


@pytest.fixture
def behind(opened_paths: DataPaths) -> DataPaths:
    """A store at the latest schema whose header says 6: upgrading it meets v7's indexes."""
    store_once(opened_paths, fill_demo, 5, force=True)
    _set_version(opened_paths.database, 6)
    return opened_paths


def test_a_failed_upgrade_names_its_one_backup_however_often_it_is_tried(
    behind: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump_store(behind.database)
    said = []
    for _ in range(4):
        assert main(["today"]) == 1
        said.append(capsys.readouterr().err)
    (backup,) = _pre_migration(behind)
    for line in said:
        assert line == (
            f"bounceback-tui: The store could not be upgraded from version 6 to {LATEST_VERSION} "
            "(index "
            "ix_rejection_day_recorded already exists); it was left as it was. The copy "
            f"taken before the upgrade is {backup}.\n"
        )
    assert dump_store(behind.database) == before
    assert dump_store(backup) == before


def test_a_store_changed_between_tries_gets_a_backup_of_its_own(
    behind: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["today"]) == 1
    (first,) = _pre_migration(behind)
    conn = sqlite3.connect(behind.database)
    conn.execute("DELETE FROM coping_card")
    conn.commit()
    conn.close()
    assert main(["today"]) == 1
    backups = _pre_migration(behind)
    assert len(backups) == 2 and first in backups
    (second,) = [b for b in backups if b != first]
    assert f"The copy taken before the upgrade is {second}." in capsys.readouterr().err
    assert count(first, "coping_card") > 0
    assert count(second, "coping_card") == 0
