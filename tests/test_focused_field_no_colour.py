"""Without colour, the text of the screen says which field has the focus (a stranger's walk).

With NO_COLOR set, Tab from one setting to the next changed no text at all: the focused
row's background and its label's colour were all that moved. Settings' rows and the forms'
rows now have a bar at their left while their field has the focus (styles/settings.tcss,
styles/forms.tcss); in colour, nothing changes.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Label

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.field_row import FieldRow
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.quiet import until_drained
from tests.screen_text import screen_lines
from tests.ui_harness import app_on

BAR = "▌"


def _barred(app: Any) -> list[str]:
    """The lines whose first mark is the focus's bar."""
    return [line.strip() for line in screen_lines(app) if line.lstrip().startswith(BAR)]


async def _tab(pilot: Any) -> list[str]:
    await pilot.press("tab")
    await until_drained(pilot)
    return _barred(pilot.app)


async def test_tab_between_settings_moves_a_mark_without_colour(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # read by Textual when the app is made
    async with app_on(opened_paths) as (app, pilot, _pane):
        await pilot.press("comma")
        await until_drained(pilot)
        assert isinstance(app.screen, SettingsScreen)
        seen = []
        for _ in range(2):
            barred = await _tab(pilot)
            label = app.focused.parent.query_one(Label)
            assert len(barred) == 1, barred
            assert barred[0][1:].startswith(str(label.render()).strip()), (barred, label)
            seen.append(barred[0])
        assert seen[0] != seen[1]
        assert focus_problem(app) is None


async def test_tab_in_a_form_moves_a_mark_without_colour(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await until_drained(pilot)
        first = [line for line in screen_lines(app) if f"{BAR}Company" in line]
        await pilot.press("tab")
        await until_drained(pilot)
        second = [line for line in screen_lines(app) if BAR in line]
        assert len(first) == 1, first
        # The form's box is drawn with its own edges: the bar is the only one of its kind.
        assert len(second) == 1 and f"{BAR}Role" in second[0], second
        assert isinstance(app.focused.parent, FieldRow)
        assert focus_problem(app) is None


async def test_in_colour_the_focused_setting_has_no_bar(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        assert not app.no_color
        await pilot.press("comma")
        await until_drained(pilot)
        assert await _tab(pilot) == []
