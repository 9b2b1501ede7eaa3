"""What a pane switch draws: the pane shown, once, with focus and its keys in place.

Textual repainted the whole screen whenever focus moved (``Screen.focused`` is a reactive
that repaints), threw away the lines of a pane it hid and showed again, and restyled every
list that gained or lost focus, although no ``:focus`` rule applies to the lists of this
app. Timings are in docs/performance.md ("Pane switches and steady memory"); here the work
itself is counted.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from textual._compositor import Compositor, LayoutUpdate
from textual.app import App, ComposeResult
from textual.css.stylesheet import Stylesheet
from textual.widget import Widget

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.pane_tabs import PaneTabs
from bounceback_tui.ui.kit.virtual_list import VirtualList
from bounceback_tui.ui.pipeline.table import PipelineTable
from bounceback_tui.ui.today.board import TodayBoard
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle, settle_workers

SIZE = (100, 30)


def _with_data(paths: DataPaths) -> DataPaths:
    store_once(paths, fill_demo, 30)
    return paths


def _record_frames(app: Any) -> list[str]:
    """The kind of every frame the app writes from now on (the whole screen or parts)."""
    frames: list[str] = []
    display = app._display

    def recorded(screen: Any, renderable: Any) -> None:
        frames.append("whole" if isinstance(renderable, LayoutUpdate) else "parts")
        display(screen, renderable)

    app._display = recorded
    return frames


def _on_pane_with_its_keys(app: Any, pane_id: str) -> None:
    assert app.current_pane.id == pane_id
    assert app.query_one(PaneTabs).active == pane_id
    assert app.current_pane in app.screen.focused.ancestors_with_self
    assert focus_problem(app) is None  # focused, on screen, and the bar shows the pane's keys
    shown = {label for _keys, label in app.screen.query_one(KeyBar).shown()}
    assert shown - {"Keys", "Quit", "palette"}, shown


async def test_a_switch_draws_parts_of_the_screen_never_the_whole(opened_paths: DataPaths) -> None:
    paths = _with_data(opened_paths)
    async with app_on(paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("1")
        await settle(pilot)
        frames = _record_frames(app)
        for key, pane_id in [("2", "pipeline"), ("1", "today")] * 3:
            before = len(frames)
            await pilot.press(key)
            await settle(pilot, 3)
            _on_pane_with_its_keys(app, pane_id)
            # The pane shown and the tab bar drew (it did: parts were written) ...
            assert len(frames) > before
        # ... and never the whole screen again, as focus moving used to make it.
        assert "whole" not in frames, frames


async def test_a_switch_arranges_the_screen_once(opened_paths: DataPaths, monkeypatch: Any) -> None:
    # The layout pass arranges every widget; the pane hidden had its list repaint on losing
    # focus, which left Textual's full map marked stale, and the first widget asked for its
    # size in that frame's paint arranged the whole screen a second time.
    paths = _with_data(opened_paths)
    arranged: list[bool] = []
    arrange_root = Compositor._arrange_root

    def counted(self: Compositor, root: Widget, size: Any, visible_only: bool = True) -> Any:
        arranged.append(visible_only)
        return arrange_root(self, root, size, visible_only)

    async with app_on(paths, "pipeline") as (app, pilot, _pane):
        for key in "12":
            await pilot.press(key)
            await settle(pilot)
        monkeypatch.setattr(Compositor, "_arrange_root", counted)
        for key, pane_id in [("1", "today"), ("2", "pipeline")] * 2:
            arranged.clear()
            await pilot.press(key)
            await settle(pilot, 3)
            assert len(arranged) == 1, (key, arranged)
            _on_pane_with_its_keys(app, pane_id)


async def test_a_pane_shown_again_keeps_the_lines_it_drew(opened_paths: DataPaths) -> None:
    paths = _with_data(opened_paths)
    # The Pipeline: Today's pane is a BLANK container, which draws no lines to keep.
    async with app_on(paths, "pipeline") as (app, pilot, pipeline):
        drawn = dict(pipeline._styles_cache._cache)
        assert len(drawn) == pipeline.size.height
        await pilot.press("1")
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        _on_pane_with_its_keys(app, "pipeline")
        kept = pipeline._styles_cache._cache
        assert all(kept.get(y) is strip for y, strip in drawn.items())


async def test_a_pane_built_for_the_first_time_leaves_the_shown_one_at_its_size(
    opened_paths: DataPaths,
) -> None:
    # Mounted beside Today, the new Pipeline took half the screen for a layout and Today was
    # hidden at the other half: the first return to Today was a resize, every line drawn again.
    paths = _with_data(opened_paths)
    async with app_on(paths) as (app, pilot, _pane):
        await settle(pilot)
        today = app.current_pane
        size = today._size  # the size it was last laid out at (``size`` is 0 once hidden)
        # Today's pane is BLANK (it keeps no lines): what it holds is watched, but for its
        # board, whose look follows its focus: it keeps its rows for each look itself.
        board = today.query_one(TodayBoard)
        rows = dict(board._look.rows)
        drawn = {
            widget: dict(widget._styles_cache._cache)
            for widget in today.query("*")
            if widget._styles_cache._cache and not isinstance(widget, TodayBoard)
        }
        assert sum(len(lines) for lines in drawn.values()) + len(rows) >= size.height // 2
        await pilot.press("2")
        await settle_workers(pilot)
        await settle(pilot)
        assert app.current_pane._size == size
        assert today._size == size
        await pilot.press("1")
        await settle(pilot)
        _on_pane_with_its_keys(app, "today")
        assert today._size == size
        for widget, lines in drawn.items():
            kept = widget._styles_cache._cache
            assert all(kept.get(y) is strip for y, strip in lines.items()), widget
        assert all(board._look.rows.get(y) is strip for y, strip in rows.items())


async def test_the_pipeline_table_is_not_restyled_when_focus_comes_and_goes(
    opened_paths: DataPaths, monkeypatch: Any
) -> None:
    paths = _with_data(opened_paths)
    restyled: list[str] = []
    update_nodes = Stylesheet.update_nodes

    def counted(self: Stylesheet, nodes: Any, animate: bool = False) -> None:
        nodes = list(nodes)
        restyled.extend(type(node).__name__ for node in nodes)
        update_nodes(self, nodes, animate=animate)

    monkeypatch.setattr(Stylesheet, "update_nodes", counted)
    async with app_on(paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("1")
        await settle(pilot)
        restyled.clear()
        for key in "2121":
            await pilot.press(key)
            await settle(pilot)
        assert "PipelineTable" not in restyled
        # Today's board draws the due list's border brighter while focused: it is restyled
        # (from the look it had, kit/focus_looks.py, tests/test_focus_looks.py), and shows it.
        due = app.query_one(TodayBoard)
        assert due.has_focus
        focused_border = due._box_style("due-box")
        await pilot.press("2")
        await settle(pilot)
        assert app.query_one(PipelineTable).has_focus
        assert due._box_style("due-box") != focused_border


class _Lines(VirtualList[str]):
    def render_item(self, item: str, index: int, width: int) -> list[Any]:
        return [self.whole_line([])]


class _Other(Widget, can_focus=True):
    pass


class _ListApp(App[None]):
    CSS: ClassVar[str] = ""

    def compose(self) -> ComposeResult:
        yield _Lines()
        yield _Other()


class _FocusRuleApp(_ListApp):
    CSS: ClassVar[str] = "_Lines:focus { background: red; }"


class _BlurRuleApp(_ListApp):
    CSS: ClassVar[str] = "_Lines:blur { background: red; }"


@pytest.mark.parametrize(
    ("app_class", "red_when_focused"), [(_FocusRuleApp, True), (_BlurRuleApp, False)]
)
async def test_a_list_with_a_focus_or_blur_rule_still_takes_that_look(
    app_class: type[_ListApp], red_when_focused: bool
) -> None:
    app = app_class()
    async with app.run_test() as pilot:
        lines = app.query_one(_Lines)
        lines.focus()
        await pilot.pause()
        assert (lines.styles.background.rgb == (255, 0, 0)) is red_when_focused
        app.query_one(_Other).focus()
        await pilot.pause()
        assert (lines.styles.background.rgb == (255, 0, 0)) is not red_when_focused


async def test_a_list_without_one_keeps_its_styles_across_focus(monkeypatch: Any) -> None:
    app = _ListApp()
    async with app.run_test() as pilot:
        lines = app.query_one(_Lines)
        restyled: list[object] = []
        monkeypatch.setattr(
            type(app), "update_styles", lambda self, node, animate=True: restyled.append(node)
        )
        lines.focus()
        await pilot.pause()
        app.query_one(_Other).focus()
        await pilot.pause()
        assert lines not in restyled
