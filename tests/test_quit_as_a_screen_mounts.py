"""`q` as a screen is being put up is a quit, not a crash (ui/app_store.py).

Found by the benchmark, which presses `q` as soon as the first screen shows: on a first
launch the welcome was being put up as the app ended, its buttons were already taken down
when its mount asked for the first one, and the app ended in a crash report (NoMatches)
instead of a quit.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui import app_screens
from bounceback_tui.ui.app import BouncebackApp


async def test_quitting_as_the_welcome_is_put_up_is_no_crash(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    welcome = app_screens.welcome

    def welcome_as_q_arrives(app: BouncebackApp) -> None:
        welcome(app)
        app.exit()  # what `q` does, in the same moment

    monkeypatch.setattr(app_screens, "welcome", welcome_as_q_arrives)
    app = BouncebackApp(opened_paths, welcome=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    assert app.crash is None
    assert app.return_code == 0


async def test_a_missing_widget_while_the_app_runs_is_still_a_crash(
    opened_paths: DataPaths,
) -> None:
    from textual.css.query import NoMatches

    app = BouncebackApp(opened_paths)
    with pytest.raises(NoMatches):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()

            def broken() -> None:
                app.query_one("#not-there")

            app.call_later(broken)
            await pilot.pause()
    assert isinstance(app.crash, NoMatches)  # not hidden: only an ending app's teardown is
    assert app.return_code != 0


async def test_a_missing_widget_after_damage_ends_the_app_is_still_reported(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only a quit (`q`, a signal) takes screens down under their mounts: after the app
    # ended for damage met (or any other reason), a missing widget is not hidden.
    from textual.css.query import NoMatches

    from bounceback_tui.ui.app_store import STORE_DAMAGED

    welcome = app_screens.welcome

    def welcome_as_damage_ends_it(app: BouncebackApp) -> None:
        welcome(app)
        app.exit(STORE_DAMAGED)

    monkeypatch.setattr(app_screens, "welcome", welcome_as_damage_ends_it)
    app = BouncebackApp(opened_paths, welcome=True)
    with pytest.raises(NoMatches):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
    assert isinstance(app.crash, NoMatches)
