"""Recovery's `n` question for a company with applications open in the Pipeline uses the room
the screen has (a tester's walk at 120x40: `3`, `n`, "Lumen Health", "QA Lead", ctrl+s). Its
list kept to six rows on a 40-row screen: three entries of two lines each were seen, the
first scrolled away for the highlighted last one, and a role was cut "(Machine Learning
Engine…)" with the line half empty."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.recovery.open_choice import OpenApplicationChoiceScreen
from tests.pipeline_fixtures import add
from tests.screen_text import screen_text
from tests.test_recovery_open_choice_fixes import _record
from tests.ui_harness import app_on, settle


def _lumen(db: Database) -> None:
    """Three applications open at Lumen Health, each with a follow-up (two lines an entry)."""
    for role, applied, follow_up in (
        ("Data Analyst", "2026-03-02", "2026-03-20"),
        ("Data Analyst", "2026-03-09", "2026-03-23"),
        ("Machine Learning Engineer", "2026-03-11", "2026-03-25"),
    ):
        add(db, "Lumen Health", role, date_applied=applied, next_follow_up=follow_up)


def _in_view(options: OptionList, index: int) -> bool:
    """Whether every line of entry ``index`` is inside the list's rows."""
    top = options.scroll_offset.y
    lines = [line for line, (option, _) in enumerate(options._lines) if option == index]
    return bool(lines) and top <= lines[0] and lines[-1] < top + options.size.height


async def test_at_120x40_every_entry_is_in_view_and_names_are_whole(
    opened_paths: DataPaths, db: Database
) -> None:
    _lumen(db)
    async with app_on(opened_paths, "recovery", size=(120, 40)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "Lumen Health", "QA Lead")
        await settle(pilot, 3)
        assert isinstance(app.screen, OpenApplicationChoiceScreen)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 4
        for index in range(options.option_count):
            assert _in_view(options, index), (index, options.scroll_offset, options.size)
        assert options.highlighted is not None and _in_view(options, options.highlighted)
        assert "Lumen Health (Machine Learning Engineer)" in screen_text(app)
        assert "…" not in str(options.get_option_at_index(0).prompt)
        assert focus_problem(app) is None


async def test_at_80x12_it_still_fits_with_the_highlighted_entry_in_view(
    opened_paths: DataPaths, db: Database
) -> None:
    _lumen(db)
    async with app_on(opened_paths, "recovery", size=(80, 12)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "Lumen Health", "QA Lead")
        await settle(pilot, 3)
        screen = app.screen
        box = screen.query_one("#open-choice-box")
        keys = screen.query_one(".form-keys", Static)
        options = screen.query_one(OptionList)
        assert box.region.y >= 0 and box.region.bottom <= 11, box.region  # above the key bar
        assert options.region.bottom <= keys.region.y, (options.region, keys.region)
        assert keys.region.bottom <= box.region.bottom - 1
        assert options.highlighted is not None and _in_view(options, options.highlighted)
        assert focus_problem(app) is None


async def test_at_80x24_the_first_entry_stays_in_view_with_the_highlighted_one(
    opened_paths: DataPaths, db: Database
) -> None:
    _lumen(db)
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "Lumen Health", "QA Lead")
        await settle(pilot, 3)
        options = app.screen.query_one(OptionList)
        assert options.highlighted is not None and _in_view(options, options.highlighted)
        assert _in_view(options, 0), (options.scroll_offset, options.size)
        assert app.screen.query_one("#open-choice-box").region.bottom <= 23
        assert focus_problem(app) is None
