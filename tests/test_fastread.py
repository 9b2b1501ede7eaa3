"""Every FastReader query runs against a store built by the migrations and filled by the ORM.

This is what keeps the standard-library read path and the SQLModel schema from drifting.
"""

from __future__ import annotations

import inspect
from datetime import timedelta

from bounceback_tui.domain.feedback import reply_noted
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.store.fastread import FastReader
from tests.conftest import FIXED_TODAY

ARGUMENTS = {
    "today": FIXED_TODAY,
    "since": FIXED_TODAY - timedelta(days=90),
    "start": FIXED_TODAY - timedelta(days=7),
    "end": FIXED_TODAY,
    "after_days": 21,
    "active_since": FIXED_TODAY - timedelta(days=30),
    "quiet_since": FIXED_TODAY - timedelta(days=4),
    "before": FIXED_TODAY - timedelta(days=30),
    "skip_stages": ("rejected", "withdrawn", "ghosted", "accepted"),
    "open_statuses": ("todo", "doing"),
    "key": "weekly_goal",
    "noted": reply_noted,
    "default": 5,
    # People and interviews: UTC instants as the store holds them.
    "now_utc": "2026-03-16 09:30:00",
    "until_utc": "2026-03-23 09:30:00",
    "since_utc": "2026-03-02 09:30:00",
}


def test_every_query_runs_on_a_demo_store(db: Database) -> None:
    fill_demo(db, 120)
    called = []
    with FastReader(db.path) as reader:
        for name, method in inspect.getmembers(reader, inspect.ismethod):
            if name.startswith("_") or name in ("close",):
                continue
            params = inspect.signature(method).parameters
            kwargs = {p: ARGUMENTS[p] for p in params if p in ARGUMENTS}
            method(**kwargs)
            called.append(name)
    assert len(called) >= 18


def test_reader_is_read_only(db: Database) -> None:
    import sqlite3

    import pytest

    with FastReader(db.path) as reader, pytest.raises(sqlite3.OperationalError):
        reader.conn.execute("DELETE FROM application")


def test_bounce_backs_come_newest_first_with_the_next_application(db: Database) -> None:
    fill_demo(db, 60)
    with FastReader(db.path) as reader:
        rows = reader.bounce_backs()
        latest = reader.bounce_backs(limit=1)
    assert len(rows) > 10
    days = [on for _rid, on, _next in rows]
    assert days == sorted(days, reverse=True)
    assert latest == rows[:1]
    # The next application is on or after the rejection day, when there is one.
    assert all(nxt is None or nxt >= on for _rid, on, nxt in rows)
