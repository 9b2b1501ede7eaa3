"""The store: round trips, pragmas, migrations, and refusing what is not ours."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import NewerStoreError, NotADatabaseError
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.services.applications import add_application, list_applications
from bounceback_tui.store import migrations as migrations_package
from bounceback_tui.store.database import Database
from bounceback_tui.store.migrations import LATEST_VERSION, all_migrations
from bounceback_tui.store.sqlite_file import APPLICATION_ID, open_store
from tests.conftest import FIXED_TODAY
from tests.helpers import file_digest
from tests.summary_oracle import expected_summary, stored_summary


def test_application_round_trip_survives_reopening(opened_paths: DataPaths) -> None:
    first = Database(opened_paths.database)
    add_application(
        first,
        ApplicationInput(company="Zürich Systems 🚀", role="مهندس برمجيات", stage=Stage.APPLIED),
    )
    first.dispose()
    second = Database(opened_paths.database)
    rows = list_applications(second)
    second.dispose()
    assert [(r.company, r.role, r.stage) for r in rows] == [
        ("Zürich Systems 🚀", "مهندس برمجيات", "applied")
    ]


def test_adding_records_the_first_timeline_entry(db: Database) -> None:
    app = add_application(
        db, ApplicationInput(company="Acme", role="Engineer", date_applied=FIXED_TODAY)
    )
    with sqlite3.connect(db.path) as conn:
        rows = conn.execute(
            "SELECT from_stage, to_stage, changed_on FROM stage_change WHERE application_id = ?",
            (app.id,),
        ).fetchall()
    assert rows == [(None, "applied", "2026-03-16")]


def test_connection_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_foreign_keys_cascade(db: Database) -> None:
    app = add_application(db, ApplicationInput(company="Acme", role="Engineer"))
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM application WHERE id = ?", (app.id,))
        assert conn.execute("SELECT count(*) FROM stage_change").fetchone()[0] == 0


def test_failed_action_writes_nothing(db: Database) -> None:
    from bounceback_tui.store.models import Application

    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Application(company="Half", role="Saved"))
        session.flush()
        raise RuntimeError("boom")
    assert list_applications(db) == []


def test_new_store_is_at_latest_version_with_our_id(data_paths: DataPaths) -> None:
    opened = open_store(data_paths)
    assert opened.created
    with sqlite3.connect(data_paths.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_the_suites_empty_store_is_the_one_open_store_makes(
    opened_paths: DataPaths, tmp_path, empty_store_template: Path
) -> None:
    """``opened_paths`` copies one template per worker (tests/conftest.py) instead of
    migrating per test: the copy must be what ``open_store`` makes, byte for byte, with
    the same modes and nothing beside it. A store built once and copied
    (tests/built_stores.py) is the store its build makes, with the same answer."""
    import stat

    from tests import built_stores
    from tests.conftest import copy_store
    from tests.pipeline_fixtures import small_pipeline
    from tests.transfer_fixtures import dump_store

    fresh = resolve_paths(tmp_path / "fresh")
    open_store(fresh)
    assert opened_paths.database.read_bytes() == fresh.database.read_bytes()
    for copy, made in (
        (opened_paths.database, fresh.database),
        (opened_paths.data_dir, fresh.data_dir),
    ):
        assert stat.S_IMODE(copy.stat().st_mode) == stat.S_IMODE(made.stat().st_mode)
    assert sorted(p.name for p in opened_paths.data_dir.iterdir()) == sorted(
        p.name for p in fresh.data_dir.iterdir()
    )

    by_hand = resolve_paths(tmp_path / "by-hand")
    copy_store(empty_store_template, by_hand)
    db = Database(by_hand.database)
    expected = small_pipeline(db)
    db.dispose()
    copied = built_stores.taken["copied"]
    built = []
    for name in ("first", "second"):
        paths = resolve_paths(tmp_path / name)
        copy_store(empty_store_template, paths)
        assert built_stores.store_once(paths, small_pipeline) == expected
        assert [p.name for p in paths.data_dir.iterdir()] == [paths.database.name]
        assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
        built.append(paths.database)
    assert built_stores.taken["copied"] > copied  # the second, at least, was a copy
    assert built[0].read_bytes() == built[1].read_bytes()
    # The rows a build by hand makes, but for the calendar UIDs (random, new_uid).
    uid = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}")

    def rows(path: Path) -> object:
        return {
            table: [
                tuple("uid" if isinstance(v, str) and uid.fullmatch(v) else v for v in row)
                for row in table_rows
            ]
            for table, table_rows in dump_store(path).items()
        }

    assert rows(built[1]) == rows(by_hand.database)


def test_latest_version_constant_matches_shipped_migrations() -> None:
    assert [m.version for m in all_migrations()] == list(range(1, LATEST_VERSION + 1))


def _store_at_version(paths: DataPaths, version: int) -> None:
    """Build a store as an older app would have left it: migrations 1..version only."""
    paths.ensure_data_dir()
    conn = sqlite3.connect(paths.database, isolation_level=None)
    for migration in all_migrations()[:version]:
        conn.execute("BEGIN")
        migration.module.upgrade(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    if version:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(
            "INSERT INTO application (company, role, stage, created_at, updated_at) "
            "VALUES ('Old Co', 'Old Role', 'applied', '2025-01-01 10:00:00', '2025-01-01 10:00:00')"
        )
    conn.close()


@pytest.mark.parametrize("version", range(0, LATEST_VERSION + 1))
def test_every_past_version_upgrades(data_paths: DataPaths, version: int) -> None:
    _store_at_version(data_paths, version)
    open_store(data_paths)
    with sqlite3.connect(data_paths.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        companies = [r[0] for r in conn.execute("SELECT company FROM application")]
    assert companies == (["Old Co"] if version else [])


def _fake_next_migration(monkeypatch: pytest.MonkeyPatch, upgrade) -> int:  # type: ignore[no-untyped-def]
    """Pretend this version of the app ships one more migration."""
    real = all_migrations()
    new_version = LATEST_VERSION + 1
    fake = SimpleNamespace(
        version=new_version,
        description="test",
        module=SimpleNamespace(upgrade=upgrade, VERSION=new_version),
    )
    monkeypatch.setattr(migrations_package, "LATEST_VERSION", new_version)
    monkeypatch.setattr(migrations_package, "all_migrations", lambda: [*real, fake])
    return new_version


def test_backup_is_taken_before_a_migration(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(opened_paths.database)
    add_application(db, ApplicationInput(company="Keep Me", role="Safe"))
    db.dispose()
    new_version = _fake_next_migration(
        monkeypatch, lambda conn: conn.execute("ALTER TABLE application ADD COLUMN extra TEXT")
    )
    opened = open_store(opened_paths)
    assert opened.migrated_from == LATEST_VERSION
    assert opened.backup is not None and opened.backup.parent == opened_paths.backups
    with sqlite3.connect(opened.backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT company FROM application").fetchall() == [("Keep Me",)]
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == new_version
        columns = [r[1] for r in conn.execute("PRAGMA table_info(application)")]
    assert "extra" in columns


def test_failed_migration_rolls_back(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (id INTEGER)")
        raise sqlite3.OperationalError("simulated failure")

    _fake_next_migration(monkeypatch, broken)
    with pytest.raises(Exception, match="simulated failure"):
        open_store(opened_paths)
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert "half_done" not in tables


def test_store_from_newer_version_is_refused_untouched(opened_paths: DataPaths) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    # Fold the WAL into the main file so the digest covers everything.
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_digest(opened_paths.database)
    with pytest.raises(NewerStoreError, match="newer bounceback-tui"):
        open_store(opened_paths)
    assert file_digest(opened_paths.database) == before


def test_non_sqlite_file_is_refused_untouched(data_paths: DataPaths) -> None:
    data_paths.ensure_data_dir()
    data_paths.database.write_text("these are my notes, not a database\n")
    before = file_digest(data_paths.database)
    with pytest.raises(NotADatabaseError, match="not an SQLite database"):
        open_store(data_paths)
    assert file_digest(data_paths.database) == before


def test_other_programs_database_is_refused_untouched(data_paths: DataPaths) -> None:
    data_paths.ensure_data_dir()
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = file_digest(data_paths.database)
    with pytest.raises(NotADatabaseError, match="another program"):
        open_store(data_paths)
    assert file_digest(data_paths.database) == before


def test_truncated_database_is_refused_untouched(opened_paths: DataPaths) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    raw = opened_paths.database.read_bytes()
    # Keep the header, scramble the rest: SQLite must not accept it.
    opened_paths.database.write_bytes(raw[:100] + b"\xff" * (len(raw) - 100))
    before = file_digest(opened_paths.database)
    with pytest.raises(Exception) as caught:
        open_store(opened_paths)
    assert "untouched" in str(caught.value) or "damaged" in str(caught.value)
    assert file_digest(opened_paths.database) == before


def test_empty_file_becomes_a_store(data_paths: DataPaths) -> None:
    data_paths.ensure_data_dir()
    data_paths.database.touch()
    open_store(data_paths)
    with sqlite3.connect(data_paths.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


# A v1 store with a row in every table, children pointing at parents, as v1 wrote them.
_V1_ROWS = (
    "INSERT INTO application (id, company, role, stage, created_at, updated_at) VALUES "
    "(1, 'Acme', 'Engineer', 'rejected', '2025-01-01 10:00:00', '2025-01-02 10:00:00'), "
    "(7, 'Initech', 'Analyst', 'applied', '2025-01-03 10:00:00', '2025-01-03 10:00:00')",
    "INSERT INTO stage_change (id, application_id, from_stage, to_stage, changed_on, created_at) "
    "VALUES (1, 1, NULL, 'applied', '2025-01-01', '2025-01-01 10:00:00'), "
    "(2, 1, 'applied', 'rejected', '2025-01-02', '2025-01-02 10:00:00'), "
    "(3, 7, NULL, 'applied', '2025-01-03', '2025-01-03 10:00:00')",
    "INSERT INTO rejection (id, application_id, company, role, rejected_on, created_at) "
    "VALUES (4, 1, 'Acme', 'Engineer', '2025-01-02', '2025-01-02 10:00:00')",
    "INSERT INTO recovery_step (id, rejection_id, template_key, group_key, title, updated_at) "
    "VALUES (5, 4, 'breathe.pause', 'breathe', 'Pause', '2025-01-02 10:00:00')",
    "INSERT INTO recovery_template_step (id, key, group_key, title) "
    "VALUES (2, 'custom.1', 'breathe', 'Walk')",
    "INSERT INTO thought_record (id, rejection_id, thought, created_at, updated_at) "
    "VALUES (3, 4, 'I always fail', '2025-01-02 11:00:00', '2025-01-02 11:00:00')",
    "INSERT INTO thought_feeling (id, record_id, name, intensity_before) VALUES (6, 3, 'sad', 80)",
    "INSERT INTO thought_trap (record_id, trap_key) VALUES (3, 'overgeneralization')",
    "INSERT INTO skill (id, title, rejection_id, recovery_step_id, created_at) "
    "VALUES (9, 'SQL', 4, 5, '2025-01-02 12:00:00')",
    "INSERT INTO skill_resource (id, skill_id, url) VALUES (2, 9, 'https://example.org')",
    "INSERT INTO setting (key, value) VALUES ('weekly_goal', '6')",
    "INSERT INTO check_in (day, mood, updated_at) VALUES ('2025-01-02', 3, '2025-01-02 09:00:00')",
    "INSERT INTO activity_day (day, actions) VALUES ('2025-01-02', 4)",
    "INSERT INTO followed_board (id, company, provider, token, created_at) "
    "VALUES (1, 'Acme', 'lever', 'acme', '2025-01-01 10:00:00')",
)


# Moved out of the application by v4, into contact (tests/test_people_services.py checks them).
_MOVED = {"contact_name", "contact_email"}


def _columns_of(conn: sqlite3.Connection) -> dict[str, list[str]]:
    return {
        table: [
            r[1]
            for r in conn.execute(f"PRAGMA table_info({table})")
            if r[1] != "version" and r[1] not in _MOVED
        ]
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }


def _contents(
    conn: sqlite3.Connection, only: dict[str, list[str]] | None = None
) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows without the version column, in a stable order (``only``: just
    these tables and columns, those of an older schema, so later migrations' additions
    are checked on their own)."""
    found = {}
    for table, columns in (only or _columns_of(conn)).items():
        rows = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM {table}")
        found[table] = sorted(rows.fetchall(), key=repr)
    return found


