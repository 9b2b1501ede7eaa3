"""A stranger's walk through the palette at 80x24, and Skills without colour.

- `a` then Enter opened the crisis screen: "If you are struggling" (its "are") was listed
  first, ahead of "Add an application", by the lead care entries have for care words. One
  letter names no care word: the actions whose title it begins come first now; "help",
  "struggling", "crisis" and "breathe" still put a care entry first.
- With a query typed, that entry's help line was cut after "on the keys", its "screen)" lost.
- With NO_COLOR the palette's highlighted hit had only a grey background to tell it; now it
  starts with the cursor's mark, as other lists do. Skills marked the cursor of all three
  columns at once; now only the focused column's.
"""

from __future__ import annotations

import pytest
from textual.command import CommandList

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.cursor_mark import CURSOR_MARK
from tests.palette_fixtures_ui import search, settle
from tests.screen_text import flat, screen_lines
from tests.skills_fixtures import seed_backlog
from tests.ui_harness import app_on, settle_workers

SIZE = (80, 24)
STRUGGLING = "If you are struggling"


def _list_lines(app: BouncebackApp) -> list[str]:
    """The palette's list as drawn, line by line (its lines in view)."""
    results = app.screen.query_one(CommandList)
    return [results.render_line(y).text for y in range(results.size.height)]


def _titles(results: list[str]) -> list[str]:
    return [line.split(" | ")[0] for line in results]


@pytest.mark.parametrize("letter", ["a", "h"])
async def test_one_letter_does_not_put_the_crisis_entry_first(
    opened_paths: DataPaths, letter: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        titles = _titles(await search(app, pilot, letter))
    assert titles[0] != STRUGGLING
    assert STRUGGLING in titles  # still listed: "are", "help"
    if letter == "a":
        assert titles[0] == "Add an application"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("help", STRUGGLING),
        ("struggling", STRUGGLING),
        ("crisis", STRUGGLING),
        ("breathe", "Breathe slowly for two minutes"),
    ],
)
async def test_a_care_word_still_puts_the_care_entry_first(
    opened_paths: DataPaths, query: str, first: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        titles = _titles(await search(app, pilot, query))
    assert titles[0] == first


@pytest.mark.parametrize("query", ["a", "h"])
async def test_the_crisis_entry_s_help_line_is_whole_with_a_query(
    opened_paths: DataPaths, query: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        titles = _titles(await search(app, pilot, query))
        for _ in range(titles.index(STRUGGLING)):  # down to it, as a person would
            await pilot.press("down")
        await settle(app, pilot)
        key = app.key_label("help.struggling", "h")
        drawn = flat(" ".join(_list_lines(app)))
        assert app.screen.query_one(CommandList).show_vertical_scrollbar  # a long list
    assert STRUGGLING in drawn
    assert f"(key {key} on the keys screen)" in drawn, drawn


@pytest.fixture
def no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # read by Textual when the app is made


async def test_the_palette_marks_its_highlighted_hit_without_colour(
    opened_paths: DataPaths, no_colour: None
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        assert app.no_color
        await search(app, pilot, "add")
        marked = [line for line in _list_lines(app) if CURSOR_MARK in line]
        assert len(marked) == 1 and "Add an application" in marked[0], _list_lines(app)
        await pilot.press("down")
        await settle(app, pilot)
        moved = [line for line in _list_lines(app) if CURSOR_MARK in line]
        assert len(moved) == 1 and moved != marked, _list_lines(app)
        assert moved[0].lstrip(CURSOR_MARK + " ")  # the hit's title, not cut by the mark


async def test_in_colour_the_palette_has_no_mark(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "add")
        assert not [line for line in _list_lines(app) if CURSOR_MARK in line]


async def test_skills_marks_only_the_focused_column_without_colour(
    opened_paths: DataPaths, db: Database, no_colour: None
) -> None:
    seed_backlog(db)
    async with app_on(opened_paths, "skills", size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        marked = [line for line in screen_lines(app) if CURSOR_MARK in line]
        assert len(marked) == 1, marked
        assert marked[0].count(CURSOR_MARK) == 1, marked
        await pilot.press("l")  # the next column
        await settle_workers(pilot)
        moved = [line for line in screen_lines(app) if CURSOR_MARK in line]
        assert len(moved) == 1 and moved[0].count(CURSOR_MARK) == 1, moved
        assert moved[0].index(CURSOR_MARK) > marked[0].index(CURSOR_MARK)
