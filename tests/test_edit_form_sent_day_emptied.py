"""The edit form keeps a sent application's date applied: emptied, it is refused.

A tester's walk: the Pipeline, an application sent on 2 March, `e`, "Date applied" emptied,
saved: today was stored, as if it were a new application sent today (Today's "This week",
"sent since the last no", a recovery plan's "Send the next application" ticked) and, on an
Applied row, "In stage" started again. Only a new application (the add form) takes an empty
date applied as today. Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import put, rows
from tests.screen_text import screen_text
from tests.ui_harness import app_on, field_line, fill, settle_workers

SENT = date(2026, 3, 2)


@pytest.mark.parametrize(
    "timeline",
    [[("applied", SENT)], [("applied", SENT), ("interviewing", date(2026, 3, 9))]],
)
async def test_emptied_date_applied_is_refused_and_nothing_changes(
    opened_paths: DataPaths, timeline: list[tuple[str, date]]
) -> None:
    db = Database(opened_paths.database)
    try:
        app_id = put(db, "Copperline", timeline, date_applied=SENT)
    finally:
        db.dispose()
    asked = "SELECT date_applied, stage, updated_at FROM application WHERE id = ?"
    before = rows(opened_paths.database, asked, app_id)
    history = "SELECT * FROM stage_change WHERE application_id = ? ORDER BY id"
    events = rows(opened_paths.database, history, app_id)
    async with app_on(opened_paths, "pipeline", size=(160, 40)) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await settle_workers(pilot)
        await pilot.press("e")
        await settle_workers(pilot)
        await fill(pilot, date_applied="")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen), screen_text(app)
        said = field_line(app.screen, "date_applied")
        assert "keeps the day it was sent" in said, said
    assert rows(opened_paths.database, asked, app_id) == before
    assert rows(opened_paths.database, history, app_id) == events


async def test_the_add_form_still_takes_an_empty_date_applied_as_today() -> None:
    from bounceback_tui.domain.applications import validate_application

    data = validate_application({"company": "Copperline", "role": "Engineer"}, date(2026, 3, 16))
    assert data.date_applied == date(2026, 3, 16)
