"""A pane key and the next key in one burst: the second key acts on the new pane.

A terminal delivers a fast `6a` as two keys queued before the app handles the first. Textual
sends each key to the focused widget as it arrives and checks the bindings when it comes back
up, so the `a` had been sent into the pane being left before `6` switched panes (seen in tmux:
`6` then `a` showed People with no form). Pilot waits for the app to be idle after every key,
so these tests post the burst the way a terminal delivers it.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.pane_tabs import PaneTabs
from tests.ui_harness import app_on, post_burst, settle


def _on_pane(app: Any, pane_id: str) -> None:
    assert app.current_pane.id == pane_id
    assert app.query_one(PaneTabs).active == pane_id
    focused = app.screen.focused
    assert focused is not None
    assert app.current_pane in focused.ancestors_with_self
    assert focus_problem(app) is None


async def test_a_right_after_a_pane_key_opens_that_panes_form(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        post_burst(app, ["6", "a"])
        await settle(pilot, 6)
        assert isinstance(app.screen, FormScreen), app.screen
        assert app.current_pane.id == "people"


async def test_a_right_after_a_pane_key_when_the_pane_was_built_already(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("1")
        await settle(pilot)
        post_burst(app, ["2", "a"])
        await settle(pilot, 6)
        assert isinstance(app.screen, FormScreen), app.screen
        assert app.current_pane.id == "pipeline"


async def test_two_pane_keys_in_a_burst_end_on_the_second(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        post_burst(app, ["6", "5"])
        await settle(pilot, 6)
        _on_pane(app, "skills")


async def test_three_pane_keys_and_an_action_in_apost_burst(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        post_burst(app, ["2", "6", "5", "a"])
        await settle(pilot, 8)
        assert isinstance(app.screen, FormScreen), app.screen
        assert app.current_pane.id == "skills"
        await pilot.press("escape")
        await settle(pilot)
        _on_pane(app, "skills")


async def test_letters_right_after_a_pane_key_go_into_the_field_it_shows(
    opened_paths: DataPaths,
) -> None:
    # Reframe keeps an exercise open across a switch and shows it with its field focused:
    # `4zz` from Today types "zz" there (the two letters had been sent into Today's list).
    async with app_on(opened_paths, "reframe") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 4)
        area = app.query_one("#rf-step-0 TextArea", TextArea)
        assert app.focused is area
        await app.switch_to("today")  # as a click on its tab would (1 is text in the field)
        await settle(pilot)
        post_burst(app, ["4", "z", "z"])
        await settle(pilot, 6)
        assert app.current_pane.id == "reframe"
        assert area.text == "zz"
        assert app.focused is area
