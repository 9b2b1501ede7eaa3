"""The edit form shows a day another program wrote over as the text stored, and keeps it.

A tester's walk: `sqlite3 store "update application set date_applied='[b]garbage[/]'"`, then
the Pipeline, that application, `e`: "Date applied" was empty, as if nothing were stored,
so the person could neither see what was there nor tell it from a day never given. Now the
field shows the stored text; saved untouched (another field changed), the stored value is
left byte for byte; typed over with a day, the day is stored; emptied, nothing is stored.
Every day the form edits is walked (date applied, next follow-up, the posting's date).
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import put, rows
from tests.screen_text import screen_text
from tests.ui_harness import app_on, fill, keep_toasts, settle_workers

WRITTEN = "[b]garbage[/]"
# A good day for each, as the person types it (a follow-up is a day still to come).
GOOD = {"date_applied": "2026-03-03", "next_follow_up": "2026-03-24", "posted_on": "2026-02-27"}
FORM_DAYS = tuple(GOOD)


def _written_over(paths: DataPaths, column: str) -> int:
    db = Database(paths.database)
    try:
        app_id = put(
            db,
            "Copperline",
            [("applied", date(2026, 3, 2))],
            date_applied=date(2026, 3, 2),
            next_follow_up=date(2026, 3, 20),
            posted_on=date(2026, 2, 25),
        )
    finally:
        db.dispose()
    rows(paths.database, f'UPDATE application SET "{column}" = ? WHERE id = ?', WRITTEN, app_id)
    return app_id


def _stored(paths: DataPaths, app_id: int, column: str) -> tuple[object, str]:
    ((day, role),) = rows(
        paths.database, f'SELECT "{column}", role FROM application WHERE id = ?', app_id
    )
    return day, role


async def _edit(paths: DataPaths, app_id: int, column: str, **typed: str) -> str:
    """`e` on the application: what the day's field shows; ``typed`` put in, then saved."""
    async with app_on(paths, "pipeline", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(app_id)
        await settle_workers(pilot)
        await pilot.press("e")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        shown = str(app.screen.query_one(f"#field-{column}").value)
        await fill(pilot, **typed)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen), screen_text(app)
        assert "Something went wrong" not in screen_text(app), said
        assert focus_problem(app) is None
    return shown


@pytest.mark.parametrize("column", FORM_DAYS)
async def test_the_form_shows_the_stored_text_and_keeps_it_when_left(
    opened_paths: DataPaths, column: str
) -> None:
    app_id = _written_over(opened_paths, column)
    shown = await _edit(opened_paths, app_id, column, role="Data Engineer")
    assert shown == WRITTEN
    assert _stored(opened_paths, app_id, column) == (WRITTEN, "Data Engineer")


@pytest.mark.parametrize("column", FORM_DAYS)
async def test_a_day_typed_over_the_stored_text_is_stored(
    opened_paths: DataPaths, column: str
) -> None:
    app_id = _written_over(opened_paths, column)
    await _edit(opened_paths, app_id, column, **{column: GOOD[column]})
    assert _stored(opened_paths, app_id, column)[0] == GOOD[column]


async def test_the_stored_text_emptied_leaves_no_day(opened_paths: DataPaths) -> None:
    app_id = _written_over(opened_paths, "posted_on")
    await _edit(opened_paths, app_id, "posted_on", posted_on="")
    assert _stored(opened_paths, app_id, "posted_on")[0] is None


async def test_moved_to_rejected_in_the_form_the_stored_text_stays(
    opened_paths: DataPaths,
) -> None:
    """The form checked before it asks for the no's details: the stored text left as it is
    is no day to refuse there either."""
    app_id = _written_over(opened_paths, "date_applied")
    async with app_on(opened_paths, "pipeline", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(app_id)
        await settle_workers(pilot)
        await pilot.press("e")
        await settle_workers(pilot)
        await fill(pilot, stage="rejected")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert app.screen.query("#field-rejected_on"), screen_text(app)  # the no's details
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen), screen_text(app)
        assert "Something went wrong" not in screen_text(app), said
    assert rows(
        opened_paths.database, "SELECT stage, date_applied FROM application WHERE id = ?", app_id
    ) == [("rejected", WRITTEN)]
