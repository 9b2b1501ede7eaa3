"""Each pane's `?` lists a key once under a heading: Reframe's listed `e` twice ("open the
record" and "summary: edit the record", two bindings of the pane on one key, one for the
list and one for a record's summary), as if they were two keys."""

from __future__ import annotations

from collections import Counter

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.panes import PANES
from bounceback_tui.ui.screens.help import HelpScreen
from tests.ui_harness import app_on, settle


@pytest.mark.parametrize("spec", PANES, ids=[spec.id for spec in PANES])
async def test_no_key_line_repeats_on_a_panes_help(opened_paths: DataPaths, spec) -> None:  # type: ignore[no-untyped-def]
    async with app_on(opened_paths, spec.id, size=(100, 40)) as (app, pilot, _pane):
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        lines = app.screen.lines
    twice = [
        (group, keys)
        for (group, keys), count in Counter((line.group, line.keys) for line in lines).items()
        if count > 1
    ]
    assert not twice, twice
    # And no line says the same thing twice anywhere on the screen.
    said = Counter((line.keys, line.description) for line in lines)
    assert all(count == 1 for count in said.values()), said
