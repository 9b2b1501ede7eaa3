"""Enter on a closed dropdown (Select) in a form saves the form, as Enter does in every
one-line field; Space or an arrow opens it, and with it open Enter picks the choice.

Found walking the forms: Textual's Select binds Enter (with Space, Up and Down) to opening
its list, so a person who tabbed onto "Kind" and pressed Enter to save got the list instead.
"""

from __future__ import annotations

import sqlite3

from textual.widgets import Select

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, fill, settle, settle_workers


def _skills(paths: DataPaths) -> list[tuple[str, str]]:
    with sqlite3.connect(paths.database) as connection:
        return [tuple(row) for row in connection.execute("SELECT title, kind FROM skill")]


async def _on_kind(pilot) -> Select:  # type: ignore[no-untyped-def,type-arg]
    await pilot.press("a")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormScreen)
    await fill(pilot, title="Tell a teamwork story")
    await pilot.press("tab")
    await settle(pilot)
    select = pilot.app.screen.query_one("#field-kind", Select)
    assert pilot.app.screen.focused is select
    return select


async def test_enter_on_a_closed_dropdown_saves_the_form(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        select = await _on_kind(pilot)
        kind = select.value
        await pilot.press("enter")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
    assert _skills(opened_paths) == [("Tell a teamwork story", kind)]


async def test_space_opens_the_dropdown_and_enter_then_picks(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        select = await _on_kind(pilot)
        first = select.value
        await pilot.press("space")
        await settle(pilot)
        assert select.expanded
        await pilot.press("down", "enter")
        await settle(pilot)
        # Picked, still in the form, the dropdown closed and focused again.
        assert isinstance(app.screen, FormScreen)
        assert not select.expanded
        assert select.value != first
        chosen = select.value
        assert app.screen.focused is select
        await pilot.press("enter")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _skills(opened_paths) == [("Tell a teamwork story", chosen)]


async def test_the_keys_line_says_how_to_open_a_dropdown(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        await _on_kind(pilot)
        keys = str(app.screen.query_one(".form-keys").render())
        assert "Enter save" in keys
        assert "Space choose" in keys
