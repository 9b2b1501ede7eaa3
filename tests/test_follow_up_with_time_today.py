"""A follow-up stored with a time on today's day counts as today's, everywhere.

The app writes a follow-up as a day ('2026-03-16'); another program, or an old import, may
store one with its time ('2026-03-16 09:00', '2026-03-16T09:00'). The due reads compared the
stored text with today's ('2026-03-16 09:00' sorts after '2026-03-16'), so such a follow-up
was not due today on Today's list or in the `today` command: it came up a day late (the
Pipeline read it right; checked here too). A skill's target day likewise. Today is Monday
16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bounceback_tui.paths import DataPaths
from tests.conftest import FIXED_TODAY

SHAPES = ["2026-03-16 09:00", "2026-03-16T09:00", "2026-03-16 23:59:59"]


def _store(paths: DataPaths, stored: str) -> None:
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
            "created_at, updated_at) VALUES ('Northwind', 'Analyst', 'screening', "
            "'2026-03-02', ?, '2026-03-02 09:00:00', '2026-03-02 09:00:00')",
            (stored,),
        )
        conn.execute(
            "INSERT INTO contact (name, role, kind, company, email, phone, link, notes, "
            "next_follow_up, created_at, updated_at) VALUES ('Ada Lovelace', '', 'recruiter', "
            "'Fabrikam', '', '', '', '', ?, '2026-03-02 09:00:00', '2026-03-02 09:00:00')",
            (stored,),
        )
        conn.execute(  # a skill's target day is read the same way
            "INSERT INTO skill (title, status, priority, target_date, created_at) "
            "VALUES ('SQL windows', 'doing', 1, ?, '2026-03-01 09:00:00')",
            (stored,),
        )
    conn.close()


@pytest.mark.parametrize("stored", SHAPES)
def test_todays_due_list_has_it_today(opened_paths: DataPaths, stored: str) -> None:
    from bounceback_tui.services.today import load_today

    _store(opened_paths, stored)
    summary = load_today(opened_paths.database, FIXED_TODAY)
    due = {item.title: item.due_on for item in summary.due}
    assert due.get("Follow up with Northwind (Analyst)") == date(2026, 3, 16), due
    assert [on for title, on in due.items() if "Ada Lovelace" in title] == [date(2026, 3, 16)]
    assert due.get("Skill target: SQL windows") == date(2026, 3, 16), due


@pytest.mark.parametrize("stored", SHAPES)
def test_the_today_command_lists_it_as_due_now(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], stored: str
) -> None:
    from bounceback_tui.cli import main

    _store(opened_paths, stored)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Due now (3)" in out, out
    due_now = out.split("Due now (3)\n", 1)[1].split("\n\n", 1)[0]
    assert "Follow up with Northwind (Analyst)" in due_now, out
    assert "Ada Lovelace" in due_now, out
    assert "Skill target: SQL windows" in due_now, out


@pytest.mark.parametrize("stored", SHAPES)
def test_the_pipeline_counts_it_due_today(opened_paths: DataPaths, stored: str) -> None:
    from bounceback_tui.services.pipeline_rows import load_rows
    from bounceback_tui.store.database import Database

    _store(opened_paths, stored)
    db = Database(opened_paths.database)
    try:
        rows = load_rows(db, FIXED_TODAY).rows
    finally:
        db.dispose()
    (row,) = rows
    assert row.next_follow_up == date(2026, 3, 16)
    assert row.follow_up_due(FIXED_TODAY)
