"""Today's `?` said "Keys: Today" and then "Today" again as the heading of its first group
(a new user's walk): the pane is named once, and the groups after it keep their headings."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.screens.help import HelpScreen
from tests.ui_harness import app_on, settle_workers


@pytest.mark.parametrize("pane", ["today", "pipeline", "people"])
async def test_the_keys_screen_names_the_pane_once(opened_paths: DataPaths, pane: str) -> None:
    async with app_on(opened_paths, pane, size=(80, 40)) as (app, pilot, _pane):
        await pilot.press("question_mark")
        await settle_workers(pilot)
        assert isinstance(app.screen, HelpScreen)
        title = app.screen.pane_title
        (heading,) = [str(s.render()) for s in app.screen.query(".help-heading")]
        groups = [str(s.render()) for s in app.screen.query(".help-title")]
        assert heading == f"Keys: {title}"
        assert title not in groups, groups  # not said again as a heading
        assert "Everywhere" in groups, groups  # the other groups keep theirs
