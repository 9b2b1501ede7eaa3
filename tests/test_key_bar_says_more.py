"""Below 60 columns the key bar says that it leaves keys out, and how to see them all.

Found at 50x20 on the demo store: the Pipeline's bar read "a Add e Edit v View [ ] Stage
x Reject ? Keys", as if those were all its keys, with Follow-up, Filter and the rest gone
and nothing saying so. The bar keeps the pane's first keys and always ends on the help key,
as bound, which says "More" while keys are left out ("? Keys" where they all fit).
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.built_stores import store_once
from tests.test_key_bar_narrow import pane_keys
from tests.ui_harness import app_on, settle_workers

# Each pane's first keys, which a narrow bar keeps: what the pane is for.
FIRST_KEYS = {"pipeline": [("a", "Add"), ("e", "Edit")], "people": [("t", "Details"), ("a", "Add")]}


def _bar(app: Any) -> KeyBar:
    return app.screen.query_one(KeyBar)


@pytest.mark.parametrize("width", [40, 50])
@pytest.mark.parametrize("pane_id", list(FIRST_KEYS))
async def test_a_narrow_bar_says_it_leaves_keys_out_and_ends_on_the_help_key(
    opened_paths: DataPaths, pane_id: str, width: int
) -> None:
    store_once(opened_paths, fill_demo, 30)
    async with app_on(opened_paths, pane_id, size=(width, 20)) as (app, pilot, _pane):
        await settle_workers(pilot)
        bar = _bar(app)
        shown = bar.shown()
        assert set(pane_keys(app)) - set(bar.shown_actions()), "every key fits: nothing to say"
        assert shown[-1] == ("?", "More"), shown
        assert shown[: len(FIRST_KEYS[pane_id])] == FIRST_KEYS[pane_id], shown
        assert bar.render().plain.rstrip().endswith("? More"), bar.render().plain
        assert len(bar.render().plain) <= width


async def test_where_every_key_fits_the_help_key_says_keys(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 30)
    async with app_on(opened_paths, "pipeline", size=(120, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown = _bar(app).shown()
        assert ("?", "Keys") in shown and ("?", "More") not in shown, shown


async def test_the_help_key_is_named_as_bound_when_keys_are_left_out(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 30)
    opened_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    opened_paths.settings_file.write_text('[keymap]\n"app.help" = "f1"\n', encoding="utf-8")
    async with app_on(opened_paths, "pipeline", size=(50, 20)) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown = _bar(app).shown()
        assert shown[-1] == ("f1", "More"), shown
