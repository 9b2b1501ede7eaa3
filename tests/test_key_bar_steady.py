"""The key bar keeps its form while the cursor moves through a list.

Found at 120 columns on People: `N` (edit an interview) is on the bar only while the
selected person has an interview, and with it the pane's keys no longer fitted in full,
so every label switched to its short form and back as the cursor moved onto and off
such a person. The bar now chooses its form from every key it has shown since focus came
to the list, so once `N` has been on it, moving the cursor changes which keys are drawn,
never how the others read.
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle_workers


@pytest.fixture
def demo_paths(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 30)
    return opened_paths


def others(app: Any) -> dict[str, str]:
    """key -> its label, for every key on the bar but `N` (keys sharing a label each)."""
    shown = app.screen.query_one(KeyBar).shown()
    return {key: label for keys, label in shown for key in keys.split(" ") if key != "N"}


# It happened from 84 columns (below, the bar is short with or without `N`) to 122.
@pytest.mark.parametrize("width", [84, 120])
async def test_people_bar_reads_the_same_with_and_without_an_interview(
    demo_paths: DataPaths, width: int
) -> None:
    """Down the list onto a person with an interview, off it onto one without, and onto
    one with again: every key but `N` reads the same all the way."""
    async with app_on(demo_paths, "people", size=(width, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        bar = app.screen.query_one(KeyBar)
        states: list[tuple[bool, dict[str, str]]] = []  # (N on the bar, the others)
        flips: list[bool] = []  # N on, off, on: where it came and went
        for _ in range(40):
            has_n = "edit_interview" in bar.shown_actions()
            if flips or has_n:
                states.append((has_n, others(app)))
                if not flips or flips[-1] != has_n:
                    flips.append(has_n)
            if len(flips) == 3:
                break
            await pilot.press("j")
            await settle_workers(pilot)
        assert flips == [True, False, True], "the demo has people with and without interviews"
        first = states[0][1]
        for has_n, labels in states:
            assert labels == first, f"N {'on' if has_n else 'off'} the bar: {bar.render().plain!r}"
