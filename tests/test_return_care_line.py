"""A return after days away has a care line of its own, in the coping card's place.

Back after a gap (a week or more) Today welcomed the person and said what waited gently
(tests/test_back_after_gap.py), but showed no care line: the coping card comes on a day with a
no or a low check-in, and a return was neither (``services/care.load_care_today`` asked
``is_hard_day`` without the days away). Coming back is a hard moment of its own; Today now
shows the app's line for it where the card goes, until the first action of the day, as the
welcome does. A kept card, about a no, is not shown for a return.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.care import load_care_today
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.screen_text import flat, screen_text
from tests.test_back_after_gap import _store
from tests.ui_harness import app_on, fill, settle, settle_workers

# Written out here, not read from the code: the words a person reads.
LINE = "Time away is no mark against you: long searches pause. Coming back counts."
CARD = "One no is one role at one company on one day."


def _keep_a_card(paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            "INSERT INTO coping_card (text, created_at) VALUES (?, '2026-02-01 10:00:00')",
            (CARD,),
        )
    conn.close()


def test_a_return_has_its_care_line_and_an_ordinary_day_none(opened_paths: DataPaths) -> None:
    _store(opened_paths)  # last here on 23 February, 21 days ago
    _keep_a_card(opened_paths)
    care = load_care_today(opened_paths.database, FIXED_TODAY, with_suggestions=False)
    assert (care.care_line, care.card, care.hard_day) == (LINE, None, True)


def test_six_days_away_has_no_care_line(opened_paths: DataPaths) -> None:
    _store(opened_paths, active=("2026-03-10",))
    care = load_care_today(opened_paths.database, FIXED_TODAY, with_suggestions=False)
    assert (care.care_line, care.hard_day) == (None, False)


async def test_today_shows_it_until_the_first_action(opened_paths: DataPaths) -> None:
    _store(opened_paths)
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert LINE in flat(screen_text(app)), screen_text(app)
        await pilot.press("c")
        await settle(pilot)
        await fill(pilot, mood="4")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        text = flat(screen_text(app))
        assert "Welcome back" not in text
        assert "Time away" not in text
        assert focus_problem(app) is None


async def test_the_line_is_whole_on_its_one_row_at_80x24(opened_paths: DataPaths) -> None:
    # Its first wording ended "… pauses in them. Com…" there: the card's place has one row.
    _store(opened_paths)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert any(LINE in row for row in screen_text(app).splitlines()), screen_text(app)
