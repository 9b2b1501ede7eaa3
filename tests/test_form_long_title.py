"""A form whose title holds a very long name (a company of 10,000 characters, pasted or
imported) keeps its fields, its message and its Save button in sight: the title is one line,
cut with an ellipsis.

Found walking the app (rev12): `e` on such an application at 80x24 (and 120x40) showed
"Edit:" and the company wrapped over every row of the box; the fields, the message line and
the buttons were below the screen, so what was typed and whether ctrl+s saved could not be
seen (a conflict's message too).
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.ui_harness import app_on, settle, settle_workers

LONG = "Initech " * 1250  # 10,000 characters


def _in_sight(app: Any, selector: str) -> bool:
    widget = app.screen.query_one(selector)
    bar = app.screen_stack[0].query_one(KeyBar)
    return widget.region.height > 0 and widget.region.bottom <= bar.region.y


def _message_in_place(app: Any) -> bool:
    """The form's message line in sight, or, empty on a form taller than the screen, taking
    no row: the fields have it (tests/test_form_fitted_rows.py)."""
    message = app.screen.query_one("#form-message")
    if not str(message.render()) and app.screen.query_one("#form-box").has_class("-fitted"):
        return not message.display
    return _in_sight(app, "#form-message")


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 15)])
async def test_a_long_name_in_the_title_leaves_the_form_in_sight(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    db = Database(opened_paths.database)
    try:
        add_application(db, ApplicationInput(company=LONG.strip(), role="Analyst"))
    finally:
        db.dispose()
    async with app_on(opened_paths, "pipeline", size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("e")
        await settle_workers(pilot)
        await settle(pilot, 4)
        assert isinstance(app.screen, FormScreen)
        title = app.screen.query_one(".form-title", Static)
        assert title.region.height <= 2  # its padding row and one line
        assert _in_sight(app, "#save") and _message_in_place(app)
        assert _in_sight(app, "#field-company")
        lines = title.render_lines(title.region.reset_offset)
        # Cut, and says so: the name in 56 cells, the company cut at a word's end, the role
        # whole after it (kit/cells.clip_app_name, TITLE_NAME_CELLS).
        assert lines[-1].text.rstrip() == "Edit: Initech Initech Initech Initech Initech… (Analyst)"


@pytest.mark.parametrize("key", ["c", "e"])  # a step for this plan (its intro), the no
async def test_recoverys_forms_with_a_long_company_stay_in_sight(
    opened_paths: DataPaths, key: str
) -> None:
    from tests.recovery_fixtures import add_rejection

    db = Database(opened_paths.database)
    try:
        add_rejection(db, company=LONG.strip())
    finally:
        db.dispose()
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press(key)
        await settle_workers(pilot)
        await settle(pilot, 4)
        assert isinstance(app.screen, FormScreen)
        assert _in_sight(app, "#save") and _message_in_place(app)
