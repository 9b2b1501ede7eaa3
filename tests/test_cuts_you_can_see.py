"""Text cut where a person could not tell, at 80x24 and 60x20 (a walk on the demo store).

- Recovery at 60x20: the highlighted step's text was cut by its box's last row with no "…":
  nothing said there was more. Its last row now ends with an ellipsis.

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle

EIGHTY = (80, 24)
SIXTY = (60, 20)


async def test_at_60x20_a_steps_text_cut_by_its_box_ends_with_an_ellipsis(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        add_rejection(db, "Larkspur AI", "Frontend Developer", rejected_on=date(2026, 3, 12))
    finally:
        db.dispose()
    async with app_on(opened_paths, "recovery", size=SIXTY) as run:
        app, pilot = run.app, run.pilot
        await pilot.press("enter")
        await settle(pilot)
        lines = [line.split("▊ ", 1)[-1].rstrip() for line in screen_lines(app)]
    # The first step's text, under the plan's steps: three lines of 25 cells at 60x20. It
    # stopped at "wanted. Give the disappoin", mid-word, nothing saying more followed.
    start = lines.index("Being turned down stings,")
    assert lines[start : start + 3] == [
        "Being turned down stings,",
        "more so for a job you",
        "wanted. Give the disappo…",
    ], lines
