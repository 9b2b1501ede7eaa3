"""Tab and shift+Tab stay for moving between fields and widgets.

A tester's walk (settings.toml's ``[keymap]``): `"pipeline.add" = "tab"` was taken, and Tab
in the Pipeline opened the new application form instead of leaving the table;
`"list.down" = "shift+tab"` kept focus in a list. The keymap refuses them as it refuses
ctrl+i (which a terminal sends as Tab), with the entry's id and the key named, except for
the bindings whose usual keys have them (the forms' next and previous field, Reframe's
fields, People's details).
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.binding_catalogue import binding_inventory
from bounceback_tui.ui.keymap import parse_keymap
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.table import PipelineTable
from tests.built_stores import store_once
from tests.test_keymap import _keymapped
from tests.ui_harness import settle_workers


@pytest.mark.parametrize(
    ("binding_id", "written", "named"),
    [
        ("pipeline.add", "tab", "Tab"),
        ("pipeline.add", "Tab", "Tab"),
        ("list.down", "shift+tab", "shift+Tab"),
        ("app.help", "ctrl+k,tab", "Tab"),
        ("form.next_field", "shift+tab", "shift+Tab"),
    ],
)
def test_tab_on_a_binding_that_does_not_move_focus_is_refused(
    binding_id: str, written: str, named: str
) -> None:
    result = parse_keymap({binding_id: written})
    assert result.keymap == {}
    (said,) = result.problems
    assert said.startswith(f"{binding_id} was not changed: "), said
    assert named in said and "moves between fields" in said, said


def test_the_bindings_that_move_between_fields_keep_their_tab() -> None:
    keymap = {
        "form.next_field": "tab,ctrl+n",
        "form.previous_field": "shift+tab,ctrl+p",
        "people.details": "tab",
        "reframe.tab": "tab,ctrl+n",
    }
    result = parse_keymap(keymap)
    assert result.problems == []
    assert result.keymap == keymap


def test_the_bindings_that_keep_tab_are_those_whose_usual_keys_have_it() -> None:
    from bounceback_tui.ui.keymap import USUAL_FOCUS_KEYS

    found = {
        entry.id: key
        for entry in binding_inventory()
        for key in entry.keys
        if key in ("tab", "shift+tab") and entry.id
    }
    assert found == USUAL_FOCUS_KEYS


async def test_tab_in_the_pipeline_still_moves_focus(opened_paths: DataPaths) -> None:
    """From the filter box, Tab goes to the table and shift+Tab back: it opened the new
    application form."""
    store_once(opened_paths, fill_demo, 60)
    keymap = '[keymap]\n"pipeline.add" = "tab"\n"pipeline.edit" = "shift+tab"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        said = " ".join(app.messages)
        assert "pipeline.add was not changed: 'tab'" in said, said
        assert "pipeline.edit was not changed: 'shift+tab'" in said, said
        await pilot.press("2")
        await settle_workers(pilot)
        table = app.screen.query_one("#pipeline-table", PipelineTable)
        assert app.focused is table
        await pilot.press("slash")
        await pilot.pause()
        filter_box = app.focused
        assert isinstance(filter_box, Input)
        await pilot.press("tab")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert app.focused is table
        await pilot.press("shift+tab")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert app.focused is filter_box
