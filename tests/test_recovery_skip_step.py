"""A plan step can be skipped (Recovery's `x`): neither done nor due.

After a no that came without feedback the plan asks the person to ask for some, and ten days
on to note what came back. Someone who decides not to ask (the company said it gives none)
could only tick "Ask for feedback", which counted it as done in every figure, or leave it
overdue for ever. Skipped, it is drawn "[–]" with "skipped 16 Mar", leaves Today's due list,
next step and figures, the plan's count, the report and the calendar; "Note what came back"
is skipped with it (nothing asked, no reply waited for). `x` again takes the skip back, and
`u` takes back the last `x`. Today is Monday 16 March 2026; Contoso's no came on 1 March.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest
from icalendar import Calendar
from sqlmodel import select

from bounceback_tui.cli import main
from bounceback_tui.errors import ConflictError
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.store.migrations import LATEST_VERSION, all_migrations
from bounceback_tui.store.models import RecoveryStep
from bounceback_tui.store.sqlite_file import APPLICATION_ID, open_store
from bounceback_tui.transfer.files import TransferError, private_output
from bounceback_tui.transfer.json_export import export_json
from bounceback_tui.transfer.json_import import import_json, load_json_export
from bounceback_tui.ui.kit.focus import focus_problem
from tests.recovery_fixtures import (
    add_rejection,
    recorded_on_its_day,
    skip_in_pane,
    step_by_key,
    steps_of,
)
from tests.screen_text import screen_text
from tests.summary_oracle import expected_summary, stored_summary
from tests.ui_harness import app_on, keep_toasts, settle

if TYPE_CHECKING:
    from bounceback_tui.services.step_skips import SkipResult

ASK = "Ask the recruiter or hiring manager for feedback"
REPLY = "Note what came back"
SKIPPED_AT = datetime(2026, 3, 16, 9, 30)  # the tests' clock


def _skips() -> ModuleType:
    """The service, imported in the test: before it existed, each test failed on its own."""
    from bounceback_tui.services import step_skips

    return step_skips


def _contoso(db: Database) -> int:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 1), reason="No reason given.")
    recorded_on_its_day(db, rid)
    return rid


def _skip_ask(db: Database, rid: int) -> SkipResult:
    ask = step_by_key(db, rid, "feedback.ask")
    return _skips().set_step_skipped(db, ask.id, True, expected_version=ask.version)


def _tick_all_but_the_feedback_steps(db: Database, rid: int) -> None:
    with db.write() as session:
        for step in session.exec(select(RecoveryStep).where(RecoveryStep.rejection_id == rid)):
            if step.group_key != "feedback":
                step.done_at = datetime(2026, 3, 14, 20, 0)
                session.add(step)


# --- the service --------------------------------------------------------------------------


def test_skipping_the_ask_skips_its_reply_and_taking_it_back_brings_both(db: Database) -> None:
    rid = _contoso(db)
    total = len(steps_of(db, rid))  # 15 steps in a plan after an interview
    result = _skip_ask(db, rid)
    assert [s.title for s in result.steps] == [ASK, REPLY]
    assert step_by_key(db, rid, "feedback.ask").skipped_at == SKIPPED_AT
    assert step_by_key(db, rid, "feedback.response").skipped_at == SKIPPED_AT
    assert step_by_key(db, rid, "feedback.ask").done_at is None
    assert (result.done, result.total) == (0, total - 2)
    row = plan_service.plan_row(db, rid)
    assert row is not None and (row.done, row.total) == (0, total - 2)

    ask = step_by_key(db, rid, "feedback.ask")
    back = _skips().set_step_skipped(db, ask.id, False, expected_version=ask.version)
    assert [s.title for s in back.steps] == [ASK, REPLY]
    assert step_by_key(db, rid, "feedback.ask").skipped_at is None
    assert step_by_key(db, rid, "feedback.response").skipped_at is None
    assert (back.done, back.total) == (0, total)


def test_a_skip_names_the_version_it_read(db: Database) -> None:
    rid = _contoso(db)
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.set_step_done(db, ask.id, True)  # another window ticked it meanwhile
    with pytest.raises(ConflictError):
        _skips().set_step_skipped(db, ask.id, True, expected_version=ask.version)
    assert step_by_key(db, rid, "feedback.ask").skipped_at is None
    assert step_by_key(db, rid, "feedback.response").skipped_at is None


def test_ticking_a_skipped_ask_after_all_brings_its_reply_back(db: Database) -> None:
    rid = _contoso(db)
    result = _skip_ask(db, rid)
    ticked = step_service.set_step_done(
        db, result.step.id, True, expected_version=result.step.version
    )
    assert ticked.step.skipped_at is None and ticked.step.done_at is not None
    assert [s.title for s in ticked.others] == [REPLY]
    assert step_by_key(db, rid, "feedback.response").skipped_at is None


def test_the_plan_finishes_when_every_step_not_skipped_is_done(db: Database) -> None:
    rid = _contoso(db)
    _tick_all_but_the_feedback_steps(db, rid)
    result = _skip_ask(db, rid)
    assert result.finished_now and result.plan_completed_at is not None
    # Taking the skip back opens it again: the ask is to do once more.
    ask = step_by_key(db, rid, "feedback.ask")
    back = _skips().set_step_skipped(db, ask.id, False, expected_version=ask.version)
    assert back.reopened and back.plan_completed_at is None


# --- figures, the due list, the calendar, the report --------------------------------------


def test_today_leaves_the_skipped_ask_and_its_reply_out(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _contoso(db)
    assert main(["today"]) == 0
    before = capsys.readouterr().out
    assert "Ask Contoso (Engineer) for feedback" in before
    # Fourteen steps other than the ask have had their day, but the two comfort steps of the
    # first days rest (tests/test_resting_steps.py), and the reply waits while nothing was
    # asked (tests/test_reply_waits_for_ask.py): one line, +10.
    line = "Contoso (Engineer): Keep the bridge intact: send a gracious reply"
    assert f"{line} (+10 more)" in before
    rid = plan_service.plan_rows(db)[0].rejection_id
    _skip_ask(db, rid)
    assert main(["today"]) == 0
    after = capsys.readouterr().out
    assert "Ask Contoso (Engineer) for feedback" not in after
    assert "Next step: Keep the bridge intact: send a gracious reply" in after
    assert f"{line} (+10 more)" in after  # still no reply: nothing was asked
    assert "Due now (1)" in after


def test_a_skipped_step_is_not_a_tick_in_todays_figures(db: Database) -> None:
    rid = _contoso(db)
    today = load_today(db.path, date(2026, 3, 16))
    assert (today.plans_finished, today.plans_open) == (0, 1)
    ask = step_by_key(db, rid, "feedback.ask")
    reply = step_by_key(db, rid, "feedback.response")
    _tick_all_but_the_feedback_steps(db, rid)
    step_service.set_step_done(db, ask.id, True)  # the plan is done but for the reply
    step_service.set_step_done(db, ask.id, False)
    _skips().set_step_skipped(db, reply.id, True)  # the reply alone: the ask is still due
    today = load_today(db.path, date(2026, 3, 16))
    assert (today.plans_finished, today.plans_open) == (0, 1)
    _skips().set_step_skipped(db, ask.id, True)
    today = load_today(db.path, date(2026, 3, 16))
    assert (today.plans_finished, today.plans_open) == (1, 0)
    assert stored_summary(db.path) == expected_summary(db.path)
    # Nothing skipped was counted as done: the plan's count says 13 of 13, not 15.
    row = plan_service.plan_row(db, rid)
    assert row is not None and (row.done, row.total) == (13, 13)


def test_the_summary_of_an_open_plan_leaves_skipped_steps_out(db: Database) -> None:
    rid = _contoso(db)
    for step in steps_of(db, rid):
        if step.kind != "feedback":
            _skips().set_step_skipped(db, step.id, True)
    assert stored_summary(db.path) == expected_summary(db.path)
    with sqlite3.connect(db.path) as conn:
        (row,) = conn.execute(
            "SELECT next_step_on, next_feedback_on FROM summary_open_plan WHERE rejection_id = ?",
            (rid,),
        ).fetchall()
    assert row == (None, "2026-03-04")  # only the ask is left, due on day 3


def test_the_calendar_and_the_report_leave_the_skipped_steps_out(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 16), reason="")
    _skip_ask(db, rid)
    target = tmp_path / "calendar.ics"
    where = ["--data-dir", str(opened_paths.data_dir)]
    assert main(["calendar", "-o", str(target), *where]) == 0
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    assert f"Recovery: {ASK} (Contoso)" not in summaries
    assert f"Recovery: {REPLY} (Contoso)" not in summaries
    assert "Recovery: Practise interviewing (Contoso)" in summaries
    report = tmp_path / "report.md"
    assert main(["export", "--format", "markdown", "--from", "all", "-o", str(report), *where]) == 0
    assert "Recovery plan: 0 of 13 steps done." in report.read_text(encoding="utf-8")


# --- the key --------------------------------------------------------------------------------


async def test_x_skips_the_step_and_x_again_takes_the_skip_back(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = _contoso(db)
    ask = step_by_key(db, rid, "feedback.ask")
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        pane.select_step(ask.id)
        await settle(pilot)
        assert "x Skip" in screen_text(app)  # on the key bar
        await pilot.press("x")
        await settle(pilot, 3)
        assert said[-1] == (
            f"Skipped “{ASK}”: it is not due and does not count as done. Press x to take "
            f"the skip back. “{REPLY}” is skipped with it: with nothing asked, no reply is "
            "waited for."
        ), said
        shown = screen_text(app)
        assert f"[–] {ASK} · skipped 16 Mar" in shown
        assert f"[–] {REPLY} · skipped 16 Mar" in shown
        assert "Skipped on 16 Mar: not due, and not counted as done." in shown
        assert "Ask for feedback  2 skipped" in shown  # not "0/0 · 2 skipped" (a stranger)
        assert step_by_key(db, rid, "feedback.ask").skipped_at == SKIPPED_AT
        assert app.focused is pane.step_list and focus_problem(app) is None

        await pilot.press("x")
        await settle(pilot, 3)
        assert said[-1] == f"“{ASK}” is back in your plan, to do. “{REPLY}” is back with it."
        assert step_by_key(db, rid, "feedback.ask").skipped_at is None
        assert step_by_key(db, rid, "feedback.response").skipped_at is None
        assert "skipped" not in screen_text(app)
        assert focus_problem(app) is None


async def test_u_takes_a_skip_back(opened_paths: DataPaths, db: Database) -> None:
    rid = _contoso(db)
    ask = step_by_key(db, rid, "feedback.ask")
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await skip_in_pane(pilot, pane, ask.id)
        assert step_by_key(db, rid, "feedback.ask").skipped_at is not None
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == (
            f"Skip taken back: “{ASK}” is to do again. “{REPLY}” is back with it."
        ), said
        assert step_by_key(db, rid, "feedback.ask").skipped_at is None
        assert step_by_key(db, rid, "feedback.response").skipped_at is None
        assert "skipped" not in screen_text(app)
        assert pane.step_list.highlighted_step_id == ask.id
        assert app.focused is pane.step_list and focus_problem(app) is None
        await pilot.press("u")  # nothing left to take back
        await settle(pilot)
        assert said[-1] == "Nothing to undo here."


async def test_u_leaves_a_skip_changed_in_another_window(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = _contoso(db)
    ask = step_by_key(db, rid, "feedback.ask")
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await skip_in_pane(pilot, pane, ask.id)
        step_service.set_step_done(db, ask.id, True)  # ticked after all, elsewhere
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == f"“{ASK}” has changed since, so it stays as it is.", said
        assert step_by_key(db, rid, "feedback.ask").done_at is not None
        assert focus_problem(app) is None


async def test_x_on_the_plan_list_says_it_works_on_a_step(
    opened_paths: DataPaths, db: Database
) -> None:
    _contoso(db)
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, _pane):
        said = keep_toasts(app)
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert said[-1] == "Enter opens the plan's steps; these keys work on a step.", said
        assert focus_problem(app) is None


# --- the store: migration and JSON ----------------------------------------------------------


def _store_at_version_8_with_a_plan(paths: DataPaths) -> None:
    paths.ensure_data_dir()
    conn = sqlite3.connect(paths.database, isolation_level=None)
    for migration in all_migrations()[:8]:
        conn.execute("BEGIN")
        migration.module.upgrade(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        "INSERT INTO rejection (company, role, rejected_on, stage_reached, reason, created_at) "
        "VALUES ('Contoso', 'Engineer', '2026-03-01', 'interviewing', '', '2026-03-01 18:00:00')"
    )
    for position, (key, kind, offset) in enumerate(
        [
            ("breathe.feel", "check", 0),
            ("feedback.ask", "feedback", 3),
            ("feedback.response", "reply", 10),
        ]
    ):
        conn.execute(
            "INSERT INTO recovery_step (rejection_id, template_key, group_key, title, kind, "
            "offset_days, position, answer, asked_via, nothing_came_back, updated_at, uid) "
            "VALUES (1, ?, 'feedback', ?, ?, ?, ?, '', '', 0, '2026-03-01 18:00:00', ?)",
            (key, key, kind, offset, position, f"uid-{position}"),
        )
    conn.close()


def test_a_version_8_store_is_backed_up_and_its_steps_can_be_skipped(
    data_paths: DataPaths,
) -> None:
    _store_at_version_8_with_a_plan(data_paths)
    opened = open_store(data_paths)
    assert opened.migrated_from == 8 and opened.backup is not None
    with sqlite3.connect(opened.backup) as backup:  # the backup is the version 8 store
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 8
        columns = [r[1] for r in backup.execute("PRAGMA table_info(recovery_step)")]
        assert "skipped_at" not in columns
    with sqlite3.connect(data_paths.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT skipped_at FROM recovery_step").fetchall() == [(None,)] * 3
    db = Database(data_paths.database)
    try:
        assert stored_summary(db.path) == expected_summary(db.path)
        ask = step_by_key(db, 1, "feedback.ask")
        result = _skips().set_step_skipped(db, ask.id, True, expected_version=ask.version)
        assert [s.template_key for s in result.steps] == ["feedback.ask", "feedback.response"]
        # The triggers of the new version keep Today's summary: only the first step is left.
        assert stored_summary(db.path) == expected_summary(db.path)
        with sqlite3.connect(db.path) as conn:
            row = conn.execute(
                "SELECT next_step_on, next_feedback_on FROM summary_open_plan"
            ).fetchone()
        assert row == ("2026-03-01", None)
    finally:
        db.dispose()


def _export(paths: DataPaths, target: Path) -> Path:
    with private_output(target, make_parents=True) as out:
        export_json(paths.database, out)
    return target


def test_a_json_export_carries_the_skip_and_an_older_one_still_imports(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    rid = _contoso(db)
    _skip_ask(db, rid)
    exported = _export(opened_paths, tmp_path / "all.json")
    other = resolve_paths(tmp_path / "other")
    open_store(other)
    import_json(other, load_json_export(exported))
    skipped = "SELECT template_key, skipped_at FROM recovery_step WHERE skipped_at IS NOT NULL"
    with sqlite3.connect(other.database) as conn:
        assert conn.execute(skipped + " ORDER BY position").fetchall() == [
            ("feedback.ask", "2026-03-16 09:30:00.000000"),
            ("feedback.response", "2026-03-16 09:30:00.000000"),
        ]
        (open_plan,) = conn.execute("SELECT next_feedback_on FROM summary_open_plan").fetchone()
    assert open_plan is None  # the import's triggers left the skipped ask out too

    # An export from schema 8 has no skipped_at: it imports, nothing skipped.
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["schema_version"] = 8
    for row in document["tables"]["recovery_step"]:
        del row["skipped_at"]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(document), encoding="utf-8")
    import_json(other, load_json_export(older), replace=True)
    with sqlite3.connect(other.database) as conn:
        assert conn.execute(skipped).fetchall() == []
        assert conn.execute("SELECT count(*) FROM recovery_step").fetchone()[0] == 15


def test_an_export_with_a_step_both_done_and_skipped_is_refused(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    _contoso(db)
    exported = _export(opened_paths, tmp_path / "all.json")
    document = json.loads(exported.read_text(encoding="utf-8"))
    step = document["tables"]["recovery_step"][0]
    step.update(done_at="2026-03-14 20:00:00", skipped_at="2026-03-15 20:00:00")
    both = tmp_path / "both.json"
    both.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(TransferError, match=r"A step is either done or skipped, not both\."):
        load_json_export(both)
