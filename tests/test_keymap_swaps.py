"""Two list keys swapped are no clash: the warning is for two bindings that really share a key.

A tester's walk: `"list.down" = "k"` with `"list.up" = "j"` (or `list.first` = G with
`list.last` = g) worked, and `?` listed no problem, but entering the Pipeline said "Keymap —
Two bindings share a key in settings.toml: list.down, list.up." Textual counts a binding of
several keys moved to one as clashing with itself; two such moves made two ids, and the
app took that for a clash between them.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.pipeline.table import PipelineTable
from tests.built_stores import store_once
from tests.test_keymap import _keymapped
from tests.ui_harness import settle_workers

SHARE = "share a key"


@pytest.mark.parametrize(
    ("keymap", "forward", "back"),
    [
        ('"list.down" = "k"\n"list.up" = "j"\n', "k", "j"),
        ('"list.first" = "G"\n"list.last" = "g"\n', "g", "G"),
    ],
    ids=["down-up", "first-last"],
)
async def test_a_swap_is_obeyed_without_a_warning(
    opened_paths: DataPaths, keymap: str, forward: str, back: str
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, f"[keymap]\n{keymap}") as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        table = app.screen.query_one("#pipeline-table", PipelineTable)
        assert app.focused is table
        assert table.cursor == 0
        await pilot.press(forward)  # down (or to the last row), as the keymap has it
        await pilot.pause()
        assert table.cursor > 0
        await pilot.press(back)  # and back up to the first
        await pilot.pause()
        assert table.cursor == 0
        assert app.keymap_problems == ()
        assert not [m for m in app.messages if SHARE in m], app.messages


async def test_two_bindings_on_one_key_are_still_said(opened_paths: DataPaths) -> None:
    """A keymap in force with Down and Up both on `k` (as no checked file gives, so set
    here after the check): that is a clash, and it is said, naming both."""
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, "") as (app, pilot):
        app._apply_keymap({"list.down": "k", "list.up": "k"})
        await pilot.press("2")
        await settle_workers(pilot)
        said = [m for m in app.messages if SHARE in m]
        assert said == ["Two bindings share a key in settings.toml: list.down, list.up."], said


async def test_a_key_moved_onto_anothers_is_refused(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, '[keymap]\n"list.down" = "k"\n') as (app, pilot):
        assert any(p.startswith("list.down was not changed: k") for p in app.keymap_problems)
        await pilot.press("2")
        await settle_workers(pilot)
        table = app.screen.query_one("#pipeline-table", PipelineTable)
        await pilot.press("j")  # Down keeps its usual keys
        await pilot.pause()
        assert table.cursor == 1
