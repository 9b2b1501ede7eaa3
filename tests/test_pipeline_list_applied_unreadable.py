"""The Pipeline's list says "unreadable" in its Applied column where the detail does.

A date applied another program wrote over ("[b]garbage[/]", a number, "now"): the detail
said "Applied  unreadable" while the list left the column blank, as if none had been given
(an application still to send). Both now say the same word, in the column where the day
goes (as People's In touch column does).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bounceback_tui.domain.unreadable import UNREADABLE_DAY
from bounceback_tui.paths import DataPaths
from tests.pipeline_fixtures import put
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes


def _store(paths: DataPaths, value: object) -> tuple[int, int, int]:
    from bounceback_tui.store.database import Database

    db = Database(paths.database)
    try:
        over = put(db, "Copperline", [("applied", date(2026, 3, 2))], date_applied=date(2026, 3, 2))
        kept = put(db, "Northwind", [("applied", date(2026, 3, 4))], date_applied=date(2026, 3, 4))
        unsent = put(db, "Fabrikam", [("wishlist", date(2026, 3, 5))])
    finally:
        db.dispose()
    changed = another_program_writes(
        paths, "UPDATE application SET date_applied = ? WHERE id = ?", (value, over)
    )
    assert changed == 1
    return over, kept, unsent


def _table_lines(app: Any) -> list[str]:
    table = app.query_one("#pipeline-table")
    lines = screen_lines(app)[table.region.y : table.region.bottom]
    return [line[table.region.x : table.region.right] for line in lines]


def _detail(app: Any) -> str:
    from textual.widgets import Static

    return str(app.screen.query_one("#pipeline-detail-body", Static).render())


@pytest.mark.parametrize("value", ["[b]garbage[/]", 42, "now"], ids=["text", "number", "now"])
async def test_the_list_says_unreadable_where_the_detail_does(
    opened_paths: DataPaths, value: object
) -> None:
    over, _kept, _unsent = _store(opened_paths, value)
    async with app_on(opened_paths, "pipeline", size=(160, 30)) as (app, pilot, pane):
        assert pane.select_item(over)
        await settle_workers(pilot)
        applied = [line.split() for line in _detail(app).splitlines() if line.startswith("Applied")]
        # Its line of facts ("Applied  unreadable"), not the stage's ("Applied for 14 days").
        assert ["Applied", UNREADABLE_DAY] in applied, _detail(app)
        lines = _table_lines(app)
        titles = lines[0]
        assert "Applied" in titles, lines
        rows = {line.split()[0]: line for line in lines[1:] if line.strip()}
        # The word in the Applied column, where the other row has its day.
        where = rows["Northwind"].index("2026-03-04")
        assert rows["Copperline"][where : where + len(UNREADABLE_DAY)] == UNREADABLE_DAY, lines
        assert UNREADABLE_DAY not in rows["Northwind"], lines
        assert UNREADABLE_DAY not in rows["Fabrikam"], lines  # none given: still blank
