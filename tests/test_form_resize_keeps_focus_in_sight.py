"""A form that shrinks with the terminal keeps the focused field in sight.

Found walking the app (rev12): the application form open at 80x24 with the cursor on
"Source" (its twelfth field), the terminal made 60x15: the fields were fitted to the smaller
box but stayed scrolled to the top, so the person saw Company to Date applied while their
keys went to a dropdown out of sight (typing changed nothing they could see).
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widget import Widget

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.form_fit import FormFields
from tests.ui_harness import app_on, settle


def _in_sight(app: Any) -> bool:
    focused = app.screen.focused
    fields = app.screen.query_one(FormFields)
    assert isinstance(focused, Widget)
    region = focused.region
    return region.height > 0 and fields.region.contains_region(region)


@pytest.mark.parametrize("name", ["source", "link"])  # a dropdown, a one-line field
async def test_the_focused_field_stays_in_sight_when_the_terminal_shrinks(
    opened_paths: DataPaths, name: str
) -> None:
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 4)
        assert isinstance(app.screen, FormScreen)
        target = app.screen.query_one(f"#field-{name}")
        for _ in range(20):
            if app.screen.focused is target:
                break
            await pilot.press("tab")
            await settle(pilot)
        assert app.screen.focused is target and _in_sight(app)
        await pilot.resize_terminal(60, 15)
        await settle(pilot, 8)
        assert app.screen.focused is target
        assert _in_sight(app), (target.region, app.screen.query_one(FormFields).region)
