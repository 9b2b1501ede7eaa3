"""The key bar at the bottom: whole keys only on a narrow terminal, with `?` always there."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle, settle_workers


@pytest.fixture
def demo_paths(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 30)
    return opened_paths


async def _bar_text(paths: DataPaths, size: tuple[int, int], pane_key: str) -> tuple[str, list]:
    app = BouncebackApp(paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press(pane_key)
        await pilot.pause(0.2)
        bar = app.screen.query_one(KeyBar)
        return bar.render().plain, bar.shown()


@pytest.mark.parametrize("pane_key", ["1", "2", "3", "4", "5"])
async def test_narrow_terminal_shows_whole_keys_and_the_way_to_the_rest(
    demo_paths: DataPaths, pane_key: str
) -> None:
    text, shown = await _bar_text(demo_paths, (80, 24), pane_key)
    assert len(text) <= 80
    # Every key drawn is drawn whole: its key and its label, side by side.
    for keys, label in shown:
        assert f" {keys} {label} " in f"{text} ", (keys, label, text)
    assert ("?", "Keys") in shown


async def test_a_wide_terminal_shows_every_pipeline_key(demo_paths: DataPaths) -> None:
    _narrow_text, narrow = await _bar_text(demo_paths, (80, 24), "2")
    wide_text, wide = await _bar_text(demo_paths, (200, 40), "2")
    assert {("a", "Add"), ("x", "Rejected"), ("?", "Keys"), ("q", "Quit")} <= set(wide)
    assert wide[-1] == ("^p", "palette")
    # What the narrow bar leaves out, the wide one has; the narrow one invents no key (its
    # labels may be the short ones the pane declares, "x Reject" for "x Rejected").
    assert {keys for keys, _label in narrow} < {keys for keys, _label in wide}
    # (the short one where the narrow bar is full: with no quiet application in the demo
    # its `r` is off the bar, and "Rejected" fits)
    assert dict(narrow)["x"] in {"Reject", "Rejected"} and ("x", "Rejected") in wide
    assert "palette" in wide_text


async def test_the_bar_under_a_dialog_shows_the_dialogs_keys(demo_paths: DataPaths) -> None:
    """A form or a dialog leaves the key bar in sight: it showed the pane's keys (`d
    Delete` under the add form), which do nothing there, and a click on one pressed that
    key in the form. It shows the dialog's while the dialog is open, the pane's after."""
    app = BouncebackApp(demo_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        pane_keys = set(bar.shown())
        assert ("a", "Add") in pane_keys
        await pilot.press("a")
        await pilot.pause()
        assert app.screen is not bar.screen  # the form, over the pane
        shown = set(bar.shown())
        assert ("Esc", "Cancel") in shown, shown
        assert not shown & pane_keys, shown
        assert "Cancel" in bar.render().plain and "Add" not in bar.render().plain
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is bar.screen
        assert set(bar.shown()) == pane_keys
        assert "Add" in bar.render().plain


def _undo_binding(pane_id: str) -> Binding:
    """The pane's own undo binding, read from its class (not copied here)."""
    from bounceback_tui.ui.panes import PANES_BY_ID

    pane_class = PANES_BY_ID[pane_id].load()
    undo = [
        item
        for item in pane_class._merge_bindings()
        if isinstance(item[1], Binding) and item[1].action == "undo"
    ]
    assert undo, f"{pane_id} has no undo binding"
    return undo[0][1]


@pytest.mark.parametrize(
    ("pane_id", "first"),
    # Recovery: a step of the first plan (a rejection from the Pipeline is deleted there).
    [("pipeline", ()), ("recovery", ("enter",)), ("reframe", ()), ("skills", ()), ("people", ())],
    ids=["pipeline", "recovery", "reframe", "skills", "people"],
)
async def test_undo_stays_on_a_narrow_bar_after_a_delete(
    demo_paths: DataPaths, pane_id: str, first: tuple[str, ...]
) -> None:
    """At 80 columns the Pipeline's and People's bars are full: `u Undo`, shown only once
    there is something to undo, came last and fell off the end, just when it mattered. It
    is kept like `?` and Quit, before the pane's less needed keys."""
    binding = _undo_binding(pane_id)
    async with app_on(demo_paths, pane_id, size=(80, 24)) as (app, pilot, _pane):
        pane_screen = app.screen
        await pilot.press(*first, "d")
        await settle(pilot)
        assert app.screen is not pane_screen, "d asks first"
        await pilot.press("y")
        await settle_workers(pilot)
        bar = app.screen.query_one(KeyBar)
        assert app.screen is bar.screen, "the delete dialog closed"
        text = bar.render().plain
        assert len(text) <= 80
        assert "undo" in bar.shown_actions(), text
        assert (app.get_key_display(binding), binding.description) in bar.shown(), text
        assert ("?", "Keys") in bar.shown()
        assert app.focused is not None


def test_the_keys_the_bar_keeps_are_real_actions() -> None:
    """`?`, Quit and Undo are kept by their action's name: each must be a bound action (a
    renamed one would quietly stop being kept)."""
    from bounceback_tui.ui.binding_catalogue import binding_inventory
    from bounceback_tui.ui.kit.key_bar_fit import ALWAYS_SHOWN, KEPT_FIRST

    actions = {entry.binding.action for entry in binding_inventory() if entry.binding.show}
    assert set(ALWAYS_SHOWN) | set(KEPT_FIRST) <= actions
