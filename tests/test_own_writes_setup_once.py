"""The temporary table and triggers behind the Pipeline's undo (store/own_writes.py) are
made once for each connection, not on every write: their four ``CREATE TEMP ... IF NOT
EXISTS`` statements ran before each of a window's saves (a fixer's count, with SQLite's
trace of what each connection ran), though they last as long as the connection."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from sqlalchemy import event

from bounceback_tui import clock
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.applications import add_application, set_follow_up
from bounceback_tui.services.pipeline_moves import move_stage
from bounceback_tui.store.database import Database


def test_the_triggers_are_made_once_for_each_connection_over_several_writes(
    db: Database,
) -> None:
    ran: defaultdict[int, list[str]] = defaultdict(list)

    @event.listens_for(db.engine, "connect")
    def trace(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.set_trace_callback(ran[id(dbapi_connection)].append)

    today = clock.today()
    made = [
        add_application(db, validate_application({"company": name, "role": "Analyst"}, today))
        for name in ("Acme", "Globex", "Initech")
    ]
    first = made[0].id
    assert first is not None
    set_follow_up(db, first, today)
    result = move_stage(db, first, Stage.SCREENING)

    writers = [lines for lines in ran.values() if any(s.startswith("INSERT") for s in lines)]
    assert writers  # the trace saw the writes
    for lines in writers:
        made_temp = [s.split(" IF NOT EXISTS ")[1].split()[0] for s in lines if "CREATE TEMP" in s]
        assert made_temp == [
            "bb_own_application_version",
            "bb_own_application_update",
            "bb_own_application_insert",
            "bb_own_application_delete",
        ]
    # The steps are still noted: Acme's add, follow-up and move were this window's.
    assert db.own_writes.made_by_me(first, made[0].version, result.version)
