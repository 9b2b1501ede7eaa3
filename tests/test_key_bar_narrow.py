"""At 80 columns the key bar shows every key of the pane, in every state.

Found at 80x24: after a delete, `u Undo` took its place on the bar and pushed the
Pipeline's `f Follow-up` and People's `m Message` off the end (People lost `/ Filter`
even before). The bar now gives up the generic keys first (the palette's, Quit), then
shortens labels, then the gap after each; `?` stays, so every other key is reachable.

The keys expected are read from the screen's active bindings (those declared to show,
the app's own aside), not from what the bar draws.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.binding import Binding

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.panes import PANES_BY_ID
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle, settle_workers

WIDTH = 80


@pytest.fixture
def demo_paths(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 30)
    return opened_paths


def pane_keys(app: Any) -> set[str]:
    """The actions of the keys that apply where you are and are declared to show on the
    bar, the pane's (and its focused widget's), not the app's; not those the pane keeps off
    the bar for now (``Pane.bar_leaves_out``: Recovery's `n` in a plan's steps)."""
    return {
        binding.action
        for node, binding, _enabled, _tooltip in app.screen.active_bindings.values()
        if node is not app
        and binding.show
        and not getattr(node, "bar_leaves_out", lambda _action: False)(binding.action)
    }


def assert_all_on_bar(app: Any, state: str) -> None:
    bar = app.screen.query_one(KeyBar)
    text = bar.render().plain
    expected = pane_keys(app)
    assert expected, state
    missing = expected - set(bar.shown_actions())
    assert not missing, f"{state}: {sorted(missing)} not on the bar: {text!r}"
    assert "help" in bar.shown_actions(), f"{state}: no `?` on the bar: {text!r}"
    assert len(text) <= WIDTH
    # Each key drawn is drawn whole: its keys, then its label.
    for keys, label in bar.shown():
        assert f" {keys} {label}" in text, (keys, label, text)


# Recovery: a step of the first plan (a rejection from the Pipeline is deleted there).
PANES = [
    ("today", ()),
    ("pipeline", ()),
    ("recovery", ("enter",)),
    ("reframe", ()),
    ("skills", ()),
    ("people", ()),
]


@pytest.mark.parametrize(("pane_id", "first"), PANES, ids=[pane for pane, _ in PANES])
async def test_every_key_of_the_pane_is_on_an_80_column_bar_with_and_without_undo(
    demo_paths: DataPaths, pane_id: str, first: tuple[str, ...]
) -> None:
    async with app_on(demo_paths, pane_id, size=(WIDTH, 24)) as (app, pilot, pane):
        await pilot.press(*first)
        await settle_workers(pilot)
        assert_all_on_bar(app, f"{pane_id}, as it opens")
        if not any(
            isinstance(item[1], Binding) and item[1].action.startswith("delete")
            for item in type(pane)._merge_bindings()
        ):
            return  # Today has no delete (its `u` is the old follow-ups' review's)
        pane_screen = app.screen
        await pilot.press("d")
        await settle(pilot)
        assert app.screen is not pane_screen, "d asks first"
        await pilot.press("y")
        await settle_workers(pilot)
        assert app.screen is pane_screen
        assert "undo" in pane_keys(app), "the delete left something to undo"
        assert_all_on_bar(app, f"{pane_id}, after a delete")


async def test_people_with_a_filter_an_interview_and_an_undo_fit_at_80(
    demo_paths: DataPaths,
) -> None:
    """People's fullest bar: a filter applied (`esc` clears it), the selected person with
    an interview (`N` edits it, off the bar: tests/test_people_interview_keys.py) and a
    delete to undo."""
    async with app_on(demo_paths, "people", size=(WIDTH, 24)) as (app, pilot, pane):
        await settle_workers(pilot)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle_workers(pilot)
        for _ in range(40):  # down the list to someone with an interview
            if pane.check_action("edit_interview", ()):
                break
            await pilot.press("j")
            await settle_workers(pilot)
        assert pane.check_action("edit_interview", ()), "no one in the demo has an interview"
        await pilot.press("slash", "a", "enter")
        await settle_workers(pilot)
        assert pane.check_action("edit_interview", ()), "the filter kept someone else"
        assert {"undo", "clear_filter"} <= pane_keys(app), pane_keys(app)
        assert_all_on_bar(app, "people, filtered, with an interview and an undo")
        assert app.focused is not None


def test_short_labels_name_keys_their_widget_shows() -> None:
    """Each short label in a pane's BAR_LABELS belongs to a binding of that pane declared
    to show on the bar (a renamed id would quietly lose its short label)."""
    for spec in PANES_BY_ID.values():
        pane_class = spec.load()
        labels: dict[str, str] = getattr(pane_class, "BAR_LABELS", {})
        shown_ids = {
            item[1].id
            for item in pane_class._merge_bindings()
            if isinstance(item[1], Binding) and item[1].show
        }
        assert set(labels) <= shown_ids, (spec.id, set(labels) - shown_ids)
        for label in labels.values():
            assert label.strip() and len(label) <= 12, label


def test_no_two_keys_of_a_pane_share_a_short_label_but_a_filter_and_its_clearing() -> None:
    """Keys whose short labels are the same share one place on a narrow bar (kit/key_bar
    ``shortened``): "/ esc Filter" reads well, but People's "n N Interview" (schedule one,
    change one) said neither which was which. Only a filter and the key that clears it
    may share a label."""
    for spec in PANES_BY_ID.values():
        pane_class = spec.load()
        labels: dict[str, str] = getattr(pane_class, "BAR_LABELS", {})
        by_label: dict[str, set[str]] = {}
        for item in pane_class._merge_bindings():
            binding = item[1]
            if not isinstance(binding, Binding) or not binding.show or binding.group:
                continue
            label = labels.get(binding.id or "", binding.description)
            by_label.setdefault(label, set()).add(binding.action)
        shared = {label: actions for label, actions in by_label.items() if len(actions) > 1}
        for actions in shared.values():
            others = actions - {"filter"}
            assert len(others) == 1 and others.pop().startswith("clear_"), (spec.id, shared)
