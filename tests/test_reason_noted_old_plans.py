"""A plan started before a no's reason noted what came back kept "Note what came back" open
beside a rejection that had a reason: Recovery said 0/15 with "Note what came back · since
5 Dec" under "they gave a reason", and Today and the `today` command "(+13 more)" where a new
plan said "(+12 more)". Opening such a store (schema 9) brings the step to what a new plan
has, once, after a backup: ticked on the no's day, its answer the reason. What the person
wrote is never written over, and "No reason given." leaves the step open. An older JSON
export imported, and an older backup restored, are brought the same way."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.commands.today import render_text
from bounceback_tui.domain.recovery_forms import RejectionInput
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.recovery import add_rejection
from bounceback_tui.services.today import load_today
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.database import Database
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.restore import restore_backup
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.transfer.files import private_output
from bounceback_tui.transfer.json_export import export_json
from bounceback_tui.transfer.json_import import import_json, load_json_export
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.conftest import FIXED_TODAY
from tests.summary_oracle import expected_summary, stored_summary

REASON = "They wanted stronger SQL and experience with dbt."
WHAT_CAME_BACK = "Note what came back"
TWELVE_DAYS_AGO = FIXED_TODAY - timedelta(days=12)


def _no(db: Database, company: str, reason: str = REASON) -> int:
    return add_rejection(
        db, RejectionInput(company, "BI Developer", TWELVE_DAYS_AGO, reason=reason)
    ).id


def _reply(db: Database, rejection_id: int):  # type: ignore[no-untyped-def]
    plan = plan_service.load_plan(db, rejection_id)
    assert plan is not None
    (reply,) = [step for step in plan.steps if step.title == WHAT_CAME_BACK]
    return reply


def _as_an_older_app_left_it(path: Path, rejection_id: int, **step: object) -> None:
    """The plan's reply open, as a plan started before the reason noted it, in a store of
    schema 9 (which has the same tables): ``step`` sets more of the reply's columns."""
    columns = {"done_at": None, "answer": "", **step}
    with sqlite3.connect(path) as conn:
        conn.execute(
            f"UPDATE recovery_step SET {', '.join(f'{c} = ?' for c in columns)} "
            "WHERE rejection_id = ? AND kind = 'reply'",
            [*columns.values(), rejection_id],
        )
        conn.execute("PRAGMA user_version = 9")
    conn.close()


def _open_as_the_app_does(paths: DataPaths) -> None:
    opened = open_store(paths, rules=upgrade_rules)
    assert opened.migrated_from == 9 and opened.backup is not None
    with sqlite3.connect(opened.backup) as backup:  # the store as it was, kept
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 9
    backup.close()


def _today_line(lines: list[str], company: str) -> str:
    (line,) = [line for line in lines if company in line]
    return line.replace(company, "Company")


def test_an_older_plan_reads_as_a_new_one_in_recovery_today_and_the_command(
    opened_paths: DataPaths, db: Database
) -> None:
    old, new = _no(db, "Oldfield Ltd"), _no(db, "Newport Ltd")
    _as_an_older_app_left_it(db.path, old)
    before = plan_service.plan_row(db, old)
    assert before is not None and before.done == 0  # Recovery said 0/15
    db.dispose()

    _open_as_the_app_does(opened_paths)
    db = Database(opened_paths.database)
    try:
        reply = _reply(db, old)
        assert reply.answer == REASON
        assert reply.done_at is not None and reply.done_at.date() == TWELVE_DAYS_AGO
        rows = {row.rejection_id: (row.done, row.total) for row in plan_service.plan_rows(db)}
        assert rows[old] == rows[new] == (1, rows[new][1])
        summary = load_today(db.path, FIXED_TODAY)
        due = [item.title for item in summary.due]
        assert _today_line(due, "Oldfield") == _today_line(due, "Newport")
        printed = render_text(summary).splitlines()
        due_lines = [line for line in printed if "more)" in line]
        assert _today_line(due_lines, "Oldfield") == _today_line(due_lines, "Newport")
        assert stored_summary(db.path) == expected_summary(db.path)
    finally:
        db.dispose()
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()


