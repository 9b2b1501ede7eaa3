"""Every keys line writes Escape one way, "Esc", from one helper (ui/kit/key_text.esc_of).

A form's keys line read "Enter save  esc cancel" (Textual's name for the key, lower case)
while the question its Escape then asked read "n/Esc" under it, and the dropdown's open
list "esc close": one key, two spellings on one screen.
"""

from __future__ import annotations

import re

from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.test_form_select_enter import _tab_to
from tests.test_keymap import _keymapped
from tests.ui_harness import app_on, settle


def _keys_line(app: object) -> str:
    return str(app.screen.query_one(".form-keys", Static).render())  # type: ignore[attr-defined]


def _bar_line(app: object) -> str:
    shown = app.screen.query_one(KeyBar).shown()  # type: ignore[attr-defined]
    return "  ".join(f"{keys} {label}" for keys, label in shown)


async def test_a_form_and_its_question_write_escape_as_esc(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        seen = [_keys_line(app)]
        assert seen[-1] == "Enter Save  Esc Cancel"
        await _tab_to(pilot, "kind")
        await pilot.press("enter")  # the dropdown's list open: Escape closes it
        await settle(pilot)
        seen.append(_keys_line(app))
        assert seen[-1].endswith("Enter Choose  Esc Close")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("shift+tab")  # back in the title, to type in it
        await pilot.press(*"SQL")
        await pilot.press("escape")  # typed: "Throw away what you typed?"
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        seen.append(_bar_line(app))  # a question's keys are on its key bar alone
        assert "y Throw away  n/Esc Keep editing" in seen[-1], seen[-1]
        for line in seen:
            assert not re.search(r"\besc\b", line), seen


async def test_a_form_names_its_cancel_as_bound(opened_paths: DataPaths) -> None:
    async with _keymapped(opened_paths, '[keymap]\n"form.cancel" = "ctrl+g"\n') as (app, pilot):
        await pilot.press("5")  # Skills
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert _keys_line(app) == "Enter Save  ^g Cancel"
