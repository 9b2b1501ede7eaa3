"""A backup from an older schema is upgraded and checked as a copy before it replaces the
store; one that cannot be upgraded is refused with the store exactly as it was (an
attacker's walk, twenty-second round: a backup set to `user_version=2` replaced the store,
the upgrade then failed on the live file, the message named the broken file as "the copy
taken before the upgrade", and the app would not open again)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store, list_backups
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.restore import restore_backup
from tests.helpers import file_digest
from tests.old_backups import store_at_version, unupgradable_backup
from tests.quiet import until_drained
from tests.transfer_fixtures import dump_store, fill_every_table, integrity


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    conn = sqlite3.connect(opened_paths.database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the whole store in the one file
    conn.close()
    return opened_paths


def _listing(paths: DataPaths) -> list[str]:
    """The data folder's files, but SQLite's -wal and -shm (any read may make them)."""
    found = (str(p.relative_to(paths.data_dir)) for p in paths.data_dir.rglob("*"))
    return sorted(p for p in found if not p.endswith(("-wal", "-shm")))


def test_a_backup_that_cannot_be_upgraded_changes_nothing(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "older.sqlite3"
    unupgradable_backup(broken)
    rows = dump_store(filled.database)
    digest = file_digest(filled.database)
    files = _listing(filled)
    said = (
        "The backup older.sqlite3 was made by an older version of bounceback-tui and could "
        "not be brought up to date; nothing was changed: your store is as it was. Choose "
        "another backup."
    )
    with pytest.raises(StoreError) as caught:
        restore_backup(filled, broken)
    assert str(caught.value) == said
    assert main(["restore", str(broken), "--yes"]) == 1
    listed = "`bounceback-tui restore` lists your backups."
    assert capsys.readouterr().err == f"bounceback-tui: {said} {listed}\n"
    assert file_digest(filled.database) == digest
    assert dump_store(filled.database) == rows
    # No "before-restore" and no "pre-migration" copy: nothing was begun.
    assert _listing(filled) == files
    assert main(["today"]) == 0


def test_an_older_backup_is_upgraded_then_put_back(filled: DataPaths, tmp_path: Path) -> None:
    older = tmp_path / "schema-3.sqlite3"
    store_at_version(older, 3)
    before = file_digest(older)
    result = restore_backup(filled, older)
    assert result.safety_backup is not None
    with sqlite3.connect(filled.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT company, role FROM application").fetchall() == [
            ("Old Co", "Old Role")
        ]
    assert integrity(filled.database) == "ok"
    assert file_digest(older) == before  # the backup itself is never changed
    assert [b.label for b in list_backups(filled)] == ["before-restore"]


async def test_the_screens_restore_of_such_a_backup_leaves_the_file_where_it_is(
    filled: DataPaths,
) -> None:
    """The screen offered when the store cannot be opened restores the latest backup the same
    way: one that cannot be upgraded is refused there, and the unreadable file is not moved."""
    from bounceback_tui.commands import store_problem
    from bounceback_tui.store.backup import latest_backup
    from bounceback_tui.ui.screens.store_problem import StoreProblemApp

    made = back_up_store(filled)
    made.unlink()
    unupgradable_backup(made)
    for suffix in ("-wal", "-shm"):
        Path(f"{filled.database}{suffix}").unlink(missing_ok=True)
    filled.database.write_text("my shopping list")
    files = _listing(filled)
    latest = latest_backup(filled)
    assert latest is not None
    app = StoreProblemApp(
        "The file at ... is not a bounceback-tui store. It was left untouched.",
        backup_label=store_problem.backup_label(latest),
        aside_name="bounceback.sqlite3.unreadable-...",
        restore=lambda: store_problem._restore_latest(filled),
        fresh=lambda: store_problem._start_fresh(filled),
        quiet_s=0,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        # The backup is checked in a thread ("Checking the backup before putting it back…"
        # meanwhile): one pause read that line on a busy machine.
        await app.workers.wait_for_complete()
        await until_drained(pilot)
        said = str(app.query_one("#problem-result").render())
        assert said.startswith(f"That did not work: the latest backup ({latest.name}) cannot")
        assert "Nothing was changed." in said
        assert not app.done
    assert filled.database.read_text() == "my shopping list"
    assert _listing(filled) == files  # not moved aside, no "before-restore"
