"""The note after an add names the pane's undo key as the person's keymap has it.

Every such note ended "u takes it away." written by hand (kit/undo.py): with the Skills
pane's undo moved to `z`, the note after an add still said `u`, which did nothing there.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.test_keymap import _keymapped
from tests.ui_harness import fill, keep_toasts, settle


async def test_an_add_s_note_names_the_undo_key_the_keymap_gave(opened_paths: DataPaths) -> None:
    async with _keymapped(opened_paths, '[keymap]\n"skills.undo" = "z"\n') as (app, pilot):
        said = keep_toasts(app)
        await pilot.press("5")
        await settle(pilot, 4)
        await pilot.press("a")
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, title="Negotiation")
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert said[-1] == "Added: Negotiation. z takes it away.", said
        await pilot.press("z")
        await settle(pilot, 4)
        assert said[-1] == "Taken back: “Negotiation” is removed.", said
        assert focus_problem(app) is None
