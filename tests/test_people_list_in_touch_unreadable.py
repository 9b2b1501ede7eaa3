"""People's list says "unreadable" in its In touch column where the person's detail does.

A person whose log has only days another program wrote over ("[b]garbage[/]", a number,
"now", which SQLite's own date() reads as a day and the app's reader does not): the detail
said "Last in touch  unreadable" (or, for a number or "now", "not yet", as if never in
touch), while the list left the column blank. Both now read the day leniently, one way
(``stored_dates.stored_day``), and say the same word; the list's column is wide enough for it.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bounceback_tui.domain.people import ContactInput, InteractionInput, InteractionKind
from bounceback_tui.domain.unreadable import UNREADABLE_DAY
from bounceback_tui.paths import DataPaths
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _store(paths: DataPaths, value: object) -> tuple[int, int]:
    from bounceback_tui.services import people_log
    from bounceback_tui.services.people_edits import add_contact
    from bounceback_tui.store.database import Database

    db = Database(paths.database)
    try:
        dana = add_contact(db, ContactInput("Dana Okafor"))
        maya = add_contact(db, ContactInput("Maya Lin"))  # never logged with
        people_log.log_interaction(
            db, InteractionInput(InteractionKind.SENT, date(2026, 3, 9), "Asked"), contact_id=dana
        )
    finally:
        db.dispose()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE interaction SET happened_on = ? WHERE contact_id = ?", (value, dana))
    conn.close()
    return dana, maya


@pytest.mark.parametrize("value", ["[b]garbage[/]", 42, "now"], ids=["text", "number", "now"])
@pytest.mark.parametrize("width", [120, 80])
async def test_the_list_says_unreadable_where_the_detail_does(
    opened_paths: DataPaths, value: object, width: int
) -> None:
    dana, _maya = _store(opened_paths, value)
    async with app_on(opened_paths, "people", size=(width, 30)) as (app, pilot, pane):
        assert pane.select_item(dana)
        await settle_workers(pilot)
        detail = pane.query_one("#people-detail-body").render().plain
        last = [line.split() for line in detail.splitlines() if line.startswith("Last in touch")]
        assert last == [["Last", "in", "touch", UNREADABLE_DAY]], detail
        lines = screen_lines(app)
        listed = {  # the list's side of each line, before the detail's edge
            line.split("▏")[0].split()[0]: line.split("▏")[0].split()[2:]
            for line in lines
            if line.startswith(("  Dana Okafor", "  Maya Lin"))
        }
        assert listed["Dana"][:1] == [UNREADABLE_DAY], lines
        assert UNREADABLE_DAY not in listed["Maya"], lines


async def test_every_line_moves_with_the_column_when_a_day_is_written_over_meanwhile(
    opened_paths: DataPaths,
) -> None:
    """The list read again (ctrl+r) after another program wrote over the day: the In touch
    column widened, and the lines that had not changed were left drawn the old way."""
    dana, _maya = _store(opened_paths, "2026-03-09")  # readable at first
    async with app_on(opened_paths, "people", size=(120, 30)) as (app, pilot, pane):
        assert pane.select_item(dana)
        await settle_workers(pilot)
        with sqlite3.connect(opened_paths.database) as conn:
            conn.execute("UPDATE interaction SET happened_on = '[b]garbage[/]'")
        conn.close()
        await pilot.press("ctrl+r")
        await settle_workers(pilot)
        await pilot.pause()
        lines = [line.split("▏")[0] for line in screen_lines(app)]
        (header,) = [line for line in lines if line.startswith("  Name")]
        (maya,) = [line for line in lines if line.startswith("  Maya Lin")]
        (dana_line,) = [line for line in lines if line.startswith("  Dana Okafor")]
        assert UNREADABLE_DAY in dana_line, lines
        kind = header.index("Kind")
        assert maya[kind:].startswith("Other") and dana_line[kind:].startswith("Other"), lines
