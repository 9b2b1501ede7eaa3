"""An empty keymap entry is refused with the reason, and the action keeps its usual key.

A power user wrote `"pipeline.add" = ""` (and `[]`) to take `a` off adding an application.
The note said only "pipeline.add was not changed: no key given.", and whether `a` still added
was left to guess. Every action keeps a key (the key bar, `?`, the palette and the hints name
one), so an empty entry is refused, the note says the usual key stays and how to free it for
another binding (docs/keys.md, "Your own keys").
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.keymap import parse_keymap
from tests.test_keymap import _keymapped
from tests.ui_harness import settle


@pytest.mark.parametrize("empty", ["", "  ", [], [""], ["", " "]])
def test_an_empty_entry_is_refused_and_says_the_usual_key_stays(empty: object) -> None:
    result = parse_keymap({"pipeline.add": empty})
    assert result.keymap == {}
    (sentence,) = result.problems
    assert sentence.startswith("pipeline.add was not changed: it is empty"), sentence
    assert "keeps its usual one" in sentence and "give this one a different key" in sentence


async def test_with_an_empty_entry_the_usual_key_still_adds(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.kit.form import FormScreen

    async with _keymapped(opened_paths, '[keymap]\n"pipeline.add" = ""\n') as (app, pilot):
        assert any("pipeline.add was not changed: it is empty" in m for m in app.messages)
        await pilot.press("2")
        await settle(pilot, 3)
        await pilot.press("a")
        await settle(pilot, 4)
        assert isinstance(app.screen, FormScreen)
