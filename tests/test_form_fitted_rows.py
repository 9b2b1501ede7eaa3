"""A form taller than the screen gives its rows to the fields, not to blank lines.

At 60x20 the answer bank's form ("A question for the bank") showed "You said" and its box,
then blank rows (an empty message line and a blank over the buttons) and no field after
it: Situation, Task and the rest were out of sight with rows to spare. Fitted, the form
now gives the fields those rows: Situation shows under "You said". A message, when there
is one, still shows over the buttons.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.monkey.checks import key_bar_covered
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle

HOSTILE = "[b]Tell me[/b] about a time you failed [link=x]"


async def _bank_form(app: Any, pilot: Any) -> None:
    await pilot.press("i")
    await settle(pilot, 3)
    await pilot.press("a")
    await settle(pilot, 4)
    assert isinstance(app.screen, FormScreen)
    await pilot.press(*HOSTILE)
    await settle(pilot, 3)


def _rows_above_the_buttons(app: Any) -> list[str]:
    buttons = app.screen.query_one(".form-buttons").region
    return screen_lines(app)[: buttons.y]


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)], ids=str)
async def test_the_answer_bank_form_shows_the_field_after_you_said(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await _bank_form(app, pilot)
        shown = "\n".join(_rows_above_the_buttons(app))
        assert "You said" in shown and "Situation" in shown, "\n".join(screen_lines(app))
        assert "Enter Save  Esc Cancel" in "\n".join(screen_lines(app))
        assert key_bar_covered(app) is None
        assert focus_problem(app) is None


async def test_a_fitted_form_still_shows_its_message(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=(60, 20)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle(pilot, 3)
        await pilot.press("a")
        await settle(pilot, 4)
        await pilot.press("ctrl+s")  # the question is required: nothing saved, it says so
        await settle(pilot, 4)
        message = app.screen.query_one("#form-message", Static)
        said = str(message.render())
        assert said.startswith("Nothing was saved"), said
        assert message.display and message.region.height, "\n".join(screen_lines(app))
        assert said[:20] in "\n".join(screen_lines(app))
        assert key_bar_covered(app) is None
        assert focus_problem(app) is None
