"""Quitting over typing, and closing an edited message, name the question's no as bound.

Both asked "… n or Escape goes back …" from their own copy of what ``kit/confirm.no_keys``
says; with `"confirm.no" = "ctrl+g"` in settings.toml they name ^g, the key the bar under the
question offers, and it goes back with the typing kept. (Both now ask ``no_keys``.)
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

import bounceback_tui
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.quit_guard import QuitConfirmScreen
from bounceback_tui.ui.people.message import MessageScreen
from tests.test_keymap import _keymapped
from tests.test_message_screen import _open_draft
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)
from tests.ui_harness import app_on, settle

NO_ON_CTRL_G = '[keymap]\n"confirm.no" = "ctrl+g"\n'


async def test_quitting_over_a_form_names_the_rebound_no_and_it_goes_back(
    opened_paths: DataPaths,
) -> None:
    async with _keymapped(opened_paths, NO_ON_CTRL_G) as (app, pilot):
        await pilot.press("5")  # Skills
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press(*"SQL", "ctrl+q")
        await settle(pilot)
        asked = app.screen
        assert isinstance(asked, QuitConfirmScreen)
        assert str(asked.detail).endswith(" ^g goes back to it."), str(asked.detail)
        assert "Escape" not in str(asked.detail)
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert not app.quitting
        assert isinstance(app.screen, FormScreen)
        assert isinstance(app.focused, Input) and app.focused.value == "SQL"
        assert focus_problem(app) is None


async def test_quitting_over_a_form_says_n_or_escape_on_the_usual_keys(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"SQL", "ctrl+q")
        await settle(pilot)
        asked = app.screen
        assert isinstance(asked, QuitConfirmScreen)
        assert str(asked.detail).endswith(" n or Escape goes back to it."), str(asked.detail)


async def test_closing_an_edited_message_names_the_rebound_no_and_it_goes_back(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    async with _keymapped(paths, NO_ON_CTRL_G) as (app, pilot):
        screen = await _open_draft(app, pilot, ids)
        body = screen.query_one("#message-body", TextArea)
        await pilot.press(*"PS ")
        edited = body.text
        await pilot.press("escape")
        await settle(pilot)
        asked = app.screen
        assert isinstance(asked, ConfirmScreen)
        assert str(asked.detail) == (
            "Your changes to the message have not been copied or sent. ^g goes back to the message."
        )
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        assert body.text == edited
        assert focus_problem(app) is None


def test_only_the_confirm_dialog_spells_its_no_keys() -> None:
    """Every "… goes back" sentence asks ``kit/confirm.no_keys``: a copy of its words kept
    elsewhere (quit_guard, the message screen) would be one more place to forget."""
    root = Path(bounceback_tui.__file__).parent
    own = root / "ui" / "kit" / "confirm.py"
    spelled = [
        str(path.relative_to(root))
        for path in sorted(root.rglob("*.py"))
        if path != own and '"confirm.no", "n,escape"' in path.read_text(encoding="utf-8")
    ]
    assert spelled == []
