"""Quitting with typing not yet kept asks first (ui/kit/quit_guard.py).

A stranger's walk (seventeenth round): People `a`, "Jane Unsaved", ctrl+q: the app quit at
once (status 0) and the typing was gone, where Escape in the same form asks "Throw away
what you typed?".
"""

from __future__ import annotations

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.quit_guard import QuitConfirmScreen
from tests.ui_harness import app_on


async def test_ctrl_q_over_a_form_with_typing_asks_and_no_goes_back(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "people") as (app, pilot, _pane):
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        await pilot.press(*"Jane")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitConfirmScreen)
        assert not app.quitting
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form and not app.quitting
        name = form.query_one("#field-name", Input)
        assert name.value == "Jane"
        assert app.focused is name  # back where the typing was
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.quitting


async def test_a_second_ctrl_q_on_the_question_quits(opened_paths: DataPaths) -> None:
    # People's form: the Pipeline's new application keeps its typing as a draft and quits
    # without asking (tests/test_application_draft_kept_right.py).
    async with app_on(opened_paths, "people") as (app, pilot, _pane):
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Jane")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitConfirmScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.quitting


async def test_a_form_with_nothing_typed_quits_at_once(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.quitting


async def test_a_link_typed_and_never_fetched_is_asked_about_too(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#import-url", Input).value = "https://jobs.example/1"
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitConfirmScreen)
        assert "has not been fetched" in str(app.screen.detail)
