"""Without colour, the text of the screen says which row the cursor is on (a stranger's walk).

With NO_COLOR set (or TERM=xterm-mono) a list's cursor is a background colour nobody sees:
reading the screen as text, Reframe's records were byte for byte the same after each `j`,
Recovery's steps showed no cursor on their `[ ]`/`[✓]` rows, and Today's "Due now" told its
cursor by colour only, so space, `d` or `e` acted on a row nobody could see. Where colour is
not shown, the cursor's row now starts with a mark (kit/cursor_mark.py); in colour, nothing
changes.
"""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.strip import Strip

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.cursor_mark import (
    CURSOR_MARK,
    colourless,
    marked_row,
    mono_terminal,
)
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.list_table import ListTable
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SIZE = (120, 40)


def _marked(lines: list[str]) -> list[str]:
    """The lines that carry the cursor's mark."""
    return [line for line in lines if CURSOR_MARK in line]


async def _settled(pilot: object, *keys: str) -> list[str]:
    for key in keys:
        await pilot.press(key)  # type: ignore[attr-defined]
        await settle_workers(pilot)
    return screen_lines(pilot.app)  # type: ignore[attr-defined]


@pytest.fixture
def no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # read by Textual when the app is made


async def test_reframe_s_records_show_the_cursor_move_without_colour(
    opened_paths: DataPaths, no_colour: None
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "reframe", size=SIZE) as (app, pilot, pane):
        assert app.no_color
        history = pane.query_one("HistoryList")
        first = await _settled(pilot)
        second = await _settled(pilot, "j")
        third = await _settled(pilot, "j")
        assert first != second != third
        # One record is marked, the one the cursor is on: its date and its thought.
        item = history.items[history.cursor]
        (row,) = [line for line in _marked(third) if str(item.created_on) in line]
        assert row.split(CURSOR_MARK, 1)[1].startswith(str(item.created_on)), row
        assert item.thought[:20] in row
        assert focus_problem(app) is None


async def test_recovery_s_steps_show_the_cursor_without_colour(
    opened_paths: DataPaths, no_colour: None
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "recovery", size=SIZE) as (app, pilot, pane):
        pane.step_list.focus()
        before = [line for line in _marked(await _settled(pilot)) if "[" in line]
        after = [line for line in _marked(await _settled(pilot, "j")) if "[" in line]
        # The step under the cursor is the marked step, before and after `j`.
        assert len(before) == 1 and len(after) == 1
        assert before != after
        step = pane.step_list.highlighted_step
        assert step is not None
        assert step.title[:20] in after[0], (step.title, after)
        assert after[0].split(CURSOR_MARK, 1)[1].startswith("[")
        assert focus_problem(app) is None


async def test_today_s_due_list_shows_the_cursor_without_colour(
    opened_paths: DataPaths, no_colour: None
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=SIZE) as (app, pilot, _pane):
        await settle_workers(pilot)
        # A due line says when at its end: "3 days late", "today", a plan's "was due 3 Mar".
        said = ("late", "today", "due ")
        due = [line for line in _marked(screen_lines(app)) if any(w in line for w in said)]
        assert len(due) == 1, due
        moved = [line for line in _marked(await _settled(pilot, "j")) if "│" in line]
        assert len(moved) == 1 and moved[0] != due[0]
        # Nothing of the row is lost to the mark: it takes the blank cell before it.
        assert any(words in moved[0] for words in ("days late", "today", "was due")), moved
        assert focus_problem(app) is None


async def test_in_colour_the_lists_look_as_they_did(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "reframe", size=SIZE) as (app, pilot, _pane):
        assert not app.no_color
        lines = await _settled(pilot, "j")
        assert not [line for line in lines if f"{CURSOR_MARK}20" in line]


class _TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ListTable(id="t")

    def on_mount(self) -> None:
        table = self.query_one(ListTable)
        table.add_columns("Name", "Kind")
        for name in ("Alpha", "Bravo", "Charlie"):
            table.add_row(name, "plain", key=name)
        table.focus()


async def test_a_list_table_shows_its_cursor_row_without_colour(no_colour: None) -> None:
    app = _TableApp()
    async with app.run_test(size=(40, 8)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        marked = _marked(screen_lines(app))
        assert len(marked) == 1 and "Bravo" in marked[0], screen_lines(app)


def test_a_mono_terminal_is_one_without_colour() -> None:
    assert mono_terminal("xterm-mono") and mono_terminal("linux-m")
    assert not mono_terminal("xterm-256color") and not mono_terminal("xterm")


def test_the_mark_takes_a_blank_first_cell_or_moves_the_row_on() -> None:
    blank = Strip([Segment(" Alpha   ")])
    assert marked_row(blank).text == f"{CURSOR_MARK}Alpha   "
    full = Strip([Segment("Alpha xy")])
    assert marked_row(full).text == f"{CURSOR_MARK}Alpha x"
    assert marked_row(full).cell_length == full.cell_length


async def test_a_mono_terminal_marks_the_cursor_as_no_color_does(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-mono")
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "reframe", size=SIZE) as (app, pilot, pane):
        assert colourless(app)  # Textual reads NO_COLOR only; Rich takes it for 16 colours
        history = pane.query_one("HistoryList")
        lines = await _settled(pilot, "j")
        item = history.items[history.cursor]
        (row,) = [line for line in _marked(lines) if str(item.created_on) in line]
        assert item.thought[:20] in row


async def test_the_terminal_is_read_once_for_the_app_not_for_every_line(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each line a list draws asks whether colour is shown, several times: TERM was read and
    # lowercased on every ask. The app's terminal is the one it started on.
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    async with app_on(opened_paths, "pipeline", size=SIZE) as (app, _pilot, _pane):
        assert not colourless(app)
        monkeypatch.setenv("TERM", "xterm-mono")
        assert not colourless(app)
