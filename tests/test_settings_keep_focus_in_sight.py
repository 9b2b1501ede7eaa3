"""Settings keeps the focused setting in sight when its column narrows or shortens.

Found by the long walk (seed 2114's own walk, step 2,098, at 120x36): Settings scrolled down to
"Someone to call", then the palette's "Keys" opened Textual's keys panel beside it. The
column lost 39 of its 114 cells, its notes wrapped onto more lines, and the field moved 16
rows down, out of the view, while keeping the focus: what was typed next went in unseen.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widget import Widget

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.monkey.checks import focus_dead_end
from tests.ui_harness import app_on, settle


async def _on_someone_to_call(app: BouncebackApp, pilot: Pilot[object]) -> Widget:
    await pilot.press("comma")
    await settle(pilot)
    assert isinstance(app.screen, SettingsScreen)
    await pilot.press("shift+tab", "shift+tab")  # from the first setting round to the last two
    await settle(pilot)
    field = app.screen.query_one("#care-support_name")
    assert app.focused is field
    assert focus_dead_end(app) is None
    return field


def _in_sight(app: BouncebackApp, field: Widget) -> bool:
    view = app.screen.query_one("#settings-body").scrollable_content_region
    return field.region.height > 0 and view.contains_region(field.region)


async def test_the_keys_panel_opened_beside_settings_leaves_the_field_in_sight(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline", size=(120, 36)) as (app, pilot, _pane):
        field = await _on_someone_to_call(app, pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"keys")
        await settle(pilot)
        await pilot.press("enter")  # "Keys": Textual's panel, docked at the right
        await settle(pilot, 4)
        assert app.screen.query("HelpPanel")  # it is open, and the column narrower
        assert app.screen.query_one("#settings-body").size.width < 100
        assert app.focused is field
        assert _in_sight(app, field)
        assert focus_dead_end(app) is None


@pytest.mark.parametrize("size", [(80, 24), (70, 16)])
async def test_a_smaller_terminal_leaves_the_field_in_sight(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    async with app_on(opened_paths, "pipeline", size=(120, 36)) as (app, pilot, _pane):
        field = await _on_someone_to_call(app, pilot)
        await pilot.resize_terminal(*size)
        await settle(pilot, 4)
        assert app.focused is field
        assert _in_sight(app, field)
        assert focus_dead_end(app) is None
