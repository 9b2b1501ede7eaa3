"""A click on the key bar runs that key's action once, and types nothing anywhere.

Found driving the app with the mouse: a double-click on "e Edit" opened the edit form with
the company "Oakleaf Insurancee" (the second click pressed `e` again, and the key went to
the form's first box, which the first click had opened); "a Add" gave a new form with the
company "a", "x Rejected" a "Heard on" of "x". The bar ran its keys as key presses, and a
key typed while a form opens belongs to the form (kit/type_ahead.py). It now runs the
action of the binding it shows, once; the second click of a double-click does nothing.
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.pipeline_fixtures import D, add, put
from tests.ui_harness import app_on, post_double_click, settle, settle_workers, toasts


def _x_of(bar: KeyBar, keys: str, label: str) -> int:
    """The column of ``keys`` on the bar, found by what it shows (its key and label)."""
    line = bar.render().plain
    return line.index(f" {keys} {label}") + 1


async def _double_click(pilot: Any, keys: str, label: str) -> None:
    bar = pilot.app.screen_stack[0].query_one(KeyBar)
    post_double_click(pilot.app, bar.region.x + _x_of(bar, keys, label), bar.region.y)
    await settle(pilot, 6)


def _forms(app: Any) -> list[FormScreen[Any]]:
    return [screen for screen in app.screen_stack if isinstance(screen, FormScreen)]


async def test_a_double_click_on_edit_opens_the_form_with_the_company_as_it_was(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Oakleaf Insurance")
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await _double_click(pilot, "e", "Edit")
        assert len(_forms(app)) == 1
        assert app.screen.query_one("#field-company").value == "Oakleaf Insurance"
        assert focus_problem(app) is None


async def test_a_double_click_on_add_opens_one_empty_form(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await _double_click(pilot, "a", "Add")
        assert len(_forms(app)) == 1
        assert app.screen.query_one("#field-company").value == ""
        # Nothing was typed, so Escape closes it without asking.
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.screen is app.screen_stack[0]
        assert focus_problem(app) is None


async def test_a_double_click_on_rejected_leaves_heard_on_today(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Oakleaf Insurance")
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await _double_click(pilot, "x", "Rejected")
        assert len(_forms(app)) == 1
        assert app.screen.query_one("#field-rejected_on").value == "today"


async def test_a_click_on_a_dimmed_key_still_says_why(
    opened_paths: DataPaths, db: Database
) -> None:
    # `x` on a no already recorded is dimmed; clicked, it says why, as the key does.
    put(db, "Oakleaf Insurance", [("applied", D(2026, 3, 2)), ("rejected", D(2026, 3, 9))])
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await _double_click(pilot, "x", "Rejected")
        assert app.screen is app.screen_stack[0]
        assert toasts(app) == [
            "Oakleaf Insurance (Engineer) is already a no; its plan is in Recovery."
        ]


async def test_a_click_on_keys_opens_them_once(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await settle_workers(pilot)
        await _double_click(pilot, "?", "Keys")
        assert len(app.screen_stack) == 2
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.screen is app.screen_stack[0]
