"""Today keeps an interview today or tomorrow on screen, and an overdue item's lateness.

A new user's walk on the demo store at exactly 80x24: Today showed "How did it go?" about
last week's phone screen, and not the phone screen that evening (nor the rest of the week),
which 80x26, 60x20 and 120x40 all showed. Side by side at 80 columns the figures (every
one, never cut), the trends and the due list's ten rows stay whole, and the two rows left
went to the people strip's first line (the ask) and the next step's reason; stacked at
60x20 the figures and the trends make way, and the strips had seven rows. An interview
today or tomorrow now always has its line (ui/today/layout.py), and the ask after it.

The due list at 80 columns cut "? Ask Riverstone Legal for feedbac…": "overdue 24 days"
went first. An overdue item's lateness now stays whole and what is due is cut before it.

The store: eight applications whose follow-ups are overdue (Riverstone Legal's the oldest,
12 days), an interview last Friday not yet told how it went, and four this week, the first
this evening. The clock is Monday 2026-03-16 09:30, Europe/London (tests/conftest.py).
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest
from textual.content import Content

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.due import follow_up_item
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.today.board_rows import DuePrompt, with_key
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

# (company, role, follow-up day): all applied on Monday 2 March.
FOLLOW_UPS = [
    ("Riverstone Legal", "Security Engineer", "2026-03-04"),
    ("Acme", "Engineer", "2026-03-05"),
    ("Initech", "Analyst", "2026-03-06"),
    ("Globex", "Designer", "2026-03-09"),
    ("Hooli", "Engineer", "2026-03-10"),
    ("Umbrella", "Writer", "2026-03-11"),
    ("Stark", "Engineer", "2026-03-12"),
    ("Wayne", "Analyst", "2026-03-13"),
]
# (company, kind, day, time, what to prepare)
INTERVIEWS = [
    ("Harbor Freight", "phone_screen", "2026-03-13", "15:00", ""),
    ("Lumen Health", "phone_screen", "2026-03-16", "19:00", ""),
    ("Driftwood Games", "technical", "2026-03-17", "13:30", "Re-read the posting"),
    ("Bluefin Labs", "onsite", "2026-03-19", "10:00", ""),
    ("Cinder Audio", "final", "2026-03-20", "11:00", ""),
]

# What the people strip says, by hand from the rows above.
ASK = "How did it go? Phone screen at Harbor Freight (Engineer), Fri 13 Mar 15:00  (h)"
TONIGHT = "today 19:00  Phone screen: Lumen Health (Engineer)  (N)"
TOMORROW = "tomorrow 13:30  Technical: Driftwood Games (Engineer)  prepare: Re-read the posting"
# Counted over the next seven days, not Monday to Sunday as the figures' "This week" is.
MORE = "and 2 more in the next 7 days"
# Riverstone Legal's follow-up. The pane has a cell of margin each side: at 80 columns the
# due list's box is 78 less the figures' 36 and a gap, 41, and an item's words have 35
# cells of it (its border, padding and scroll bar take 6). "  12 days late" takes 14, the
# follow-up 21: "Follow up with" given up first, then its role, which has no whole word in
# the room beside the company ("Riverston… (Secur…)" read as other words:
# tests/test_today_names_cut_apart.py). At 60 (the list across the
# 58) 52 cells: 38, room for the name whole without "Follow up with". At 120 all of it. How
# late it is ends at the line's right edge, the words padded to it: at 120, 75 cells of
# words, 8 (61 less 53).
DUE_80 = "✉ Riverstone Legal     12 days late"
DUE_60 = "✉ Riverstone Legal (Security Engineer)  12 days late"
DUE_120 = "✉ Follow up with Riverstone Legal (Security Engineer)" + " " * 8 + "  12 days late"


def build_week_of_interviews(paths: DataPaths) -> None:
    """The store this module describes (tests/test_today_bar_keys.py starts from it too)."""
    db = Database(paths.database)
    try:
        for company, role, follow_up in FOLLOW_UPS:
            add_application(
                db,
                ApplicationInput(
                    company=company,
                    role=role,
                    date_applied=date(2026, 3, 2),
                    next_follow_up=date.fromisoformat(follow_up),
                ),
            )
        for company, kind, day, at, prep in INTERVIEWS:
            app = add_application(
                db,
                ApplicationInput(
                    company=company,
                    role="Engineer",
                    stage=Stage.INTERVIEWING,
                    date_applied=date(2026, 3, 2),
                ),
            )
            assert app.id
            values = {"kind": kind, "day": day, "at": at, "zone": "Europe/London"}
            if prep:
                values["prep_notes"] = prep
            interviews.add_interview(db, app.id, validate_interview(values, FIXED_TODAY))
    finally:
        db.dispose()


def _row(lines: list[str], text: str) -> int | None:
    """Which of ``lines`` shows ``text``: whole, or cut with an ellipsis (60 columns), at
    its end or before its key ("…  (h)")."""
    for index, line in enumerate(lines):
        if line == text or (line.endswith("…") and text.startswith(line[:-1])):
            return index
        words, _, key = line.rpartition("…")
        if words and key and text.startswith(words) and text.endswith(key):
            return index
    return None


@pytest.fixture
def week_of_interviews(opened_paths: DataPaths) -> DataPaths:
    build_week_of_interviews(opened_paths)
    return opened_paths


# Size, then whether each people line is on screen, and the due list's first line.
# 80x24 (a board of 20 rows): the top line, the next step's title, the boxes' 10 rows (eight
# items) and the trends' 6 leave 2: tonight's interview has one whatever the height, the
# ask the other. 80x26: 2 rows more, the next step's reason and tomorrow's interview.
# 60x20: stacked, tonight's interview and the ask keep their lines (what has a day on it
# first: tests/test_today_ask_keeps_its_row.py), the figures come whole under one due item
# where they still fit (a person sees their figures: a tester's walk), the trends make way.
# 60x30: every line fits.
CASES = [
    ((80, 24), (True, True, False, False), DUE_80),
    ((80, 26), (True, True, True, False), DUE_80),
    ((60, 20), (True, True, False, False), DUE_60),
    ((60, 30), (True, True, True, True), DUE_60),
    ((120, 40), (True, True, True, True), DUE_120),
]


@pytest.mark.parametrize(
    ("size", "wanted", "due"), CASES, ids=[f"{w}x{h}" for (w, h), _, _ in CASES]
)
async def test_tonights_interview_and_an_overdue_items_days_stay_on_screen(
    week_of_interviews: DataPaths, size: tuple[int, int], wanted: tuple[bool, ...], due: str
) -> None:
    async with app_on(week_of_interviews, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        lines = screen_lines(app)
        people = [line.strip(" █") for line in lines if line.startswith(" █ ")]
        # An interview's line may end "+2 more" (tests below): the line is there all the same.
        people = [re.sub(r"  \+\d more$", "", line) for line in people]
        rows = {text: _row(people, text) for text in (ASK, TONIGHT, TOMORROW, MORE)}
        if rows[TONIGHT] is None:  # its role gives way to "+3 more" (60x20)
            rows[TONIGHT] = _row(people, TONIGHT.replace(" (Engineer)", ""))
        if rows[TOMORROW] is None:  # "+2 more" in place of what to prepare
            rows[TOMORROW] = _row(people, TOMORROW.partition("  prepare:")[0])
        for text, shown in zip(rows, wanted, strict=True):
            assert (rows[text] is not None) is shown, (size, text, people)
        # The ask comes before tonight's interview, as the strip lists them.
        assert rows[TONIGHT] is not None
        assert rows[ASK] is None or rows[ASK] < rows[TONIGHT]
        first_due = next(line for line in lines if "Riverston" in line and "│" in line)
        assert f"│ {due} " in first_due, first_due
        assert " n Next" in lines[-1]  # the key bar under it all


# A follow-up twelve days late, on a line of each width: "  12 days late" takes 14 cells.
# It keeps its role (tests/test_today_names_cut_apart.py): "Follow up with" goes first (its
# "✉" says it), then "Company (Role)" is cut part by part, each at a word's end where it
# can be, its closing bracket kept, the role left out where no whole word of it fits ("Sec…"
# read as another word). 40: 26 for the words, the company cut for the role's first word.
# 30 and 33: the company alone. 51: 37, one too few for the name (36, with its icon 38):
# its role cut. 54 and 60: the name whole. Words shorter than their room are padded
# to it, so how late ends at the right edge.
NARROW = [
    ("Riverstone Legal", 40, "✉ Riverstone… (Security…)" + " " * 3 + "12 days late"),
    ("Riverstone Legal", 30, "✉ Riverstone…" + " " * 5 + "12 days late"),
    ("Riverstone Legal and Partners International", 33, "✉ Riverstone Legal…  12 days late"),
    ("Riverstone Legal", 51, "✉ Riverstone Legal (Security…)" + " " * 9 + "12 days late"),
    ("Riverstone Legal", 54, "✉ Riverstone Legal (Security Engineer)" + " " * 4 + "12 days late"),
    ("Riverstone Legal", 60, "✉ Riverstone Legal (Security Engineer)" + " " * 10 + "12 days late"),
]


@pytest.mark.parametrize(("company", "width", "wanted"), NARROW)
def test_a_follow_up_too_long_for_its_line_gives_up_its_words_then_cuts_its_name(
    company: str, width: int, wanted: str
) -> None:
    item = follow_up_item(4, company, "Security Engineer", date(2026, 3, 4), FIXED_TODAY)
    summary: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads
    assert DuePrompt(partial(due_prompt, item, summary)).fitted(width).plain == wanted


async def test_at_60_columns_the_ask_keeps_its_key_whole(week_of_interviews: DataPaths) -> None:
    """At 60 columns the ask was cut before its key ("How did it go? Phone screen at Harbor
    Freight, Fri 13 Mar…"): nothing on screen said `h` answers it. Its words are cut
    before the key now. The strip's lines have 55 cells (the pane's margins, the bar and
    its gap, the padding after), "  (h)" takes 5: 49 of the words and an ellipsis. (At
    60x20 the figures take the rows it had: 60x30 has the room.)"""
    async with app_on(week_of_interviews, size=(60, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        people = [line.strip(" █") for line in screen_lines(app) if line.startswith(" █ ")]
        # Cut at a word's end before its key: the role's "(En…" read as another word.
        assert "How did it go? Phone screen at Harbor Freight…  (h)" in people, people
        # The next one's "today 19:00" leaves its name room to be whole, its key kept.
        assert "today 19:00  Phone screen: Lumen Health (Engineer)  (N)" in people


def test_words_cut_before_their_key_end_on_a_letter() -> None:
    """Cut where a space falls, the ellipsis follows the word before it: "Thu…  (h)" (at
    48 columns the ask read "Lumen …  (h)")."""
    words = Content("How did it go? Phone screen at Lumen Health, Thu 3 Dec 15:00")
    # 27 cells: 22 for the words, 21 and an ellipsis, the 21st a space after "Phone".
    assert with_key(words, Content("  (h)"), 27).plain == "How did it go? Phone…  (h)"
    # 28: "Phone s…" would end inside a word; the cut goes back to the word before.
    assert with_key(words, Content("  (h)"), 28).plain == "How did it go? Phone…  (h)"


# At 80x24 the strip showed tonight's interview and no word of the three after it (a
# stranger's walk): the last interview shown says how many are not. At 80x26 tomorrow's line
# says it, in place of what to prepare, which leaves too little room for both (75 cells).
MORE_SHORT = [
    ((80, 24), "today 19:00  Phone screen: Lumen Health (Engineer)  (N)  +3 more"),
    ((80, 26), "tomorrow 13:30  Technical: Driftwood Games (Engineer)  +2 more"),
]


@pytest.mark.parametrize(("size", "wanted"), MORE_SHORT, ids=["80x24", "80x26"])
async def test_a_short_board_says_how_many_interviews_it_leaves_out(
    week_of_interviews: DataPaths, size: tuple[int, int], wanted: str
) -> None:
    async with app_on(week_of_interviews, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        people = [line.strip(" █") for line in screen_lines(app) if line.startswith(" █ ")]
        assert wanted in people, people
        assert not any(MORE in line for line in people)
