"""The flow view of What's working does not carry the comparisons' "No clear difference yet".

A stranger's walk: with `f`, the stage flow showed under "No clear difference yet: each group
needs 10 or more…", a line about the bar charts the flow replaces. It is shown with the charts
only now.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.insights.screen import InsightsScreen
from tests.pipeline_fixtures import add
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers

NO_DIFFERENCE = "No clear difference yet"


async def test_the_flow_leaves_out_the_comparisons_line(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Acme", stage="applied")
    add(db, "Initech", stage="screening")
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)
        assert NO_DIFFERENCE in screen_text(app)  # with the charts: it is about them
        await pilot.press("f")
        await settle_workers(pilot)
        shown = screen_text(app)
        assert "How applications moved" in shown
        assert NO_DIFFERENCE not in shown
        await pilot.press("f")
        await settle_workers(pilot)
        assert NO_DIFFERENCE in screen_text(app)
