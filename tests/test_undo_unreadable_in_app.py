"""`d` on a record whose days another program wrote over, then `u`, in the app.

A tester's walk: `sqlite3 store "update skill set target_date='[b]garbage[/]'"`, then `d`
on that skill and yes: "Something went wrong (ValueError: Invalid isoformat string …)",
as the delete read the row through its dates to keep it for `u`. On each pane that
deletes a record (every table the services delete from with `u` to follow, found in their
source, so a new one is asked for), a day of the record is written over; `d`, yes: no
crash, focus kept; `u`: the record is back, each value byte for byte as stored
(tests/test_undo_keeps_stored_values.py walks every table in the store, and what goes
with a record).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import Date, DateTime

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import put, rows
from tests.screen_text import screen_text
from tests.test_people_pane import seeded  # noqa: F401  (Rita on Initech, rejected; Maya)
from tests.test_undo_keeps_stored_values import stored
from tests.ui_harness import NO_IDLE_CHECK, app_on, keep_toasts, settle, settle_workers
from tests.undo_panes import (
    a_no,
    a_person,
    a_question,
    a_skill,
    a_thought,
    delete_first_log_line,
    the_list,
)
from tests.written_over import another_program_writes

GARBAGE = "[b]garbage[/]"


def _application(db: Database) -> int:
    return put(db, "Copperline", [("applied", date(2026, 3, 2))], date_applied=date(2026, 3, 2))


# The pane (None: the answer bank, opened from Today with `i`), how its one record is made,
# its table, and the day written over (one the pane shows, or else when it was made).
CASES: list[tuple[str | None, Callable[[Database], int], str, str]] = [
    ("skills", a_skill, "skill", "target_date"),
    ("recovery", a_no, "rejection", "created_at"),
    ("reframe", a_thought, "thought_record", "created_at"),
    ("people", a_person, "contact", "next_follow_up"),
    (None, a_question, "interview_question", "created_at"),
    ("pipeline", _application, "application", "date_applied"),
]


def _is_a_day(table: str, column: str) -> bool:
    from sqlmodel import SQLModel

    import bounceback_tui.store.models  # noqa: F401  (every table class registered)

    return isinstance(SQLModel.metadata.tables[table].c[column].type, Date | DateTime)


def test_every_table_the_app_deletes_from_with_undo_is_walked() -> None:
    """The tables the services delete with `u` to follow (their ``delete_with_undo``): each
    one here, or in the store's walk alone (named, with why)."""
    import re
    from pathlib import Path

    import bounceback_tui

    source = Path(bounceback_tui.__file__).parent
    named = {
        found
        for path in source.rglob("*.py")
        for found in re.findall(r'delete_with_undo\(\s*session,\s*"(\w+)"', path.read_text())
    }
    # A line of the log: the test below. Deleted from a place inside a record (an interview,
    # a plan's step, a followed board): the store's walk keeps their days
    # (test_undo_keeps_stored_values).
    inside = {"interaction", "interview", "recovery_step", "followed_board"}
    assert named == {case[2] for case in CASES} | inside
    assert all(_is_a_day(table, column) for _p, _s, table, column in CASES)


@pytest.mark.parametrize(
    ("pane", "seed", "table", "column"), CASES, ids=[case[2] for case in CASES]
)
async def test_d_and_u_on_a_record_whose_days_were_written_over(
    opened_paths: DataPaths,
    db: Database,
    pane: str | None,
    seed: Callable[[Database], int],
    table: str,
    column: str,
) -> None:
    item = seed(db)
    another_program_writes(
        opened_paths, f'UPDATE {table} SET "{column}" = ? WHERE id = ?', (GARBAGE, item)
    )
    before = stored(opened_paths.database, table, item)
    async with app_on(opened_paths, pane, watch_seconds=NO_IDLE_CHECK) as (app, pilot, shown):
        said = keep_toasts(app)
        shown = await the_list(app, pilot, pane, shown)
        if pane == "pipeline":
            assert shown.select_item(item)
            await settle_workers(pilot)
        await pilot.press("d")
        await settle(pilot, 4)  # Reframe asks from a worker that waits for the answer
        assert isinstance(app.screen, ConfirmScreen), screen_text(app)
        await pilot.press("y")
        await settle_workers(pilot)
        assert "Something went wrong" not in screen_text(app), said
        assert rows(opened_paths.database, f"SELECT count(*) FROM {table}") == [(0,)], said
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle_workers(pilot)
        assert "Something went wrong" not in screen_text(app), said
        assert focus_problem(app) is None
    assert stored(opened_paths.database, table, item) == before, said


async def test_d_and_u_on_a_line_of_the_log_whose_day_was_written_over(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """People's `I` on Rita's one line (straight to what to do with it), `d`, yes, `u`."""
    from bounceback_tui.domain.people import InteractionInput, InteractionKind
    from bounceback_tui.services import people_log

    paths, ids = seeded
    db = Database(paths.database)
    try:
        logged = people_log.log_interaction(
            db,
            InteractionInput(InteractionKind.SENT, date(2026, 3, 9), "Asked about next steps"),
            application_id=ids["initech"],
            contact_id=ids["rita"],
        )
    finally:
        db.dispose()
    line = logged.id
    another_program_writes(
        paths, "UPDATE interaction SET happened_on = ? WHERE id = ?", (GARBAGE, line)
    )
    before = stored(paths.database, "interaction", line)
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await delete_first_log_line(app, pilot, pane, ids["rita"])
        assert "Something went wrong" not in screen_text(app), said
        assert rows(paths.database, "SELECT count(*) FROM interaction WHERE id = ?", line) == [
            (0,)
        ], said
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle(pilot, 4)
        assert "Something went wrong" not in screen_text(app), said
        assert not [note for note in said if "garbage" in note], said
        assert focus_problem(app) is None
    assert stored(paths.database, "interaction", line) == before, said
