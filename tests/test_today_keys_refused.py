"""Today names the keys its keymap applied, not the ones settings.toml asked for.

A tester's walk: `"today.next_step" = "c"` was refused at startup ("c already means Check
in"), and the key bar rightly read "n Next step  c Check in", but Today's words were drawn
before the keymap check and kept the key asked for: "Next step: … (c)" beside "No check-in
yet today · c", and on an empty store "Press c to add your first application", where `c`
opened the check-in. With `"today.next_step" = "enter"` (refused too) the welcome said
"Press ⏎", and Enter did nothing. Every key Today names now does what its words say.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import flat, screen_text
from tests.test_keymap import _keymapped


@pytest.mark.parametrize("asked", ["c", "enter"])
async def test_the_welcome_names_the_next_step_key_in_force(
    opened_paths: DataPaths, asked: str
) -> None:
    keymap = f'[keymap]\n"today.next_step" = "{asked}"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        assert any("today.next_step was not changed" in m for m in app.messages)
        text = flat(screen_text(app))
        assert "Press n to add your first application" in text, text
        await pilot.press("n")  # the key the welcome names: a new application
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.form_title == "New application"


async def test_the_next_step_names_its_key_in_force(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        add_application(db, ApplicationInput(company="Acme", role="Engineer"))
    finally:
        db.dispose()
    keymap = '[keymap]\n"today.next_step" = "c"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        assert any("today.next_step was not changed" in m for m in app.messages)
        lines = screen_text(app).splitlines()
        step = next(line for line in lines if "Next step:" in line)
        assert step.rstrip().endswith("(n)"), step
        top = next(line for line in lines if "check-in" in line)
        assert top.rstrip().endswith("· c"), top
        await pilot.press("c")  # the check-in's key, as its line says
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert str(app.screen.form_title) == "How is today?"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")  # the next step's key, as its line says: one more application
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.form_title == "New application"
