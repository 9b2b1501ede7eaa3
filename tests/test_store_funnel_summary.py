"""The Pipeline's funnel kept in the store (migration v006) stays equal to a recomputation
from the rows after every kind of write, whichever way the write reaches the store; the
header's read of it never walks the applications or their timelines; a version 5 store
with data is backed up and filled in when it is opened.

The recomputation below is plain Python written from the funnel's definitions
(services/pipeline_funnel.py's docstring), not from the migration's SQL.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event

from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.pipeline_funnel import Funnel
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.services import applications, pipeline_moves
from bounceback_tui.services.application_delete import delete_application, restore_application
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.pipeline_funnel import funnel_figures, median_of_counts
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.database import Database
from bounceback_tui.store.migrations import all_migrations
from bounceback_tui.store.sqlite_file import APPLICATION_ID, open_store
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import D, put

REPLIED = {"screening", "interviewing", "offer", "accepted", "rejected"}
INTERVIEWED = {"interviewing", "offer", "accepted"}
OFFERED = {"offer", "accepted"}


def expected_funnel(path: Path) -> Funnel:
    """The funnel worked out from every application, its whole timeline and the stage its
    noes say it got as far as."""
    conn = sqlite3.connect(path)
    try:
        apps = conn.execute("SELECT id, stage, date_applied FROM application").fetchall()
        timelines: dict[int, list[tuple[Any, ...]]] = {}
        for app_id, source, target, on in conn.execute(
            "SELECT application_id, from_stage, to_stage, changed_on FROM stage_change"
        ):
            timelines.setdefault(app_id, []).append((source, target, on))
        # What each application's noes say it got as far as (migration v008).
        reported: dict[int, set[str]] = {}
        for app_id, stage in conn.execute("SELECT application_id, stage_reached FROM rejection"):
            reported.setdefault(app_id, set()).add(stage)
    finally:
        conn.close()
    by_stage: Counter[Stage] = Counter()
    sent = replied = interviewed = offered = 0
    waits: list[float] = []
    for app_id, stage, applied in apps:
        timeline = timelines.get(app_id, [])
        reached = {stage} | {target for _source, target, _on in timeline}
        reached |= reported.get(app_id, set())
        if stage in {s.value for s in Stage}:
            by_stage[Stage(stage)] += 1
        if stage != "saved":
            sent += 1
            replied += bool(reached & REPLIED)
            interviewed += bool(reached & INTERVIEWED)
            offered += bool(reached & OFFERED)
        replies = [
            on for source, target, on in timeline if source is not None and target in REPLIED
        ]
        seen_waiting = any(target == "applied" for _source, target, _on in timeline)
        if applied is not None and replies and seen_waiting:
            first = min(date.fromisoformat(on[:10]) for on in replies)
            waits.append(float(max(0, (first - date.fromisoformat(applied[:10])).days)))
    return Funnel(
        by_stage=dict(by_stage),
        sent=sent,
        replied=replied,
        interviewed=interviewed,
        offered=offered,
        median_days_to_reply=statistics.median(waits) if waits else None,
    )


def assert_funnel_is_right(db: Database) -> None:
    assert funnel_figures(db) == expected_funnel(db.path)
    with sqlite3.connect(db.path) as conn:  # nothing left over: no rows counting zero
        assert not conn.execute(
            "SELECT 1 FROM summary_funnel_stage WHERE applications <= 0 "
            "UNION ALL SELECT 1 FROM summary_reply_days WHERE applications <= 0"
        ).fetchall()


def _app(
    company: str, stage: Stage = Stage.APPLIED, applied: date | None = None
) -> ApplicationInput:
    return ApplicationInput(
        company=company,
        role="Engineer",
        stage=stage,
        date_applied=applied if stage is not Stage.SAVED else None,
    )


def test_every_kind_of_write_keeps_the_funnel_right(db: Database) -> None:
    assert_funnel_is_right(db)  # empty
    assert funnel_figures(db) == Funnel()

    put(
        db,
        "Waited",
        [("applied", D(2026, 2, 1)), ("screening", D(2026, 2, 11))],
        date_applied=D(2026, 2, 1),
    )
    first = applications.add_application(db, _app("Northwind", applied=D(2026, 3, 1)))
    second = applications.add_application(db, _app("Fabrikam", applied=D(2026, 3, 5)))
    saved = applications.add_application(db, _app("Contoso", Stage.SAVED))
    assert_funnel_is_right(db)

    # Moves, forward and back, into a reply, an interview, an offer.
    for target in (Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER):
        pipeline_moves.move_stage(db, first.id, target)
        assert_funnel_is_right(db)
    pipeline_moves.move_stage(db, saved.id, Stage.APPLIED)  # sent now
    assert_funnel_is_right(db)

    # A no: the rejection and the move in one transaction, then undone.
    receipt = pipeline_moves.mark_rejected(
        db, second.id, RejectionInput(rejected_on=FIXED_TODAY, stage_reached=Stage.APPLIED)
    )
    assert_funnel_is_right(db)
    pipeline_moves.undo_rejection(db, receipt)
    assert_funnel_is_right(db)

    # An edit of its date and stage; a delete and its undo.
    applications.update_application(
        db, second.id, _app("Fabrikam", Stage.INTERVIEWING, D(2026, 2, 2))
    )
    assert_funnel_is_right(db)
    deleted = delete_application(db, first.id)
    assert_funnel_is_right(db)
    restore_application(db, deleted)
    assert_funnel_is_right(db)


def test_hand_edits_and_a_demo_store_keep_the_funnel_right(db: Database) -> None:
    """Writes from outside the app (sqlite3) go through the same triggers."""
    fill_demo(db, 300)
    assert_funnel_is_right(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("UPDATE application SET stage = 'offer' WHERE id % 7 = 0")
        conn.execute("UPDATE application SET date_applied = NULL WHERE id % 11 = 0")
        conn.execute("UPDATE application SET stage = 'someday' WHERE id % 13 = 0")  # unknown
        conn.execute(
            "UPDATE stage_change SET changed_on = date(changed_on, '+3 days') WHERE id % 5 = 0"
        )
        conn.execute("UPDATE stage_change SET to_stage = 'screening' WHERE id % 9 = 0")
        conn.execute("UPDATE stage_change SET application_id = 1 WHERE id % 17 = 0")
        conn.execute("DELETE FROM stage_change WHERE id % 4 = 0")
        conn.execute(
            "INSERT INTO stage_change "
            "(application_id, from_stage, to_stage, changed_on, created_at) "
            "SELECT id, 'applied', 'rejected', '2026-03-10', '2026-03-10 10:00:00' "
            "FROM application WHERE id % 3 = 0"
        )
        conn.execute("UPDATE rejection SET stage_reached = 'interviewing' WHERE id % 2 = 0")
        conn.execute("UPDATE rejection SET stage_reached = 'offer' WHERE id % 5 = 0")
        conn.execute("UPDATE rejection SET application_id = 2 WHERE id % 7 = 0")
        conn.execute("DELETE FROM rejection WHERE id % 11 = 0")
        conn.execute("DELETE FROM application WHERE id % 6 = 0")  # their timelines go too
    assert_funnel_is_right(db)


def test_the_funnel_never_walks_the_applications_or_their_timelines(db: Database) -> None:
    """The header's read is a few summary rows: no query of it scans ``application`` or
    ``stage_change`` (EXPLAIN QUERY PLAN of every statement it runs)."""
    fill_demo(db, 200)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        funnel_figures(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert statements
    with sqlite3.connect(db.path) as conn:
        plans = [row[3] for sql in statements for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
    # Every table read (a SCAN or a SEARCH step names it) is one of the summary's.
    reads = [step for step in plans if step.startswith(("SCAN", "SEARCH"))]
    assert reads
    assert [step for step in reads if not step.split()[1].startswith("summary_")] == []


@given(st.lists(st.integers(min_value=0, max_value=60), max_size=40))
def test_the_median_of_counted_days_is_the_median_of_the_days(days: list[int]) -> None:
    counted = sorted(Counter(float(d) for d in days).items())
    assert median_of_counts(counted) == (statistics.median(days) if days else None)


def test_opening_a_version_5_store_with_data_fills_the_funnel(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    filled = resolve_paths(tmp_path / "filled")
    open_store(filled)
    demo = Database(filled.database)
    fill_demo(demo, 150)
    demo.dispose()
    # The same rows in a store at version 5, as the previous release left it.
    data_paths.ensure_data_dir()
    conn = sqlite3.connect(data_paths.database, isolation_level=None)
    for migration in all_migrations()[:5]:
        conn.execute("BEGIN")
        migration.module.upgrade(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"ATTACH DATABASE '{filled.database}' AS filled")
    conn.execute("BEGIN")
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if not name.startswith("summary_")  # the version 5 triggers fill Today's summary
    ]
    for table in tables:
        columns = ", ".join(r[1] for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"DELETE FROM main.{table}")
        conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM filled.{table}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE filled")
    conn.close()

    opened = open_store(data_paths, rules=upgrade_rules)  # as the app opens it
    assert opened.migrated_from == 5 and opened.backup is not None
    with sqlite3.connect(opened.backup) as backup:  # the backup is the version 5 store
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 5
    db = Database(data_paths.database)
    try:
        assert funnel_figures(db).sent > 100
        assert_funnel_is_right(db)
        # And the triggers are in place: a move after the migration is counted.
        with sqlite3.connect(data_paths.database) as conn:
            app_id = conn.execute("SELECT id FROM application WHERE stage = 'applied'").fetchone()[
                0
            ]
        pipeline_moves.move_stage(db, app_id, Stage.OFFER)
        assert_funnel_is_right(db)
    finally:
        db.dispose()
