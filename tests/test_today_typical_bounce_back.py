"""Today's "typ." (the typical bounce-back) is shown from three nos in 90 days, and `?` says
what it is.

A stranger read "Bounce-back 1 day · typ. 1" after a single no: "typ." was explained
nowhere a person looks, and a "typical" of one value is the latest again. The typical one
now needs three nos with a bounce-back in the last 90 days (docs/metrics.md), and the keys
screen on Today says what the figures' "typ." means.

The store: today_fixtures.py, whose nos in the last 90 days bounced back in 3 days (Alpha),
10 (Charlie), 4 (Romeo) and 2 (Sierra, the latest).
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from bounceback_tui.ui.today.figures import figures_text
from tests.conftest import FIXED_TODAY
from tests.screen_text import is_on_screen
from tests.today_fixtures import build_store
from tests.ui_harness import app_on, settle


def _without(paths: DataPaths, *companies: str) -> None:
    with sqlite3.connect(paths.database) as conn:
        for company in companies:
            conn.execute(
                "DELETE FROM recovery_step WHERE rejection_id IN "
                "(SELECT id FROM rejection WHERE company = ?)",
                (company,),
            )
            conn.execute("DELETE FROM rejection WHERE company = ?", (company,))


def _bounce_back_line(paths: DataPaths) -> str:
    summary = load_today(paths.database, FIXED_TODAY)
    return figures_text(summary).plain.splitlines()[0]


def test_three_nos_give_a_typical(opened_paths: DataPaths) -> None:
    build_store(opened_paths.database)
    _without(opened_paths, "Charlie")  # 3, 4 and 2 days: the middle one is 3
    assert _bounce_back_line(opened_paths) == "Bounce-back 2 days · typ. 3"


def test_two_nos_give_none(opened_paths: DataPaths) -> None:
    build_store(opened_paths.database)
    _without(opened_paths, "Charlie", "Alpha")  # 4 and 2 days: too few for a typical
    assert load_today(opened_paths.database, FIXED_TODAY).bounce_back_days_median_90d is None
    assert _bounce_back_line(opened_paths) == "Bounce-back 2 days"


async def test_the_keys_screen_on_today_says_what_typ_means(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=(100, 40)) as (app, pilot, _pane):
        await pilot.press("question_mark")
        await settle(pilot)
        assert is_on_screen(app, '"typ." beside it is your typical bounce-back')
        assert is_on_screen(app, "three to take it from")
