"""A form that opens on a date it suggests ("today", "+1w") or holds has that date selected,
so the first key typed replaces it, as before ux11's change (an edit form's first field opens
with the cursor after its text, for names).

Found walking the app (rev12): `f` on an application with no follow-up opened on "+1w";
typing "+3d" made "+1w+3d" and Enter said it could not be read as a date. The same for `x`
(the rejection's "Heard on: today": typing "yesterday" made "todayyesterday").
"""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Input

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, settle, settle_workers


def _seed(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    finally:
        db.dispose()


@pytest.mark.parametrize(("key", "typed"), [("f", "+3d"), ("x", "yesterday")])
async def test_typing_replaces_the_suggested_date(
    opened_paths: DataPaths, key: str, typed: str
) -> None:
    _seed(opened_paths)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press(key)
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        field = app.screen.focused
        assert isinstance(field, Input)
        assert field.selected_text == field.value != ""
        await pilot.press(*typed)
        await settle(pilot)
        assert field.value == typed


async def test_the_follow_up_typed_over_the_suggestion_is_saved(opened_paths: DataPaths) -> None:
    _seed(opened_paths)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("f")
        await settle_workers(pilot)
        await pilot.press(*"2030-01-02", "enter")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
    with sqlite3.connect(opened_paths.database) as connection:
        saved = connection.execute("SELECT next_follow_up FROM application").fetchall()
    assert saved == [("2030-01-02",)]
