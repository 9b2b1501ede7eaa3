"""A filter keystroke repaints what it changed and lays nothing out (docs/performance.md,
"The filter keystroke, flt3's round"): the table's lines that show another row, the count,
the detail panel when the cursor lands on another application. What is on screen after
each keystroke is still what a whole repaint draws."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Any

import pytest
from textual.screen import Screen

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline.pane import PipelinePane
from bounceback_tui.ui.pipeline.table import PipelineTable
from tests.built_stores import store_once
from tests.pipeline_fixtures import put, small_pipeline
from tests.ui_harness import app_on

# Wide enough for the detail panel beside the table.
SIZE = (120, 36)


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, small_pipeline)
    return opened_paths


@asynccontextmanager
async def _filter_open(
    paths: DataPaths, size: tuple[int, int] = SIZE
) -> AsyncIterator[tuple[Any, Any, PipelinePane]]:
    """The app on the Pipeline (tests/ui_harness.py), its filter open and not blinking."""
    async with app_on(paths, "pipeline", size=size) as (app, pilot, pane):
        assert isinstance(pane, PipelinePane)
        await pilot.press("/")
        await pilot.pause()
        pane.filter_input.cursor_blink = False  # a blink between two screenshots is no change
        await pilot.pause()
        yield app, pilot, pane


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> list[object]:
    """Every call of ``owner.name`` from now on, by its first argument."""
    calls: list[object] = []
    original = getattr(owner, name)

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(args[0] if args else None)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


async def _same_after_a_whole_repaint(app: BouncebackApp, pilot: Any, after: object) -> None:
    """The screen as the keystrokes left it is what laying out and drawing it all anew
    gives (a line left unpainted, or a size left unchanged, would show)."""
    await pilot.pause(0.1)  # the detail panel follows the cursor once it rests (50 ms)

    def sizes() -> list[tuple[str, object, object]]:
        widgets = app.screen.walk_children(with_self=True)
        return [(repr(w), w.size, w.virtual_size) for w in widgets if w.display]

    shown, laid_out = app.export_screenshot(), sizes()
    for widget in app.screen.walk_children(with_self=True):
        widget.refresh(layout=True)
    await pilot.pause()
    assert app.export_screenshot() == shown, f"after {after!r}"
    assert sizes() == laid_out, f"after {after!r}"


async def test_a_letter_that_keeps_the_rows_repaints_none_of_them(
    filled: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _filter_open(filled) as (_app, pilot, pane):
        await pilot.press(*"nort")
        await pilot.pause()
        assert [row.company for row in pane.visible_rows] == ["Northwind Analytics"]
        lines = _count_calls(monkeypatch, PipelineTable, "render_line")
        await pilot.press("h")
        await pilot.pause()
        assert pane.filter_input.value == "north"
        assert [row.company for row in pane.visible_rows] == ["Northwind Analytics"]
        # The table's lines (its column titles included) are as they were: none is drawn.
        assert lines == []


async def test_a_letter_that_changes_the_rows_repaints_only_the_lines_that_changed(
    filled: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _filter_open(filled) as (_app, pilot, pane):
        before = [row.company for row in pane.visible_rows]
        lines = _count_calls(monkeypatch, PipelineTable, "render_line")
        await pilot.press("q")
        await pilot.pause()
        after = [row.company for row in pane.visible_rows]
        assert after != before
        changed = {
            y + 1  # the table's line: the column titles are line 0
            for y in range(max(len(before), len(after)))
            if (before[y : y + 1] or None) != (after[y : y + 1] or None)
        }
        assert set(lines) == changed


@pytest.mark.parametrize("size", [SIZE, (120, 14)], ids=["tall", "short"])
async def test_the_screen_after_each_keystroke_is_what_a_whole_repaint_draws(
    filled: DataPaths, size: tuple[int, int]
) -> None:
    """Typing, deleting, a word that matches nothing, markup typed, the box emptied, the
    cursor moved in between: after each, laying out and repainting every widget from
    scratch changes nothing on the screen. Short, the details are taller than their panel
    and scroll: showing another application's then changes the body's height."""
    async with _filter_open(filled, size) as (app, pilot, pane):
        steps: list[tuple[str, ...]] = [
            ("n",),
            ("o",),
            ("r",),
            ("backspace",),
            ("backspace",),
            ("e",),
            ("backspace", "backspace"),
            ("a",),
            ("x", "q", "z"),
            ("backspace", "backspace", "backspace"),
            ("[", "b", "]"),
            ("ctrl+u",),
            ("enter", "down"),
            ("down",),
            ("down",),
            ("slash", "r"),
            ("backspace",),
        ]
        for keys in steps:
            await pilot.press(*keys)
            await pilot.pause()
            await _same_after_a_whole_repaint(app, pilot, keys)
        assert pane.filter_input.value == ""


def _hostile(db: Any) -> None:
    """Written as they are (not through the form, which refuses control characters): a
    store may hold what an older version or an import let in."""
    for name in (
        "[b]Acme[/b] [link=x]",
        "Acme\x1b[31m Red",
        "\u202eemcA Mirror",
        "Acme \u0000 Null",
        "Zed Works",
    ):
        put(db, name, [("applied", date(2026, 3, 2))])


async def test_a_paste_of_hostile_text_repaints_every_line_it_changed(
    opened_paths: DataPaths,
) -> None:
    """Companies whose names are markup, control characters and right-to-left overrides:
    filtered by a word of them and back, the screen is what a whole repaint draws."""

    store_once(opened_paths, _hostile)
    async with _filter_open(opened_paths) as (app, pilot, pane):
        for text in ("acme", "", "zed", "[b]", "emca", ""):
            pane.filter_input.value = text
            await pilot.pause()
            await _same_after_a_whole_repaint(app, pilot, text)


async def test_a_filter_keystroke_lays_nothing_out(
    filled: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count changes width ("8 in all", "1 of 8", "3 of 8") and the cursor lands on
    other applications, whose details are shorter than the panel: the status keeps room
    for the widest count and the panel's body its height, so no keystroke lays out the
    screen (a layout pass repaints the whole pane)."""
    async with _filter_open(filled) as (_app, pilot, pane):
        assert pane.query_one("#pipeline-detail").display
        first = pane.selected_row
        layouts = _count_calls(monkeypatch, Screen, "_refresh_layout")
        await pilot.press(*"nort")
        await pilot.pause()
        assert pane.selected_row is not None and pane.selected_row != first
        assert "Northwind" in str(pane.query_one("#pipeline-detail-body").render())
        for _ in range(4):
            await pilot.press("backspace")
            await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert layouts == []
