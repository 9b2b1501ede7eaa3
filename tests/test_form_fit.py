"""A form taller than the terminal keeps its message, its Save button and the key bar in sight.

Found walking the app at 80x24 (rev5): People's person form and an interview's were cut at
the screen's edge, the key bar under them too. Window B deleted the application an open
interview form was for; ctrl+s in window A said "That application is no longer there…" on
a line below the last row, so nothing seemed to happen. The same for "Nothing was saved: 1
field needs a look." when the refused field was the last one in view.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, settle


def _seed(db: Database) -> None:
    acme = add_application(db, ApplicationInput(company="Acme", role="Engineer"))
    rita = people_edits.add_contact(
        db, validate_contact({"name": "Rita Okoye", "kind": "recruiter"}, FIXED_TODAY)
    )
    assert acme.id
    people_edits.link_application(db, rita, acme.id)


def _in_sight(app: Any, selector: str) -> bool:
    """``selector`` on the form lies wholly above the key bar's row."""
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


def _key_bar_uncovered(app: Any) -> bool:
    box = app.screen.query_one("#form-box")
    bar = app.screen_stack[0].query_one(KeyBar)
    return box.region.bottom <= bar.region.y and bar.region.bottom == app.size.height


@pytest.mark.parametrize("key", ["e", "n"])  # the person, an interview with them
async def test_a_tall_form_keeps_its_message_buttons_and_key_bar_in_sight(
    opened_paths: DataPaths, db: Database, key: str
) -> None:
    _seed(db)
    async with app_on(opened_paths, "people", size=(80, 24)) as (app, pilot, _pane):
        await pilot.press(key)
        await settle(pilot, 4)
        assert isinstance(app.screen, FormScreen)
        assert _in_sight(app, "#save") and _message_in_place(app)
        assert _key_bar_uncovered(app)
        if key == "n":  # no date or time: refused, and the message says so where it is seen
            await pilot.press("ctrl+s")
            await settle(pilot, 4)
            assert "Nothing was saved" in str(app.screen.query_one("#form-message").render())
            assert _in_sight(app, "#form-message") and _in_sight(app, "#save")


async def test_the_fields_scroll_instead(opened_paths: DataPaths, db: Database) -> None:
    """The fields that do not fit are still reached: Tab to the last scrolls it into view."""
    _seed(db)
    async with app_on(opened_paths, "people", size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("e")
        await settle(pilot, 4)
        fields = app.screen.query_one(".form-fields")
        assert fields.virtual_size.height > fields.region.height  # more than fits
        last = app.screen.query_one("#field-notes")
        last.focus()
        await settle(pilot, 4)
        await pilot.wait_for_scheduled_animations()  # the scroll may glide there
        assert fields.region.contains_region(last.region)


async def test_a_form_that_fits_is_left_as_it_was(opened_paths: DataPaths, db: Database) -> None:
    _seed(db)
    async with app_on(opened_paths, "people", size=(120, 50)) as (app, pilot, _pane):
        await pilot.press("e")
        await settle(pilot, 4)
        box = app.screen.query_one("#form-box")
        fields = app.screen.query_one(".form-fields")
        assert box.region.y > 0  # centred, not stretched
        assert fields.virtual_size.height <= fields.region.height
        assert _key_bar_uncovered(app)


@pytest.mark.parametrize("rows", range(30, 42))
async def test_a_message_under_a_field_never_pushes_the_box_over_the_key_bar(
    opened_paths: DataPaths, db: Database, rows: int
) -> None:
    """The walk (seed 2114, 120x36) found an interview form over the key bar's row: refused
    once (two fields), it fitted one row short of the bar; a bad link refused next added a
    message under that field, the fields grew a row and the box with them, and nothing fitted
    it again (only the message line's height and a resize did). Over a range of heights, one
    of them is that last row."""
    _seed(db)
    async with app_on(opened_paths, "people", size=(120, rows)) as (app, pilot, _pane):
        await pilot.press("n")
        await settle(pilot, 4)
        await pilot.press("ctrl+s")  # no date or time: two fields refused
        await settle(pilot, 4)
        assert _key_bar_uncovered(app)
        link = app.screen.query_one("#field-link", Input)
        link.value = "javascript:alert(1)"  # refused too: a third message, under it
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert "Nothing was saved: 3 fields" in str(app.screen.query_one("#form-message").render())
        assert _key_bar_uncovered(app)


async def test_a_refused_field_is_in_sight_with_its_message_in_a_two_row_form(
    opened_paths: DataPaths, db: Database
) -> None:
    """The walk at 90x14 (seed 9303): Recovery's `c`, Enter with no step. The fields had two
    rows; the message under the step, shown a moment before, was not laid out yet, so
    Textual put its scroll off until after the field's, and the fields ended scrolled to the
    message alone: the focused field out of sight."""
    from tests.monkey.checks import focus_dead_end
    from tests.recovery_fixtures import add_rejection

    add_rejection(db)
    async with app_on(opened_paths, "recovery", size=(90, 14)) as (app, pilot, _pane):
        await pilot.press("enter")  # the plan's steps
        await settle(pilot, 2)
        await pilot.press("c")
        await settle(pilot, 2)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("enter")  # nothing typed: refused
        await settle(pilot, 4)
        field = app.screen.query_one("#field-title", Input)
        assert app.focused is field
        assert focus_dead_end(app) is None
        view = app.screen.query_one(".form-fields").scrollable_content_region
        assert view.contains_region(field.region)
        assert view.contains_region(app.screen.query_one("#error-title").region)
