"""A key is named one way where a person reads it, and a key to reach more is named.

A tester in a hard week met What's working saying "o interviews" under its charts while its
key bar said "o Outcome": two names for one key. The text now says "o Outcome: interviews
next", the key bar's name first. The first-run tour at 60x20 said "↓ more" on the box's edge
with nothing in the key bar to say which key: Down is in the key bar, "More", while the page
goes on below, and not once its end is in sight.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.tour import TourScreen
from tests.screen_text import screen_lines, screen_text
from tests.test_care_insights_ui import _insert_apps
from tests.ui_harness import settle, settle_workers


async def test_whats_working_names_o_as_its_key_bar_does(opened_paths: DataPaths) -> None:
    _insert_apps(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        await pilot.press("w")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)
        keys = str(app.screen.query_one("#insights-keys").render())
        assert "o Outcome: interviews next" in keys, keys
        assert "o interviews" not in keys
        bar = screen_lines(app)[-1]
        assert "o Outcome" in bar, bar
        await pilot.press("o")
        await settle(pilot)
        assert "o Outcome: offers next" in str(app.screen.query_one("#insights-keys").render())
        assert focus_problem(app) is None


async def test_the_tour_names_the_key_for_more_below(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 20)) as pilot:
        app.action_tour()
        await settle(pilot, 4)
        assert isinstance(app.screen, TourScreen)
        assert "More" not in screen_lines(app)[-1]  # the first page fits
        await pilot.press(*"nnnnn")
        await settle(pilot, 4)
        assert "Tour · 6 of 6" in screen_text(app)
        assert any("↓ more" in line for line in screen_lines(app))
        bar = screen_lines(app)[-1]
        assert "↓ More" in bar, bar
        await pilot.press("down")
        await settle(pilot, 4)
        await pilot.press("end")
        await settle(pilot, 4)
        assert "write a message to them" in screen_text(app)
        assert "More" not in screen_lines(app)[-1]
        assert focus_problem(app) is None
