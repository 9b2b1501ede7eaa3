"""Today at 80x24 keeps the people strip whole when the due list is short (issue 19).

Issue 19: "Today lists the next interviews and what to prepare; after an interview's time
passes, Today asks how it went". At 80x24, with an interview to ask about, the next
interview and its prep note were gone, and so was the follow-up, while the due list's box
kept seven empty rows under its one item (it claimed room for eight whatever it held).

The store is tests/test_people_pane.py's ``seeded``: Rita's technical interview at Initech
on Friday has passed, Acme's onsite on Wednesday is to come ("Two stories about teamwork"
to prepare), Rita is to be followed up today, and one item is due (Initech's recovery
plan). The clock is frozen on Monday 2026-03-16 09:30 (tests/conftest.py).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.today.board import TodayBoard
from tests.quiet import until_quiet
from tests.screen_text import screen_lines
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)

# What the people strip says for that store, by hand from the seed (its three lines).
ASK = "How did it go? Technical at Initech (Analyst), Fri 13 Mar 14:00"
# Set for 10:00 New York: its own time beside the person's, its zone's full name where
# there is room, its place at 80 columns.
NEXT = {
    80: "Wed 18 Mar 14:00 (10:00 New York)  Onsite: Acme (Engineer)",
    120: ("Wed 18 Mar 14:00 (10:00 America/New_York)  Onsite: Acme (Engineer)"),
}
# At 80 columns the own time and the role take the room what to prepare had: no word of it
# fits, so it is left out ("prepare: …" said nothing).
PREP = {80: "(N)", 120: "prepare: Two stories about teamwork"}
# Her line names her alone at 80 columns: a follow-up's words are chosen for the room a
# day of "12 days late" leaves, so they do not change with its day (today, "1 day late").
FOLLOW_UP = "Rita Okoye"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_the_next_interview_and_its_prep_stay_beside_the_ask(
    seeded: tuple[DataPaths, Any],  # noqa: F811
    size: tuple[int, int],
) -> None:
    paths, _ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=size) as pilot:
        await until_quiet(pilot)
        board = app.query_one("#today-body", TodayBoard)
        assert board.people is not None  # the people part is in
        lines = screen_lines(app)
        screen = "\n".join(lines)
        for wanted in (ASK, NEXT[size[0]], PREP[size[0]], FOLLOW_UP):
            assert wanted in screen, wanted
        assert "prepare: …" not in screen and "prepare…" not in screen, screen
        # The rest of Today is all there too: the next step, the one due item, every
        # figure inside its box, the trends' labels and the key bar.
        assert "Next step: Start your recovery plan for Initech (Analyst)" in screen
        # Its step cut before its day, which ends the line ("today"), at 80 columns; its
        # role only where it is whole ("Initech (Anal…)" read as another word).
        assert re.search(r"☐ Initech( \(Analyst\))?: Let yo.* today ", screen), screen
        for figure in ("Bounce-back day 0", "Last no", "This week", "Goal streak", "Plans"):
            assert figure in screen, figure
        assert "Active      1 day in a row" in screen
        assert "█ sent, then ▒ no's" in screen
        # The key bar (at 80 columns its short labels: `N` and `i` are on it too).
        assert ("n Next " if size[0] == 80 else "n Next step") in lines[size[1] - 1]
        plan = board.rows_plan()
        # The due box holds its one item and is as tall as the figures' box beside it (six
        # figures and its border), never shorter: no figure is cut.
        assert plan.cards_height >= len(board.figures.plain.splitlines()) + 2 == 8
        assert board.region.y + plan.first("trends") + 6 <= size[1] - 1  # type: ignore[operator]
        if size == (120, 40):  # room for everything: the blank lines are back
            assert plan.count("gap") == 2
        assert focus_problem(app) is None


# Ten more people to follow up, each a day or more late: with Rita and the plan, twelve
# items due, more than the due list's box shows at 80x24 (its "+N more" says the rest).
BUSY = tuple(f"Person {n:02d}" for n in range(10))


async def test_the_next_interview_stays_when_the_due_list_is_busy(
    seeded: tuple[DataPaths, Any],  # noqa: F811
) -> None:
    """At 80x24 a busy due list took every row the people strip had but the ask: Today said
    "How did it go?" and then "Due now", with no word of the interview on Wednesday."""
    from bounceback_tui.domain.people import validate_contact
    from bounceback_tui.services import people_edits
    from bounceback_tui.store.database import Database
    from tests.conftest import FIXED_TODAY

    paths, _ids = seeded
    db = Database(paths.database)
    try:
        for name in BUSY:
            form = {"name": name, "kind": "recruiter", "next_follow_up": "2026-03-12"}
            people_edits.add_contact(db, validate_contact(form, FIXED_TODAY))
    finally:
        db.dispose()
    app = BouncebackApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_quiet(pilot)
        board = app.query_one("#today-body", TodayBoard)
        lines = screen_lines(app)
        screen = "\n".join(lines)
        assert board.option_count >= 12  # the due list is busy
        assert "Due now · 12" in screen
        # Its box shows eight of them, as tall as the figures' box beside it (their six and
        # the borders, and two lines more: the boxes keep ten rows when the list is busy).
        assert "╰─ +4 more" in screen
        assert ASK in screen
        # The interview on Wednesday, its own time by its place (as at 80 columns above).
        assert "Wed 18 Mar 14:00 (10:00 New York)  Onsite: Acme (Engineer)" in screen
        assert "Next step: Start your recovery plan for Initech (Analyst)" in screen
        # Every figure is still whole in its box, and the trends are there.
        for figure in ("Bounce-back", "Last no", "This week", "Goal streak", "Plans", "Active"):
            assert figure in screen, figure
        assert "█ sent, then ▒ no's" in screen
        plan = board.rows_plan()
        assert plan.cards_height >= len(board.figures.plain.splitlines()) + 2
        assert focus_problem(app) is None
