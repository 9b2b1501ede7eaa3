"""The answer bank's and Settings' `?` say what each key does there, as a pane's `?` does
("down the list", "delete (asks first)"), not the key bar's one word: they read "j Down",
"Esc / q Close", "? Keys" (a reviewer's walk)."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.binding_catalogue import binding_inventory
from bounceback_tui.ui.screens.help import HelpScreen
from tests.ui_harness import app_on, settle

# The key bar's label of every binding, by id: what `?` said instead of a description.
LABELS = {entry.id: str(entry.binding.description) for entry in binding_inventory() if entry.id}


@pytest.mark.parametrize("keys", [("i",), ("comma",)], ids=["answer bank", "settings"])
async def test_help_describes_each_key(opened_paths: DataPaths, keys: tuple[str, ...]) -> None:
    async with app_on(opened_paths, "today", size=(120, 40)) as (app, pilot, _pane):
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        opened = app.screen
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen), opened
        lines = app.screen.lines
    assert len(lines) >= 8
    terse = [
        (line.keys, line.description)
        for line in lines
        if line.description == LABELS.get(line.binding_id) or not line.description[0].islower()
    ]
    assert not terse, terse