async def test_the_today_command_and_recovery_on_an_older_store(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # The command opens the older store itself (upgrading it, as the app's launch does).
    old, new = _no(db, "Oldfield Ltd"), _no(db, "Newport Ltd")
    _as_an_older_app_left_it(db.path, old)
    db.dispose()
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    due = [line for line in capsys.readouterr().out.splitlines() if "more)" in line]
    assert _today_line(due, "Oldfield") == _today_line(due, "Newport")
    assert "(+12 more)" in _today_line(due, "Oldfield")  # not "(+13 more)"

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.current_pane
        assert isinstance(pane, RecoveryPane)
        counts = {
            row.company: " ".join(
                "".join(s.text for s in strip) for strip in pane.table.render_item(row, 0, 40)
            ).split()[-1]
            for row in pane.table.items
        }
        assert {row.rejection_id for row in pane.table.items} == {old, new}
    assert counts["Oldfield Ltd"] == counts["Newport Ltd"] == "1/15"  # it said 0/15


def test_what_the_person_wrote_and_no_reason_given_are_left_open(
    opened_paths: DataPaths, db: Database
) -> None:
    answered, drafted = _no(db, "Answered Co"), _no(db, "Drafted Co")
    nothing = _no(db, "Nothing Co", reason="No reason given.")
    _as_an_older_app_left_it(db.path, answered, answer="The recruiter said SQL, on the phone.")
    _as_an_older_app_left_it(db.path, drafted, answer_draft="They said")
    _as_an_older_app_left_it(db.path, nothing)
    db.dispose()

    _open_as_the_app_does(opened_paths)
    db = Database(opened_paths.database)
    try:
        mine = _reply(db, answered)
        assert mine.done_at is None and mine.answer == "The recruiter said SQL, on the phone."
        draft = _reply(db, drafted)
        assert draft.done_at is None and draft.answer == ""
        left = _reply(db, nothing)
        assert left.done_at is None and left.answer == ""
    finally:
        db.dispose()


def test_the_tick_that_completes_an_older_plan_finishes_it(
    opened_paths: DataPaths, db: Database
) -> None:
    old = _no(db, "Oldfield Ltd")
    plan = plan_service.load_plan(db, old)
    assert plan is not None
    for step in plan.steps:
        if step.title != WHAT_CAME_BACK and step.done_at is None:
            step_service.set_step_done(db, step.id, True)
    _as_an_older_app_left_it(db.path, old)
    with sqlite3.connect(db.path) as conn:
        conn.execute("UPDATE rejection SET plan_completed_at = NULL WHERE id = ?", (old,))
        (last_tick,) = conn.execute(
            "SELECT max(done_at) FROM recovery_step WHERE rejection_id = ?", (old,)
        ).fetchone()
    conn.close()
    db.dispose()

    _open_as_the_app_does(opened_paths)
    db = Database(opened_paths.database)
    try:
        row = plan_service.plan_row(db, old)
        assert row is not None and row.completed and row.done == row.total
        with sqlite3.connect(db.path) as conn:
            (finished,) = conn.execute(
                "SELECT plan_completed_at FROM rejection WHERE id = ?", (old,)
            ).fetchone()
        conn.close()
        assert finished == last_tick  # when its last step was ticked, as a new plan's was
        assert stored_summary(db.path) == expected_summary(db.path)
    finally:
        db.dispose()


def test_an_older_json_export_imported_notes_the_reason(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    old = _no(db, "Oldfield Ltd")
    mine = _no(db, "Answered Co")
    target = tmp_path / "all.json"
    with private_output(target, make_parents=True) as out:
        export_json(db.path, out)
    document = json.loads(target.read_text(encoding="utf-8"))
    document["schema_version"] = 9
    for row in document["tables"]["recovery_step"]:
        if row["kind"] == "reply":
            row["done_at"] = None
            row["answer"] = "My own words." if row["rejection_id"] == mine else ""
    older = tmp_path / "older.json"
    older.write_text(json.dumps(document), encoding="utf-8")
    db.dispose()

    other = resolve_paths(tmp_path / "other")
    open_store(other, rules=upgrade_rules)
    import_json(other, load_json_export(older))
    db = Database(other.database)
    try:
        reply = _reply(db, old)
        assert reply.answer == REASON
        assert reply.done_at is not None and reply.done_at.date() == TWELVE_DAYS_AGO
        untouched = _reply(db, mine)
        assert untouched.done_at is None and untouched.answer == "My own words."
        assert stored_summary(db.path) == expected_summary(db.path)
    finally:
        db.dispose()


def test_an_older_backup_restored_notes_the_reason(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    old = _no(db, "Oldfield Ltd")
    _as_an_older_app_left_it(db.path, old)
    db.dispose()
    backup = tmp_path / "bounceback-20260301-090000-daily.sqlite3"
    with sqlite3.connect(opened_paths.database) as source, sqlite3.connect(backup) as copy:
        source.backup(copy)
    source.close()
    copy.close()
    with sqlite3.connect(opened_paths.database) as conn:  # the store moved on since
        conn.execute("DELETE FROM rejection")
    conn.close()

    restore_backup(opened_paths, backup, rules=upgrade_rules)
    db = Database(opened_paths.database)
    try:
        reply = _reply(db, old)
        assert reply.answer == REASON and reply.done_at is not None
        assert stored_summary(db.path) == expected_summary(db.path)
    finally:
        db.dispose()


def test_an_upgrade_run_without_its_rules_says_so_and_leaves_the_store(
    opened_paths: DataPaths, db: Database
) -> None:
    # A review's walk: a caller that left out ``rules`` broke only on a real store with an
    # open reply, as "no such function: bb_done_moment", told the person as a store that
    # could not be opened. A programming error, said as one, the store left at schema 9.
    old = _no(db, "Oldfield Ltd")
    _as_an_older_app_left_it(db.path, old)
    db.dispose()
    with pytest.raises(RuntimeError, match="without its rules") as raised:
        open_store(opened_paths)
    assert "upgrade_rules" in str(raised.value)
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 9
    conn.close()
    assert _reply(db, old).done_at is None
