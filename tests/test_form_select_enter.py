"""Enter on a closed dropdown (Select) in a form opens it, as a person expects of a dropdown;
with it open, Enter picks the choice, and the form stays open. Enter in a one-line text field
still saves, and ctrl+s saves from anywhere (docs/keys.md, "Forms").

Before ux11 Enter on a closed dropdown saved the whole form: a newcomer who tabbed onto
"Stage" and pressed Enter to see the stages found the application saved and the form gone.
Tried on three forms built on ``kit/form.py``: a skill, an application, Today's "How did it
go?".
"""

from __future__ import annotations

import sqlite3
from typing import Any

from textual.widgets import Select

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, fill, settle, settle_workers, tab_to_field


def _rows(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(paths.database) as connection:
        return [tuple(row) for row in connection.execute(sql)]


async def _tab_to(pilot: Any, name: str) -> Select[str]:
    """Tab from the first field to the dropdown ``name``, as a person would."""
    select = await tab_to_field(pilot, name, limit=12)
    assert isinstance(select, Select)
    return select


async def _enter_opens_and_enter_picks(pilot, select: Select) -> object:  # type: ignore[no-untyped-def,type-arg]
    """Enter opens the closed dropdown (the form stays); down and Enter pick the next choice
    and close it, focus back on it. Returns what was picked."""
    before = select.value
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormScreen)
    assert select.expanded
    await pilot.press("down", "enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormScreen)
    assert not select.expanded
    assert select.value != before
    assert pilot.app.screen.focused is select
    return select.value


async def test_skill_form_enter_opens_the_kind_and_ctrl_s_saves(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, title="Tell a teamwork story")
        chosen = await _enter_opens_and_enter_picks(pilot, await _tab_to(pilot, "kind"))
        assert _rows(opened_paths, "SELECT title FROM skill") == []  # nothing saved yet
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
    assert _rows(opened_paths, "SELECT title, kind FROM skill") == [
        ("Tell a teamwork story", chosen)
    ]


async def test_application_form_enter_opens_the_stage_and_saves_nothing(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle_workers(pilot)
        await fill(pilot, company="Initech", role="Analyst")
        select = await _tab_to(pilot, "stage")
        chosen = await _enter_opens_and_enter_picks(pilot, select)
        assert _rows(opened_paths, "SELECT company FROM application") == []
        # Enter in a one-line text field saves, as before.
        app.screen.query_one("#field-role").focus()
        await settle(pilot)
        await pilot.press("enter")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _rows(opened_paths, "SELECT company, stage FROM application") == [("Initech", chosen)]


def _past_interview(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        app = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
        assert app.id is not None
        data = {"kind": "technical", "day": "2026-03-13", "at": "14:00", "zone": "Europe/London"}
        return interviews.add_interview(db, app.id, validate_interview(data, FIXED_TODAY))
    finally:
        db.dispose()


async def test_how_did_it_go_enter_opens_the_rating_and_ctrl_s_saves(
    opened_paths: DataPaths,
) -> None:
    interview_id = _past_interview(opened_paths)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)  # Today's people part is read after the first paint
        await pilot.press("h")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, note="Went well")
        chosen = await _enter_opens_and_enter_picks(pilot, await _tab_to(pilot, "rating"))
        sql = f"SELECT outcome_note, rating FROM interview WHERE id = {interview_id}"
        assert _rows(opened_paths, sql)[0][1] is None  # no rating saved yet
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _rows(opened_paths, sql) == [("Went well", int(str(chosen)))]


async def test_space_opens_the_dropdown_too(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills") as (_app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        select = await _tab_to(pilot, "kind")
        await pilot.press("space")
        await settle(pilot)
        assert select.expanded


async def test_the_keys_line_on_a_dropdown_says_enter_chooses(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        keys = str(app.screen.query_one(".form-keys").render())
        assert keys.startswith("Enter Save")  # in the title, a one-line field
        await _tab_to(pilot, "kind")
        keys = str(app.screen.query_one(".form-keys").render())
        assert "Enter Choose" in keys
        assert "Enter Save" not in keys
        assert "^s Save" in keys
        # Open, the list has the focus: Enter still chooses, and Escape closes the list
        # (the form stays), so the line must not say "Enter Save" or "Esc Cancel" there.
        await pilot.press("enter")
        await settle(pilot)
        keys = str(app.screen.query_one(".form-keys").render())
        assert "Enter Choose" in keys
        assert "Enter Save" not in keys
        assert "Esc Close" in keys and "Esc Cancel" not in keys
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)  # Escape closed the list, not the form
        keys = str(app.screen.query_one(".form-keys").render())
        assert "Esc Cancel" in keys


async def test_the_key_bar_on_an_open_dropdown_says_what_the_keys_line_says(
    opened_paths: DataPaths,
) -> None:
    """Open, a dropdown's list had the key bar read "esc Dismiss menu" (Textual's words)
    under a keys line that reads "Esc close": one key, one name."""
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        await _tab_to(pilot, "kind")
        await pilot.press("enter")
        await settle(pilot)
        bar = screen_lines(app)[-1]
        assert "Esc Close" in bar
        assert "Dismiss" not in bar
