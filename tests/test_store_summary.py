"""Today's summary (migration v005) stays equal to a recomputation from scratch after every
kind of write, whichever way the write reaches the store, and Today's figures read from it
are the ones docs/metrics.md defines.

The recomputation (tests/summary_oracle.py) is plain Python written from docs/metrics.md,
not the migration's SQL.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import statistics
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.recovery_forms import RejectionInput as PlanRejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.services import applications, pipeline_moves, recovery
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.application_delete import delete_application, restore_application
from bounceback_tui.services.application_detail import get_detail
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.today import load_today
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.database import Database
from bounceback_tui.store.migrations import LATEST_VERSION, all_migrations
from bounceback_tui.store.restore import restore_backup
from bounceback_tui.store.sqlite_file import APPLICATION_ID, open_store
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys
from tests.summary_oracle import expected_summary, stored_summary

DAY = timedelta(days=1)


def assert_summary_is_right(path: Path) -> None:
    expected = expected_summary(path)
    assert stored_summary(path) == expected
    return None


def _app(
    company: str, stage: Stage = Stage.APPLIED, applied: date | None = None
) -> ApplicationInput:
    return ApplicationInput(
        company=company,
        role="Engineer",
        stage=stage,
        date_applied=applied if stage is not Stage.SAVED else None,
    )


def _steps(db: Database, rejection_id: int) -> list[tuple[int, str]]:
    with sqlite3.connect(db.path) as conn:
        return conn.execute(
            "SELECT id, kind FROM recovery_step WHERE rejection_id = ? ORDER BY position",
            (rejection_id,),
        ).fetchall()


def _rejection_of(db: Database, application_id: int) -> int:
    with sqlite3.connect(db.path) as conn:
        (rid,) = conn.execute(
            "SELECT id FROM rejection WHERE application_id = ?", (application_id,)
        ).fetchone()
    return int(rid)


def test_every_kind_of_write_keeps_the_summary_right(db: Database) -> None:
    path = db.path
    assert_summary_is_right(path)  # empty

    # Add applications (one saved, not sent), and one dated on the day of a later no.
    first = applications.add_application(db, _app("Northwind", applied=FIXED_TODAY - 20 * DAY))
    second = applications.add_application(db, _app("Fabrikam", applied=FIXED_TODAY - 10 * DAY))
    saved = applications.add_application(db, _app("Contoso", Stage.SAVED))
    assert_summary_is_right(path)

    # Mark one rejected: the rejection and its plan in one transaction.
    receipt = pipeline_moves.mark_rejected(
        db,
        first.id,
        RejectionInput(rejected_on=FIXED_TODAY - 12 * DAY, stage_reached=Stage.APPLIED),
    )
    rejection_id = _rejection_of(db, first.id)
    assert_summary_is_right(path)
    with sqlite3.connect(path) as conn:
        next_sent = conn.execute(
            "SELECT next_sent_on FROM summary_bounce_back WHERE rejection_id = ?", (rejection_id,)
        ).fetchone()[0]
    assert next_sent == (FIXED_TODAY - 10 * DAY).isoformat()  # Fabrikam, two days later

    # Edit: move Fabrikam's date before the no; the next application is now none.
    view = get_detail(db, second.id)
    assert view is not None
    applications.update_application(db, second.id, _app("Fabrikam", applied=FIXED_TODAY - 15 * DAY))
    assert_summary_is_right(path)

    # Move the saved one out of Saved (a stage change from Saved, dated today).
    pipeline_moves.move_stage(db, saved.id, Stage.APPLIED)
    assert_summary_is_right(path)

    # Tick and untick steps, every one, so the plan finishes and opens again.
    steps = _steps(db, rejection_id)
    for step_id, _kind in steps:
        step_service.set_step_done(db, step_id, True)
        assert_summary_is_right(path)
    step_service.set_step_done(db, steps[0][0], False)
    assert_summary_is_right(path)

    # Delete an application and undo it.
    deleted = delete_application(db, saved.id)
    assert_summary_is_right(path)
    restore_application(db, deleted)
    assert_summary_is_right(path)

    # Undo the rejection: the application goes back, the rejection and its plan go.
    pipeline_moves.undo_rejection(db, receipt)
    assert_summary_is_right(path)

    # A rejection without an application; delete its plan, then undo the delete.
    plan = recovery.add_rejection(
        db, PlanRejectionInput(company="Umbrella", role="Lead", rejected_on=FIXED_TODAY - 3 * DAY)
    )
    assert_summary_is_right(path)
    removed = recovery.delete_rejection(db, plan.id, key_of=usual_keys)
    assert_summary_is_right(path)
    step_service.restore_deleted(db, removed)
    assert_summary_is_right(path)

    # Delete an application whose rejection stays (unlinked) in Recovery.
    pipeline_moves.mark_rejected(
        db,
        second.id,
        RejectionInput(rejected_on=FIXED_TODAY - 2 * DAY, stage_reached=Stage.APPLIED),
    )
    delete_application(db, second.id)
    assert_summary_is_right(path)


def test_hand_edits_and_same_day_rules_keep_the_summary_right(db: Database) -> None:
    """Writes from outside the app (a hand edit with sqlite3) go through the same triggers,
    including the same-day rules: entered, or moved out of Saved, after the no."""
    fill_demo(db, 40)
    path = db.path
    assert_summary_is_right(path)
    on = (FIXED_TODAY - 5 * DAY).isoformat()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(
            "INSERT INTO rejection (id, company, role, rejected_on, created_at) "
            f"VALUES (900, 'Hand', 'Edit', '{on}', '{on} 12:00:00')"
        )
        # Entered before the no, the same day: not after it...
        conn.execute(
            "INSERT INTO application (id, company, role, stage, date_applied, created_at, "
            f"updated_at) VALUES (900, 'Same', 'Day', 'saved', NULL, '{on} 09:00:00', "
            f"'{on} 09:00:00')"
        )
        conn.execute(
            f"UPDATE application SET date_applied = '{on}', stage = 'applied' WHERE id = 900"
        )
    assert_summary_is_right(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        # The rejected application itself never counts, even dated after its own no.
        conn.execute(
            "INSERT INTO application (id, company, role, stage, date_applied, created_at, "
            "updated_at) VALUES (901, 'Late', 'Typo', 'rejected', '2026-05-01', "
            "'2026-03-16 08:00:00', '2026-03-16 08:00:00')"
        )
        conn.execute(
            "INSERT INTO rejection (id, application_id, company, role, rejected_on, created_at) "
            "VALUES (901, 901, 'Late', 'Typo', '2026-04-20', '2026-03-16 08:00:00')"
        )
        assert conn.execute(
            "SELECT next_sent_on FROM summary_bounce_back WHERE rejection_id = 901"
        ).fetchone() == (None,)
    assert_summary_is_right(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        # ...until it is moved out of Saved after the no (the timeline says so).
        conn.execute(
            "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, "
            f"created_at) VALUES (900, 'saved', 'applied', '{on}', '{on} 15:00:00')"
        )
    assert_summary_is_right(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute(
            "SELECT next_sent_on FROM summary_bounce_back WHERE rejection_id = 900"
        ).fetchone() == (on,)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(
            "UPDATE stage_change SET created_at = '{on} 10:00:00' WHERE application_id = 900"
        )
        conn.execute(
            "UPDATE rejection SET rejected_on = date(rejected_on, '-1 day') WHERE id = 900"
        )
        conn.execute("UPDATE rejection SET plan_completed_at = '2026-03-15 10:00:00' WHERE id < 5")
        conn.execute("UPDATE recovery_step SET asked_on = NULL, done_at = NULL WHERE id % 3 = 0")
        conn.execute("UPDATE recovery_step SET offset_days = offset_days + 2 WHERE id % 5 = 0")
        conn.execute("DELETE FROM recovery_step WHERE id % 7 = 0")
        conn.execute("UPDATE application SET created_at = '2026-01-01 00:00:00' WHERE id % 4 = 0")
        conn.execute("UPDATE application SET date_applied = NULL WHERE id % 6 = 0")
        conn.execute("DELETE FROM application WHERE id % 5 = 0")
        conn.execute("DELETE FROM rejection WHERE id % 4 = 1")
    assert_summary_is_right(path)


def test_json_import_and_restore_rebuild_the_summary(db: Database, tmp_path: Path) -> None:
    from bounceback_tui.transfer.files import private_output
    from bounceback_tui.transfer.json_export import export_json
    from bounceback_tui.transfer.json_import import import_json, load_json_export

    fill_demo(db, 80)
    target = tmp_path / "out" / "all.json"
    with private_output(target, make_parents=True) as out:
        export_json(db.path, out)
    assert "summary_" not in target.read_text(encoding="utf-8")  # derived: not exported

    fresh = resolve_paths(tmp_path / "fresh")
    open_store(fresh)
    import_json(fresh, load_json_export(target))
    assert_summary_is_right(fresh.database)
    assert stored_summary(fresh.database) == stored_summary(db.path)

    # Replacing a store with data (--replace) empties the old summary first.
    other = Database(fresh.database)
    applications.add_application(other, _app("Extra", applied=FIXED_TODAY))
    other.dispose()
    import_json(fresh, load_json_export(target), replace=True)
    assert stored_summary(fresh.database) == stored_summary(db.path)

    # Restore: the backup's own summary comes back with its rows.
    paths = resolve_paths(db.path.parent)
    saved = back_up_store(paths)
    before = stored_summary(db.path)
    applications.add_application(db, _app("After the backup", applied=FIXED_TODAY))
    assert stored_summary(db.path) != before
    db.dispose()
    restore_backup(paths, saved)
    assert stored_summary(db.path) == before
    assert_summary_is_right(db.path)


def test_todays_figures_from_the_summary_follow_the_definitions(db: Database) -> None:
    """On a demo store: the figures docs/metrics.md defines, worked out here from the
    recomputed summary with the standard library's median, equal what Today shows."""
    fill_demo(db, 400)
    summary = load_today(db.path, FIXED_TODAY)
    expected = expected_summary(db.path)
    since_90 = (FIXED_TODAY - timedelta(days=89)).isoformat()
    recent = [
        (date.fromisoformat(nxt) - date.fromisoformat(on)).days
        for _rid, on, nxt in expected["summary_bounce_back"]
        if on >= since_90 and nxt is not None
    ]
    assert summary.bounce_back_days_median_90d == statistics.median(recent)
    latest = max(expected["summary_bounce_back"], key=lambda row: (row[1], row[0]))
    assert summary.days_since_last_rejection == (FIXED_TODAY - date.fromisoformat(latest[1])).days
    lengths = [days for days, n in expected["summary_plan_length"] for _ in range(n)]
    assert summary.plan_days_median == statistics.median(lengths)
    assert summary.plans_finished == len(lengths)
    active = (FIXED_TODAY - timedelta(days=30)).isoformat()
    assert summary.plans_open == sum(1 for row in expected["summary_open_plan"] if row[1] >= active)
    assert summary.plans_resting == sum(
        1 for row in expected["summary_open_plan"] if row[1] < active
    )
    monday = FIXED_TODAY - timedelta(days=FIXED_TODAY.weekday())
    assert summary.applications_this_week == sum(
        row[1] for row in expected["summary_day"] if monday.isoformat() <= row[0]
    )


