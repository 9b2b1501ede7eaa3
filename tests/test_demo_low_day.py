"""The demo shows what a low check-in does: grounding, talking it through, a reframe.

Found in the demo at 80x24: the demo seeded today's check-in, a low one (2/5), so Today
said it was done, and a newcomer checking in low to see what the app offers on a hard day
met nothing (the offer comes once a day, when a low check-in is saved; the seeded one had
"used" it without ever showing it). The demo now leaves today's check-in to the person, as a
real morning does; the days before keep theirs, so the mood trend still has a history.
"""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import OptionList

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.demo_store import DEMO_SCALE
from tests.built_stores import store_once
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers


def _check_ins(paths: DataPaths) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(paths.database) as conn:
        return {day: mood for day, mood in conn.execute("SELECT day, mood FROM check_in")}


async def test_checking_in_low_in_the_demo_offers_what_a_real_low_day_does(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.care.low_day import LowDayScreen

    store_once(opened_paths, fill_demo, DEMO_SCALE)  # the demo a newcomer opens
    today = clock.today()
    moods = _check_ins(opened_paths)
    async with app_on(opened_paths, "today", size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown_first = screen_text(app)
        await pilot.press("c")
        await settle_workers(pilot)
        # Space opens the mood select: two down from the blank is "2 · low".
        await pilot.press("space", "down", "down", "enter")
        await settle_workers(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, LowDayScreen), type(app.screen).__name__
        offered = [o.id for o in app.screen.query_one("#lowday-options", OptionList).options]
        assert {"breathe", "senses", "talk", "reframe"} <= set(offered)
        assert app.focused is not None
    assert "No check-in yet today" in shown_first, "Today asks for today's check-in"
    assert today.isoformat() not in moods, "today's check-in is the person's to make"
    assert (today - timedelta(days=1)).isoformat() in moods, "the days before keep theirs"
