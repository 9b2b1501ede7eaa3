"""A CSV import's work grows in step with its rows, Rejected rows included (an attacker's walk:
10,000 rows with noes took 11.7 s, 20,000 took 34 s, 40,000 165 s, all under the store's
write lock).

Measured without a clock: SQLite counts the virtual-machine steps it runs (a progress
handler called every 1,000), which is the work of every statement and of every summary
trigger it sets off. A file four times as long must cost about four times as much, not
sixteen; eight times as long, eight times, not sixty-four. Before the fix (migration v007)
each added application looked again at every no dated before it (the summary's "first
application sent after a no", v005), and with every no on one day, at every no of that day.
The clock is frozen at Monday 2026-03-16 (tests/conftest.py).
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bounceback_tui.paths import resolve_paths
from bounceback_tui.services.people_import import link_named_people
from bounceback_tui.services.recovery import insert_imported_rejections
from bounceback_tui.store.database import Database
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.csv_write import write_csv_plan
from tests.summary_oracle import expected_summary, stored_summary

STEPS_PER_CALL = 1_000


def _tracker(path: Path, rows: int, *, seed: int, same_day: bool = False) -> Path:
    """``rows`` applications over a year and a half, two in five of them noes a few weeks
    after they were sent (or, with ``same_day``, every one sent and turned down on one day)."""
    chance = random.Random(seed)
    lines = ["Company,Position,Status,Date Applied,Rejected on"]
    for number in range(rows):
        sent = date(2024, 6, 1) + timedelta(days=0 if same_day else chance.randrange(540))
        if chance.random() < 0.4:
            no = sent + timedelta(days=0 if same_day else chance.randrange(40))
            lines.append(f"Firm {seed}-{number},Engineer,Rejected,{sent},{no}")
        else:
            lines.append(f"Firm {seed}-{number},Engineer,Applied,{sent},")
    path.write_text("\n".join(lines) + "\n")
    return path


@contextmanager
def _counting(db: Database) -> Iterator[list[int]]:
    """The SQLite steps (in thousands) run on the store's connections inside the block."""
    calls = [0]
    counted: set[int] = set()

    def count() -> int:
        calls[0] += 1
        return 0  # go on

    def watch(conn: Any, *_args: Any) -> None:
        raw: sqlite3.Connection = conn.connection.driver_connection
        if id(raw) not in counted:
            counted.add(id(raw))
            raw.set_progress_handler(count, STEPS_PER_CALL)

    event.listen(db.engine, "before_cursor_execute", watch)
    try:
        yield calls
    finally:
        event.remove(db.engine, "before_cursor_execute", watch)


def _import_steps(db: Database, source: Path) -> int:
    plan = plan_csv_import(source, db.path, today=date(2026, 3, 16))
    assert not plan.bad
    with _counting(db) as calls:
        added = write_csv_plan(
            db, plan, link_people=link_named_people, record_rejections=insert_imported_rejections
        )
    assert added == len(plan.rows)
    return calls[0]


def _growth(tmp_path: Path, rows: int, times: int, *, same_day: bool = False) -> float:
    """How many times more a file ``times`` as long costs, into a store holding a file of
    the same length already (the second import reads the first one's noes)."""
    costs = []
    for size in (rows, times * rows):
        store = tmp_path / f"{size}"
        store.mkdir()
        paths = resolve_paths(store)
        open_store(paths)
        db = Database(paths.database)
        try:
            _import_steps(db, _tracker(store / "first.csv", size, seed=1, same_day=same_day))
            costs.append(
                _import_steps(db, _tracker(store / "second.csv", size, seed=2, same_day=same_day))
            )
            assert stored_summary(paths.database) == expected_summary(paths.database)
        finally:
            db.dispose()
    small, large = costs
    return large / small


def test_an_import_with_noes_costs_in_step_with_its_rows(tmp_path: Path) -> None:
    # In step: eight times the work. Before the fix it was about fifteen times.
    assert _growth(tmp_path, 250, 8) < 10


def test_noes_all_on_one_day_cost_in_step_with_their_rows(tmp_path: Path) -> None:
    # In step: four times the work. Before the fix it was about sixteen times.
    assert _growth(tmp_path, 300, 4, same_day=True) < 5