def _store_at_version(paths: DataPaths, version: int) -> None:
    paths.ensure_data_dir()
    conn = sqlite3.connect(paths.database, isolation_level=None)
    for migration in all_migrations()[:version]:
        conn.execute("BEGIN")
        migration.module.upgrade(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()


def _v4_store_with_data(paths: DataPaths, tmp_path: Path) -> None:
    """A version 4 store holding demo data, as the previous release left it."""
    filled = resolve_paths(tmp_path / "filled")
    open_store(filled)
    demo = Database(filled.database)
    fill_demo(demo, 120)
    demo.dispose()
    _store_at_version(paths, 4)
    with sqlite3.connect(filled.database) as source, sqlite3.connect(paths.database) as target:
        target.execute("PRAGMA foreign_keys = OFF")
        tables = [
            name
            for (name,) in target.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            columns = [r[1] for r in target.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            rows = source.execute(f"SELECT {names} FROM {table}").fetchall()
            target.execute(f"DELETE FROM {table}")
            target.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})", rows
            )


def test_migrating_a_store_with_data_backfills_the_summary(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    _v4_store_with_data(data_paths, tmp_path)
    opened = open_store(data_paths, rules=upgrade_rules)  # as the app opens it
    assert opened.migrated_from == 4 and opened.backup is not None
    assert stored_summary(data_paths.database)["summary_bounce_back"]  # not empty
    assert_summary_is_right(data_paths.database)
    with sqlite3.connect(opened.backup) as conn:  # the backup is the version 4 store
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'summary_day'").fetchall()


def test_a_read_only_version_4_store_is_refused_and_left_as_it_was(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    _v4_store_with_data(data_paths, tmp_path)
    before = data_paths.database.read_bytes()
    mode = data_paths.database.stat().st_mode
    os.chmod(data_paths.database, stat.S_IRUSR)
    try:
        with pytest.raises(
            StoreError, match=rf"read-only.*schema 4 to {LATEST_VERSION}.*nothing was changed"
        ):
            open_store(data_paths)
    finally:
        os.chmod(data_paths.database, mode)
    assert data_paths.database.read_bytes() == before
    assert not list(data_paths.data_dir.glob("backups/*"))


def test_todays_first_paint_never_scans_a_big_table(db: Database) -> None:
    """Every query Today's first paint runs reads the big tables (applications, their
    timelines, plan steps, thought records, skills) through an index, never by a SCAN, which
    would walk the whole store: checked with EXPLAIN QUERY PLAN. The skills joined when Today
    came to list their target days (the finished ones are never read)."""
    from bounceback_tui.services.today import build_today
    from bounceback_tui.store.fastread import FastReader

    fill_demo(db, 200)
    plans: list[tuple[str, str]] = []

    class Explaining:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def execute(self, sql: str, params: object = ()) -> sqlite3.Cursor:
            for row in self.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params):
                plans.append((sql, row[3]))
            return self.conn.execute(sql, params)

        def create_function(self, *args: Any, **kwargs: Any) -> None:
            # A no's reason answering its ask is a rule the services hand the SQL.
            self.conn.create_function(*args, **kwargs)

        def close(self) -> None:
            self.conn.close()

    reader = FastReader(db.path)
    reader.conn = Explaining(reader.conn)  # type: ignore[assignment]
    try:
        build_today(reader, FIXED_TODAY)
    finally:
        reader.close()
    assert len(plans) > 20
    big = {
        "application",
        "stage_change",
        "recovery_step",
        "thought_record",
        "thought_feeling",
        "skill",
    }
    aliases = {"a", "c", "s", "st", "t", "f"}  # the queries' names for them
    scans = [
        (sql, step)
        for sql, step in plans
        if step.startswith("SCAN")
        and step.split()[1] in big | aliases
        # "Is there anything at all?" stops at the first row.
        and not sql.startswith("SELECT EXISTS (SELECT 1 FROM application)")
    ]
    assert scans == []
