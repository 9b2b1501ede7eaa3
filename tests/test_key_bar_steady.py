"""The key bar keeps its form while the cursor moves through a list.

Found at 120 columns on People: `N` (edit an interview) was on the bar only while the
selected person had an interview, and with it the pane's keys no longer fitted in full,
so every label switched to its short form and back as the cursor moved onto and off
such a person. The bar chooses its form from every key it has shown since focus came
to the list, so once such a key has been on it, moving the cursor changes which keys are
drawn, never how the others read (checked below in a small app of its own). People's `N`
is off the bar now (tests/test_people_interview_keys.py): its bar reads the same all the
way down the list.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle_workers


@pytest.fixture
def demo_paths(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 30)
    return opened_paths


def others(app: Any, but: str = "N") -> dict[str, str]:
    """key -> its label, for every key on the bar but ``but`` (keys sharing a label each)."""
    shown = app.screen.query_one(KeyBar).shown()
    return {key: label for keys, label in shown for key in keys.split(" ") if key != but}


# It happened from 84 columns (below, the bar is short with or without `N`) to 122.
@pytest.mark.parametrize("width", [84, 120])
async def test_people_bar_reads_the_same_with_and_without_an_interview(
    demo_paths: DataPaths, width: int
) -> None:
    """Down the list onto a person with an interview, off it onto one without, and onto
    one with again: every key reads the same all the way."""
    async with app_on(demo_paths, "people", size=(width, 30)) as (app, pilot, pane):
        await settle_workers(pilot)
        bar = app.screen.query_one(KeyBar)
        states: list[tuple[bool, dict[str, str]]] = []  # (an interview, the keys)
        flips: list[bool] = []  # with, without, with: where interviews came and went
        for _ in range(40):
            has_one = bool(pane.check_action("edit_interview", ()))
            if flips or has_one:
                states.append((has_one, others(app, but="")))
                if not flips or flips[-1] != has_one:
                    flips.append(has_one)
            if len(flips) == 3:
                break
            await pilot.press("j")
            await settle_workers(pilot)
        assert flips == [True, False, True], "the demo has people with and without interviews"
        first = states[0][1]
        for has_one, labels in states:
            said = "with" if has_one else "without"
            assert labels == first, f"{said} an interview: {bar.render().plain!r}"


class Row(Static, can_focus=True):
    """A list's cursor, reduced: `N` works only on some rows (``check_action``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "go('a')", "Add something", id="t.add"),
        Binding("l", "go('l')", "Link application", id="t.link"),
        Binding("m", "go('m')", "Message someone", id="t.message"),
        Binding("N", "other", "Edit interview", id="t.edit_interview"),
    ]
    BAR_LABELS: ClassVar[dict[str, str]] = {
        "t.add": "Add",
        "t.link": "Link",
        "t.message": "Message",
        "t.edit_interview": "Edit",
    }
    with_n = True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.with_n if action == "other" else True

    def action_go(self, key: str) -> None: ...

    def action_other(self) -> None: ...


class OneRow(App[None]):
    def compose(self) -> ComposeResult:
        yield Row("row")
        yield KeyBar()


async def test_a_key_that_comes_and_goes_leaves_the_others_as_they_read() -> None:
    """Every key in full is 67 cells: with `N` the bar is short, without it is not; once
    `N` has been on the bar, the others keep their short labels while it is away."""
    app = OneRow()
    async with app.run_test(size=(60, 5)) as pilot:
        row = app.query_one(Row)
        row.focus()
        await pilot.pause()
        with_n = others(app)
        assert with_n == {"a": "Add", "l": "Link", "m": "Message"}
        row.with_n = False
        row.refresh_bindings()
        await pilot.pause()
        assert "N" not in app.screen.query_one(KeyBar).shown_actions()
        assert others(app) == with_n
