"""Two windows (or a window and a command) opening the same store at the same moment.

Real processes, lined up at a barrier (tests/open_race.py), open one fresh folder or one
older store together. Before the fix each read the schema version once, before any lock,
and ran the same migrations in turn: "table application already exists", "duplicate
column name: company_size", "no such column: contact_name", and a backup from each.
Now one creates or upgrades it under the write lock; the others wait, then open it as is.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store import sqlite_file
from bounceback_tui.store.migrations import LATEST_VERSION, all_migrations
from bounceback_tui.store.sqlite_file import APPLICATION_ID, OpenedStore, open_store
from tests.open_race import open_at_once
from tests.transfer_fixtures import dump_store

pytestmark = pytest.mark.slow  # spawns processes

ROUNDS = 4  # before the fix, every round of three failed (a few in a hundred might not)
PROCESSES = 3
OLD_VERSION = 3  # before the v4 migration, which moves the contact columns out
_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}")


def _older_store(paths: DataPaths, journal_mode: str) -> None:
    """A store as the app of schema 3 left it (migrations 1 to 3), with a person's rows."""
    paths.ensure_data_dir()
    conn = sqlite3.connect(paths.database, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    for migration in all_migrations()[:OLD_VERSION]:
        conn.execute("BEGIN")
        migration.module.upgrade(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for app_id, company, name, email, size in (
        (1, "Acme", "Sam Rivera", "sam@agency.example", "11-50"),
        (2, "Globex", "Sam Rivera", "sam@agency.example", None),
        (5, "Initech", "Jo Park", "", "1000+"),
    ):
        conn.execute(
            "INSERT INTO application (id, company, role, stage, contact_name, contact_email, "
            "company_size, created_at, updated_at) VALUES (?, ?, 'Engineer', 'applied', ?, ?, "
            "?, '2025-01-01 10:00:00', '2025-01-01 10:00:00')",
            (app_id, company, name, email, size),
        )
    conn.execute(
        "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, created_at) "
        "SELECT id, NULL, 'applied', '2025-01-01', '2025-01-01 10:00:00' FROM application"
    )
    conn.close()
    paths.database.chmod(0o600)
    paths.data_dir.chmod(0o700)


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name"
        ).fetchall()


def _rows(path: Path) -> object:
    """Every row, with the calendar UIDs (random: made by SQLite as a row comes in) masked."""
    return {
        table: [
            tuple("uid" if isinstance(v, str) and _UID.fullmatch(v) else v for v in row)
            for row in rows
        ]
        for table, rows in dump_store(path).items()
    }


def _check_sound(path: Path) -> None:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def _check_private(paths: DataPaths) -> None:
    folders = [paths.data_dir] + ([paths.backups] if paths.backups.exists() else [])
    for folder in folders:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        for item in folder.iterdir():
            if item.is_file():
                assert stat.S_IMODE(item.stat().st_mode) == 0o600, item


def _pre_migration_backups(paths: DataPaths) -> list[Path]:
    if not paths.backups.exists():
        return []
    assert not list(paths.backups.glob("*.partial")), "a copy left half written"
    return sorted(paths.backups.glob("*pre-migration*"))


def test_a_new_store_opened_by_several_processes_at_once(tmp_path: Path) -> None:
    alone = resolve_paths(tmp_path / "alone")
    open_store(alone)
    for round_ in range(ROUNDS):
        paths = resolve_paths(tmp_path / f"round-{round_}")
        outcomes, exit_codes = open_at_once(paths.data_dir, PROCESSES)
        assert [o["error"] for o in outcomes] == [""] * PROCESSES, f"round {round_}"
        assert exit_codes == [0] * PROCESSES
        assert sorted(o["created"] for o in outcomes) == [False] * (PROCESSES - 1) + [True]
        assert {o["version"] for o in outcomes} == {LATEST_VERSION}
        assert [o["backup"] for o in outcomes] == [None] * PROCESSES  # nothing to back up
        _check_sound(paths.database)
        assert _schema(paths.database) == _schema(alone.database)
        assert _rows(paths.database) == _rows(alone.database)
        assert _pre_migration_backups(paths) == []
        _check_private(paths)


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_an_older_store_upgraded_by_several_processes_at_once(
    tmp_path: Path, journal_mode: str
) -> None:
    alone = resolve_paths(tmp_path / "alone")
    _older_store(alone, journal_mode)
    before = _rows(alone.database)
    open_store(alone)
    for round_ in range(ROUNDS):
        paths = resolve_paths(tmp_path / f"round-{round_}")
        _older_store(paths, journal_mode)
        outcomes, exit_codes = open_at_once(paths.data_dir, PROCESSES)
        assert [o["error"] for o in outcomes] == [""] * PROCESSES, f"round {round_}"
        assert exit_codes == [0] * PROCESSES
        # One process upgraded it (and took the backup); the others found it upgraded.
        movers = [o for o in outcomes if o["migrated_from"] is not None]
        assert [o["migrated_from"] for o in movers] == [OLD_VERSION]
        assert [o["backup"] for o in outcomes if o["backup"]] == [
            str(b) for b in _pre_migration_backups(paths)
        ]
        assert {o["version"] for o in outcomes} == {LATEST_VERSION}
        _check_sound(paths.database)
        assert _schema(paths.database) == _schema(alone.database)
        assert _rows(paths.database) == _rows(alone.database)
        # Exactly one backup, of the store as it was before any step: schema 3, every row.
        (backup,) = _pre_migration_backups(paths)
        assert f"pre-migration-v{OLD_VERSION}-to-v{LATEST_VERSION}" in backup.name
        with sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == OLD_VERSION
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert _rows(backup) == before
        _check_private(paths)


def _open_while_another_writes(paths: DataPaths) -> tuple[OpenedStore, float]:
    """``open_store`` while another connection holds the write lock for a second: what it
    returned, and how long it took."""
    held = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(paths.database, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(1.0)
        conn.execute("ROLLBACK")
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    started = time.monotonic()
    try:
        opened = open_store(paths)
    finally:
        holder.join()
    return opened, time.monotonic() - started


def test_a_store_held_by_another_writer_is_waited_for(data_paths: DataPaths) -> None:
    """The other process holds the write lock for a while (a long upgrade, say): opening
    waits for it, then upgrades the store itself if it is still behind."""
    _older_store(data_paths, "wal")
    opened, waited = _open_while_another_writes(data_paths)
    assert waited >= 0.5
    assert opened.migrated_from == OLD_VERSION and opened.backup is not None
    _check_sound(data_paths.database)


def test_a_store_held_too_long_is_refused_in_one_sentence(data_paths: DataPaths) -> None:
    """Past the wait, launching the app says the store is busy, in one line, exit 1 (no
    traceback), and the store and its backups are as they were."""
    _older_store(data_paths, "wal")
    holder = sqlite3.connect(data_paths.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        script = (
            "import sys; from bounceback_tui.store import sqlite_file; "
            "sqlite_file.OPEN_WAIT_S = 0.5; from bounceback_tui.cli import main; "
            "sys.exit(main(['--data-dir', sys.argv[1]]))"
        )
        src = str(Path(sqlite_file.__file__).resolve().parents[2])
        # A driver named, as the tests' subprocesses run the app: away from a terminal the
        # launch is refused before it opens the store.
        driver = "textual.drivers.headless_driver:HeadlessDriver"
        env = {**os.environ, "PYTHONPATH": src, "TEXTUAL_DRIVER": driver}
        done = subprocess.run(
            [sys.executable, "-c", script, str(data_paths.data_dir)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == (
        f"bounceback-tui: The store at {data_paths.database} stayed busy in another "
        "bounceback-tui window or command (creating or upgrading it, perhaps) for 0.5 "
        "seconds; nothing was changed. Try again in a moment."
    )
    with sqlite3.connect(data_paths.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == OLD_VERSION
    assert _pre_migration_backups(data_paths) == []


def test_a_store_in_rollback_mode_waits_for_a_writer_before_turning_to_wal(
    data_paths: DataPaths,
) -> None:
    """A store at the latest version still in rollback-journal mode (an older copy put back
    by hand, say) is turned to WAL on opening. That switch upgrades a read lock to a write
    lock, where SQLite does not wait but says "database is locked" at once when another
    connection holds the write lock: CI saw it as a 30-second "stayed busy" message after no
    wait at all. Opening waits for the other writer instead, then turns the store to WAL."""
    open_store(data_paths)
    with sqlite3.connect(data_paths.database, isolation_level=None) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    rows = _rows(data_paths.database)
    opened, waited = _open_while_another_writes(data_paths)
    assert waited >= 0.5
    assert opened.migrated_from is None and opened.backup is None
    _check_sound(data_paths.database)
    assert _rows(data_paths.database) == rows
