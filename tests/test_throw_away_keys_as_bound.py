""" "Throw away what you typed?" names its way back as the keymap binds it.

A power user gave the question's no another key (settings.toml, `"confirm.no" = "ctrl+g"`).
Escape in a form after typing asked "Throw away what you typed?" over "n or Escape goes
back to the form." while the key bar under it read "y Throw away  ^g Keep editing", and
neither n nor Escape did anything. The sentence names the keys as bound now, and the key it
names goes back to the form with the typing kept.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.pipeline.import_posting import ImportPostingScreen
from tests.test_keymap import _keymapped
from tests.ui_harness import app_on, settle

NO_ON_CTRL_G = '[keymap]\n"confirm.no" = "ctrl+g"\n'


def _bar_line(app: Any) -> str:
    shown = app.screen.query_one(KeyBar).shown()
    return "  ".join(f"{keys} {label}" for keys, label in shown)


async def _typed_then_escape(pilot: Any, app: Any) -> ConfirmScreen:
    await pilot.press("5")  # Skills
    await settle(pilot)
    await pilot.press("a")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)
    await pilot.press(*"SQL")
    await pilot.press("escape")
    await settle(pilot)
    asked = app.screen
    assert isinstance(asked, ConfirmScreen)
    return asked


async def test_the_question_names_the_rebound_no_and_it_goes_back(
    opened_paths: DataPaths,
) -> None:
    async with _keymapped(opened_paths, NO_ON_CTRL_G) as (app, pilot):
        asked = await _typed_then_escape(pilot, app)
        assert str(asked.detail) == "Nothing in it has been saved yet. ^g goes back to the form."
        assert _bar_line(app).startswith("y Throw away  ^g Keep editing"), _bar_line(app)
        await pilot.press("ctrl+g")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert isinstance(app.focused, Input) and app.focused.value == "SQL"
        assert focus_problem(app) is None


async def test_the_question_keeps_n_or_escape_on_the_usual_keys(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        asked = await _typed_then_escape(pilot, app)
        assert str(asked.detail) == (
            "Nothing in it has been saved yet. n or Escape goes back to the form."
        )
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)


async def test_the_import_asks_with_the_rebound_no(opened_paths: DataPaths) -> None:
    async with _keymapped(opened_paths, NO_ON_CTRL_G) as (app, pilot):
        await pilot.press("2")  # Pipeline
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, ImportPostingScreen)
        await pilot.press(*"example.com/job", "escape")  # typed, never fetched
        await settle(pilot)
        asked = app.screen
        assert isinstance(asked, ConfirmScreen)
        assert str(asked.detail).endswith(" ^g goes back to it."), str(asked.detail)
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert isinstance(app.screen, ImportPostingScreen)
        assert focus_problem(app) is None
