"""Today's due list says late one way.

One list read "overdue 3 days" (a follow-up), "due 9 days ago" (a plan's step, a feedback
request recorded late, anything late on a hard day) and "passed 3 days ago" (a skill's own
target): three wordings for one thing. Every item past its day says "N days late" now (a
plan's step, a feedback request too, the day it was for: tests/test_plan_steps_was_due.py),
as the Pipeline's Follow-up column says "3d late"; a flagged one in the warning colour at the
line's end, the others muted. The `today` command says it the same way. Today is Monday 16
March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

OLD_WORDS = re.compile(r"overdue|due \S+ (days )?ago|due yesterday|passed")


def _store(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:  # a no recorded today, dated 12 days back: its plan's first step was due then
        add_rejection(db, "Contoso", "Engineer", rejected_on=date(2026, 3, 4))
    finally:
        db.dispose()
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
            "created_at, updated_at) VALUES ('Northwind', 'Analyst', 'screening', "
            "'2026-02-01', '2026-03-13', '2026-02-01 09:00:00', '2026-02-01 09:00:00')"
        )
        conn.execute(
            "INSERT INTO skill (title, status, priority, target_date, created_at) "
            "VALUES ('SQL windows', 'todo', 1, '2026-03-13', '2026-03-01 09:00:00')"
        )
    conn.close()


async def test_every_late_item_on_todays_list_says_days_late(opened_paths: DataPaths) -> None:
    _store(opened_paths)
    async with app_on(opened_paths, size=(120, 40)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    due = [line.split("│")[1].strip() for line in lines if re.search(r"│ [✉?☐↑] ", line)]
    said = {line.split()[1].rstrip(":"): re.sub(r"\s{2,}", "  ", line) for line in due}
    assert said["Follow"] == "✉ Follow up with Northwind (Analyst)  3 days late", due
    assert said["Skill"] == "↑ Skill target: SQL windows  3 days late", due
    # A plan's step says the day it was for, never how late (tests/test_plan_steps_was_due.py):
    # named "Contoso (Engineer)" with its "(+13 more)", in fewer cells on a long line ("4 Mar").
    # Its first step other than a comfort step (offered, never late) was for 5 March.
    assert said["Contoso"].endswith(("  was due 5 Mar", "  5 Mar")), due
    assert said["Ask"] == "? Ask Contoso (Engineer) for feedback  was due 7 Mar", due
    assert not [line for line in due if OLD_WORDS.search(line)], due


def test_the_today_command_says_it_the_same_way(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main

    _store(opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    due = out.split("Due now (4)\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert "  ! Follow up with Northwind (Analyst) (3 days late)" in due, due
    assert "  - Skill target: SQL windows (3 days late)" in due, due
    assert "  - Ask Contoso (Engineer) for feedback (was due 7 Mar)" in due, due
    assert not [line for line in due if OLD_WORDS.search(line)], due
