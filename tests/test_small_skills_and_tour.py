"""Words cut mid-way in small terminals (a stranger's walk on the demo store): the Skills
suggestion at 60x20 ended "A add it  X n…" (the key bar names neither key), and the tour's
third button at 40x15 read "Skip the". The suggestion gives up words before its keys; the
button says "Skip" where "Skip the tour" does not fit."""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle, settle_workers

FORTY = (40, 15)


async def test_at_60x20_the_skill_suggestion_gives_up_words_before_its_keys(
    opened_paths: DataPaths,
) -> None:
    """The line ended "A add it  X n…", and the key bar names neither A nor X."""
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "skills", size=(60, 20)) as (app, pilot, _pane):
        await settle_workers(pilot)
        line = next(line for line in screen_lines(app) if " add" in line)
        assert "…" not in line, line
        assert line.split("█", 1)[1].split() == [
            "Practise",
            "that",
            "as",
            "a",
            "skill?",
            "A",
            "add",
            "it",
            "X",
            "not",
            "now",
        ], line


async def test_at_40x15_the_tour_s_skip_button_reads_whole(opened_paths: DataPaths) -> None:
    """The third button read "Skip the"."""
    from textual.widgets import Button

    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.screens.tour import TourScreen

    app = BouncebackApp(opened_paths, welcome=True)
    async with app.run_test(size=FORTY) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await settle(pilot, 4)
        assert isinstance(app.screen, TourScreen)
        skip = app.screen.query_one("#tour-skip", Button)
        label = str(skip.label)
        assert label in ("Skip", "Skip the tour"), label
        row = next(line for line in screen_lines(app) if "Next" in line)
        assert f" {label} " in row, (label, row)
        assert skip.region.right <= app.screen.query_one("#tour-buttons").region.right
