"""5-4-3-2-1's last page says what Enter does there (a tester's walk): "That's all five. Take
one more slow breath." sat over "Enter next", and the key bar said "⏎ Next", with nothing
next; Enter closed it."""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.care.low_day import SensesScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle


def _hint(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(".form-keys").render())


async def test_the_last_page_offers_done_not_next(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        app.push_screen(SensesScreen())
        await settle(pilot)
        assert _hint(app) == "Enter Next  Esc Stop"
        assert "⏎ Next" in screen_lines(app)[-1]
        for _ in range(5):  # see, touch, hear, smell, taste
            await pilot.press("enter")
            await settle(pilot)
        assert "That's all five." in " ".join(screen_lines(app))
        assert _hint(app) == "Enter Done"
        bar = screen_lines(app)[-1]
        assert "⏎ Done" in bar and "Next" not in bar
        assert focus_problem(app) is None
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, SensesScreen)
        assert focus_problem(app) is None


async def test_n_walks_the_senses_and_closes_after_the_last_as_enter_does(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        app.push_screen(SensesScreen())
        await settle(pilot)
        for _ in range(5):
            await pilot.press("n")
            await settle(pilot)
        assert _hint(app) == "Enter Done"
        await pilot.press("n")
        await settle(pilot)
        assert not isinstance(app.screen, SensesScreen)
