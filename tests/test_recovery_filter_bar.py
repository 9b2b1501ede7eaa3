"""Recovery's key bar says Escape clears its filter, as the other panes' do (an attacker's
walk, eighteenth round: with no match, the bar showed only "/ Filter"); Escape in a plan's
steps still goes back to the list."""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.recovery_fixtures import add_rejection
from tests.test_recovery_pane import _open


def _bar(app: BouncebackApp) -> list[str]:
    return [label for _keys, label in app.screen.query_one(KeyBar).shown()]


async def test_escape_clears_the_filter_and_the_bar_says_so(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    add_rejection(db, "Initech")
    add_rejection(db, "Globex")
    db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        pane = await _open(app, pilot)
        assert "Clear filter" not in _bar(app)
        await pilot.press("slash", *"zzqx")
        await pilot.pause()
        assert "Clear filter" in _bar(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not pane.filter_bar.is_open
        assert "Clear filter" not in _bar(app)
        assert focus_problem(app) is None

        # With a match: Enter takes the cursor to the list, and Escape there clears the
        # filter, and the bar says so at once (it kept "Clear filter" until a pane switch).
        await pilot.press("slash", *"initech", "enter")
        await pilot.pause()
        assert "Clear filter" in _bar(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not pane.filter_bar.is_open
        assert "Clear filter" not in _bar(app)

        await pilot.press("enter")  # into the plan's steps
        await pilot.pause()
        assert app.focused is pane.step_list
        assert "Clear filter" not in _bar(app)
        await pilot.press("escape")  # back to the list
        await pilot.pause()
        assert app.focused is not pane.step_list
        assert focus_problem(app) is None
