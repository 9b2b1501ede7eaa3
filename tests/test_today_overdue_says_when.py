"""Today's overdue plan steps and feedback asks say when, at 80 to 86 columns.

Found on the demo store at 80x24 (the clock at Tuesday 5 January 2027): "│ ? Ask Harbor… for
feedback      due   │", "│ ? Ask Pinecrest… for feedback   due   │" and "│ ☐ Riverstone Legal
(Site…)      due   │", where the `today` command said "(was due 25 Dec 2026)". A bare "due"
reads as due today. Where its day ("due 25 Dec 2026") does not fit, a step past its day now
says how late, as the box says it of the follow-ups beside it ("11d late"), then "late", and
"Ask … for feedback" stays before it (ui/today/text.py, domain/due_said.was_due_late).
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection, recorded_on_its_day
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

# Its day in the box's words ("due 25 Dec 2026", "was due 1 Jan"), or how late ("11d late").
SAYS_WHEN = re.compile(r"  ((was )?due \d{1,2} [A-Z][a-z]{2}( \d{4})?|\d+d late)$")


def _overdue_lines(lines: list[str]) -> list[str]:
    """The due box's plan steps and feedback asks, without the box or its scroll bar."""
    box = [line.split("│")[1] for line in lines if re.match(r" │ [?☐] ", line)]
    return [line.strip(" ▁▂▃▄▅▆▇█") for line in box]


@pytest.mark.parametrize("width", [80, 82, 84, 86])
async def test_every_overdue_step_says_when(opened_paths: DataPaths, width: int) -> None:
    clock.freeze(datetime(2027, 1, 5, 9, 0))
    db = Database(opened_paths.database)
    try:
        # Three no's, each with a plan whose steps have passed their day: the feedback asks
        # were due three days after each no (11 December, 25 December 2026, 1 January).
        for company, role, day in (
            ("Harbor Freight Tech", "Frontend Developer", date(2026, 12, 22)),
            ("Pinecrest Retail", "Product Manager", date(2026, 12, 29)),
            ("Riverstone Legal", "Site Reliability Engineer", date(2026, 12, 8)),
        ):
            recorded_on_its_day(db, add_rejection(db, company, role, rejected_on=day))
    finally:
        db.dispose()
    async with app_on(opened_paths, size=(width, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    steps = _overdue_lines(lines)
    screen = "\n".join(lines)
    assert len(steps) == 6, screen  # an ask and a step for each no
    for line in steps:
        assert not line.endswith(" due"), screen  # a bare "due" reads as due today
    for step in [line for line in steps if line.startswith("☐ ")]:
        assert SAYS_WHEN.search(step), screen
    asks = [line for line in steps if line.startswith("? ")]
    assert len(asks) == 3, screen
    for ask in asks:
        # What to do stays before when. Its company is never cut inside its first word
        # (tests/test_today_cuts_at_words.py): where "11d late" leaves too little of it,
        # "late", then nothing.
        said = ask.partition(" for feedback")[2]
        assert re.match(r"\? Ask \S.*…? for feedback", ask), screen
        assert not said or SAYS_WHEN.search(ask) or said.endswith("  late"), screen
        if width == 86:  # room for each to say its day or how late
            assert SAYS_WHEN.search(ask), screen
