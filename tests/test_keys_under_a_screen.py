"""Under Settings, a form or a dialog, the pane keys act on nothing hidden, and `?` names
the screen.

On Settings with the focus on its theme list, `2` switched the pane hidden behind it to the
Pipeline, and `?` was titled "Keys: Recovery" (the pane behind) and listed "1 Go to Today …
6 Go to People" under "Everywhere" (a stranger's walk, twentieth round).

Settings opened on the weekly goal, its value selected: `2` pressed right after `,` out of
habit replaced the goal and was saved, and `?` there was typed (refused) rather than shown
(testers' walks, twenty-first round). It opens on its list of sections now.
"""

from __future__ import annotations

from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.settings import read_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.screens.help import HelpScreen
from bounceback_tui.ui.screens.settings import SAVE_DELAY, SettingsScreen
from tests.screen_text import screen_text
from tests.ui_harness import settle, toasts


async def _on_settings(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("3")
    await settle(pilot)
    await pilot.press("comma")
    await settle(pilot)
    assert isinstance(app.screen, SettingsScreen)
    app.screen.query_one("#setting-theme").focus()  # not a field that takes digits
    await settle(pilot)


async def test_a_pane_key_on_settings_leaves_the_pane_behind_as_it_was(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await _on_settings(app, pilot)
        await pilot.press("2", "ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        assert app.current_pane.id == "recovery"
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle(pilot)
        assert app.current_pane.id == "recovery"
        await pilot.press("2")  # on the panes' own screen it goes, as ever
        await settle(pilot)
        assert app.current_pane.id == "pipeline"


async def test_help_on_settings_is_titled_settings_and_lists_no_pane_keys(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 40)) as pilot:
        await _on_settings(app, pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        heading = str(app.screen.query_one(".help-heading", Static).render())
        assert heading == "Keys: Settings"
        shown = screen_text(app)
        assert "Go to Today" not in shown and "Go to People" not in shown
        assert "Close" in shown  # the screen's own key


async def test_a_digit_pressed_as_settings_opens_changes_nothing_and_says_why(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("comma")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press("2")
        await pilot.pause(SAVE_DELAY + 0.3)  # past the pause a typed setting is saved after
        await settle(pilot)
        assert app.screen.query_one("#setting-weekly_goal", Input).value == "5"
        assert read_setting(db, "weekly_goal") == 5
        assert app.current_pane.id == "recovery"
        assert focus_problem(app) is None
        assert "The pane keys work once Settings is closed (Escape)." in toasts(app)
        # The key bar shows the screen's keys where it opens.
        bar = str(app.screen.query_one(KeyBar).render())
        assert "Go to section" in bar and "Close" in bar
        # `?` there shows the screen's keys, under its name.
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        heading = str(app.screen.query_one(".help-heading", Static).render())
        assert heading == "Keys: Settings"
        assert "go to the highlighted section" in screen_text(app)


async def test_enter_on_a_section_goes_to_its_first_setting(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("comma")
        await settle(pilot)
        await pilot.press("end", "enter")  # the last section: If you are struggling
        await settle(pilot)
        assert app.focused is app.screen.query_one("#care-country")
        heading = app.screen.query_one("#section-care")
        assert app.screen.query_one("#settings-body").scrollable_content_region.contains_region(
            heading.region
        )
        await pilot.press("shift+tab")  # from the last section's first setting back up
        await settle(pilot)
        assert app.focused is not None and app.focused.id != "settings-sections"
        assert focus_problem(app) is None