def test_version_1_store_with_data_upgrades_to_versions_and_autoincrement(
    data_paths: DataPaths,
) -> None:
    _store_at_version(data_paths, 1)
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("DELETE FROM application")  # the helper's own row; ids as listed below
        for statement in _V1_ROWS:
            conn.execute(statement)
        before = _contents(conn)
        v1_columns = _columns_of(conn)
        indexes_before = sorted(
            r for r in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type='index'")
        )
    opened = open_store(data_paths)
    assert opened.migrated_from == 1 and opened.backup is not None
    with sqlite3.connect(opened.backup) as conn:
        assert _contents(conn) == before  # the backup is the store as it was
    conn = sqlite3.connect(data_paths.database)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        assert _contents(conn, v1_columns) == before
        # What later versions added is empty: new columns null, new tables without rows.
        added = {
            table: [c for c in columns if c not in v1_columns.get(table, [])]
            for table, columns in _columns_of(conn).items()
        }
        for table, columns in added.items():
            if table.startswith("summary_"):
                continue  # v5: Today's summary of these rows, checked below
            for column in columns:
                if column == "uid":  # v4: every row has a random calendar UID, none twice
                    uids = [r[0] for r in conn.execute(f"SELECT uid FROM {table}")]
                    assert all(uids) and len(set(uids)) == len(uids), table
                    continue
                assert (
                    conn.execute(
                        f"SELECT count(*) FROM {table} WHERE [{column}] IS NOT NULL"
                    ).fetchone()[0]
                    == 0
                ), (table, column)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert stored_summary(data_paths.database) == expected_summary(data_paths.database)
        indexes_after = sorted(
            r for r in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type='index'")
        )
        # The v1 tables keep exactly their indexes, and v5's for Today and the Pipeline and
        # v7's for the summary's triggers; later tables bring their own.
        v5_indexes = [
            ("ix_recovery_step_feedback_open", "recovery_step"),
            ("ix_rejection_day_recorded", "rejection"),
            ("ix_thought_record_status", "thought_record"),
        ]
        assert [i for i in indexes_after if i[1] in v1_columns] == sorted(
            indexes_before + v5_indexes
        )
        versions = {
            table: conn.execute(f"SELECT DISTINCT version FROM {table}").fetchall()
            for table in ("application", "rejection", "recovery_step", "thought_record", "skill",
                          "recovery_template_step", "setting", "check_in", "followed_board")
        }  # fmt: skip
        assert versions == {key: [(1,)] for key in versions}
        # The foreign keys still work after the rebuild: deleting a parent cascades.
        conn.execute("DELETE FROM application WHERE id = 1")
        assert conn.execute("SELECT count(*) FROM stage_change").fetchone()[0] == 1
        assert conn.execute("SELECT application_id FROM rejection").fetchall() == [(None,)]
        # The highest id, once deleted, is not given to the next row.
        conn.execute("DELETE FROM application WHERE id = 7")
        conn.execute(
            "INSERT INTO application (company, role, created_at, updated_at) "
            "VALUES ('New', 'Role', '2025-02-01 10:00:00', '2025-02-01 10:00:00')"
        )
        assert conn.execute("SELECT id FROM application").fetchall() == [(8,)]
        # A write to a child bumps its parent; a write to the row bumps the row.
        conn.execute("UPDATE thought_feeling SET intensity_after = 40 WHERE id = 6")
        conn.execute("UPDATE skill SET notes = 'practise' WHERE id = 9")
        assert conn.execute("SELECT version FROM thought_record").fetchone()[0] == 2
        assert conn.execute("SELECT version FROM skill").fetchone()[0] == 2
    finally:
        conn.close()
