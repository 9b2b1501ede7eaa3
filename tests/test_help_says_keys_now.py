"""`?` on the calming exercises lists each key once, with what it does at that moment.

A tester's walk: `?` on the breathing screen while it ran listed "esc Stop" and "esc / q
Close", and after the two minutes "esc Close" and "esc / q Stop": the screen has two
bindings on those keys, one for while it runs and one for after, and `?` listed both. On
5-4-3-2-1 it listed "⏎ Next" and "⏎ / n Done", but `n` went on from step 5 to step 4.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.care.low_day import BreathingScreen, SensesScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.help import HelpScreen
from tests.ui_harness import app_on, settle


def _listed(app) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    assert isinstance(app.screen, HelpScreen)
    return [(line.keys, line.description) for line in app.screen.lines]


async def _help(app, pilot) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    opened = app.screen
    await pilot.press("question_mark")
    await settle(pilot)
    listed = _listed(app)
    await pilot.press("escape")
    await settle(pilot)
    assert app.screen is opened
    assert focus_problem(app) is None
    return listed


async def test_breathing_lists_stop_while_it_runs_and_close_after(opened_paths: DataPaths) -> None:
    now = [0.0]
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        screen = BreathingScreen(clock=lambda: now[0])
        app.push_screen(screen)
        await settle(pilot)
        listed = await _help(app, pilot)
        assert ("Esc / q", "Stop") in listed
        assert not any(words == "Close" for _keys, words in listed)

        now[0] = 10_000.0  # well past the two minutes
        screen.tick()
        await settle(pilot)
        assert screen.finished
        listed = await _help(app, pilot)
        assert ("Esc / q", "Close") in listed
        assert not any(words == "Stop" for _keys, words in listed)


async def test_senses_lists_next_until_the_last_page_then_done(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        screen = SensesScreen()
        app.push_screen(screen)
        await settle(pilot)
        listed = await _help(app, pilot)
        assert ("⏎ / n", "Next") in listed
        assert not any(words == "Done" for _keys, words in listed)

        for _ in range(5):  # see, touch, hear, smell, taste
            await pilot.press("n")
            await settle(pilot)
        assert screen.finished
        listed = await _help(app, pilot)
        assert ("⏎ / n", "Done") in listed
        assert not any(words == "Next" for _keys, words in listed)
