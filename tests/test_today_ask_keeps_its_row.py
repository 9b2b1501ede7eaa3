"""Today's "How did it go?" keeps its row at 80x24 and at 60x20.

A walk on the demo store: an interview last Friday waits for its note. At 80x24 on a hard
day the kept card took the ask's one row, and after three weeks away the welcome back's line
took it (`h` stayed on the key bar, with nothing on screen saying what it asks about); at
60x20 the ask was not shown at all. The note is best written while the interview is fresh:
the ask now stays whatever the height, after the next interview and before the card, the
welcome back's line and, on a narrow board, the figures (ui/today/layout.py).

The clock stands at Monday 16 March 2026 (tests/conftest.py); the demo is filled on that day.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.test_today_layout import demo_on_a_hard_day
from tests.ui_harness import app_on, settle_workers

ASK = "How did it go? Phone screen at Lumen Health"
NEXT_INTERVIEW = "tomorrow 14:30"


def _away(paths: DataPaths) -> None:
    store_once(paths, fill_demo, 60)
    with sqlite3.connect(paths.database) as conn:  # nothing done for 21 days
        conn.execute("DELETE FROM activity_day WHERE day > '2026-02-23'")
    conn.close()


STORES = {
    "demo": lambda paths: store_once(paths, fill_demo, 60),
    "hard day": lambda paths: store_once(paths, demo_on_a_hard_day, 60),
    "back after three weeks": _away,
}
CASES = [(store, size) for store in STORES for size in ((80, 24), (60, 20))]


@pytest.mark.parametrize(
    ("store", "size"), CASES, ids=[f"{store}-{w}x{h}" for store, (w, h) in CASES]
)
async def test_the_ask_and_the_next_interview_have_their_rows(
    opened_paths: DataPaths, store: str, size: tuple[int, int]
) -> None:
    STORES[store](opened_paths)
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    people = [line.strip(" █") for line in lines if line.startswith(" █ ")]
    asks = [n for n, line in enumerate(people) if line.startswith(ASK)]
    ahead = [n for n, line in enumerate(people) if line.startswith(NEXT_INTERVIEW)]
    assert asks and ahead, "\n".join(lines)
    assert asks[0] < ahead[0], people  # as the strip lists them
    assert asks[0] == 1 or people[1].startswith("It ")  # under the title (or its reason)
    assert " h How it went" in lines[-1] or " h How did it go?" in lines[-1], lines[-1]


async def test_a_hard_days_card_gives_way_to_the_ask_at_80x24(opened_paths: DataPaths) -> None:
    store_once(opened_paths, demo_on_a_hard_day, 60)
    async with app_on(opened_paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        at_24 = "\n".join(screen_lines(run.app))
        await run.pilot.resize_terminal(80, 26)  # two rows more: the card has one
        await run.pilot.pause()
        await run.pilot.pause()
        at_26 = "\n".join(screen_lines(run.app))
    assert "A card you kept" not in at_24 and ASK in at_24, at_24
    assert "A card you kept" in at_26 and ASK in at_26, at_26
