"""Text cut where a person could not tell, at 80x24 and 60x20 (a walk on the demo store).

- Recovery at 60x20: the highlighted step's text was cut by its box's last row with no "…":
  nothing said there was more. Its last row now ends with an ellipsis, at a word's end.
- Today's due list marked an application with no word for weeks ("ghosted?") with "…",
  which read as a cut beside the lines really cut. It has an icon of its own now.
- Today at 80 columns: "? Ask Riverstone…  overdue 24 days" lost "for feedback", and with
  it what to do. The company is cut now, and the words around it stay whole.
- Skills at 80x24: a card's target read "due Dec", a month with no day to act on. It keeps
  the day and the month, and the kind before it gives way instead ("Techni… · due 29 Dec").

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.due import feedback_item, ghosted_item
from bounceback_tui.domain.skills import SkillInput, SkillKind, SkillStatus
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import skill_moves
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.today.board_rows import DuePrompt
from bounceback_tui.ui.today.text import _ICONS, due_prompt
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, recorded_on_its_day
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle, settle_workers

EIGHTY = (80, 24)
SIXTY = (60, 20)


def _due_lines(lines: list[str]) -> list[str]:
    """The due list's lines, inside its box's left border."""
    return [line.split("│")[1].strip() for line in lines if line.startswith(" │ ")]


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
    # stopped at "wanted. Give the disappoin", mid-word, nothing saying more followed. The
    # "…" comes at a word's end (tests/test_recovery_step_text_word_end.py), not "disappo…".
    start = lines.index("Being turned down stings,")
    assert lines[start : start + 3] == [
        "Being turned down stings,",
        "more so for a job you",
        "wanted. Give the…",
    ], lines


async def test_a_quiet_application_is_not_marked_with_an_ellipsis(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        # Sent 43 days ago with no word since: Today asks whether it was ghosted.
        add_application(
            db, ApplicationInput(company="Globex", role="Analyst", date_applied=date(2026, 2, 1))
        )
    finally:
        db.dispose()
    async with app_on(opened_paths, size=EIGHTY) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        due = _due_lines(screen_lines(run.app))
    # "◌": an empty, dotted circle, for an application gone quiet (docs/keys.md, Today).
    # Too long for the box, "No word from" goes and the question is kept (the line below);
    # it read "◌ No word from Globex (A…: ghosted?" (tests/test_today_ghosted_role_kept.py).
    # Its role goes before its day (tests/test_today_due_one_form.py).
    assert due[0] == "◌ Globex: ghosted?" + " " * 10 + "43d ago", due
    assert not any(line.startswith("…") for line in due), due


def test_the_keys_doc_explains_every_due_icon() -> None:
    keys = (Path(__file__).resolve().parent.parent / "docs" / "keys.md").read_text("utf-8")
    today = keys.split("## Today", 1)[1].split("\n## ", 1)[0]
    assert "…" not in _ICONS.values()
    for icon in _ICONS.values():
        assert f"`{icon}` a" in today, icon


async def test_at_80_columns_a_feedback_ask_keeps_for_feedback(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        # A no 24 days ago: the plan's feedback step is well past its day.
        no = add_rejection(db, "Riverstone Legal", "Paralegal", rejected_on=date(2026, 2, 20))
        recorded_on_its_day(db, no)  # one recorded today is not flagged for two days
    finally:
        db.dispose()
    async with app_on(opened_paths, size=EIGHTY) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        due = _due_lines(screen_lines(run.app))
    # The due list's words have 35 cells at 80 columns (tests/test_today_soon_interview.py):
    # "? Ask Riverstone Legal (Paralegal) for feedback" is 47, "  21 days late" 14 more.
    # What to do is kept before its day and its role ("Ask … for feedback": a "?" alone does
    # not say it), the company never cut inside its first word: "21d late", even "late",
    # would leave it too little, so its day gives way, never to a bare "due", which read as
    # due today (tests/test_today_overdue_says_when.py).
    assert due[0] == "? Ask Riverstone Legal for feedback", due


# A feedback request 21 days past its day on lines of each width; a plan's step, it says the
# day it was for (tests/test_plan_steps_was_due.py). Whole, it takes 51 cells: "? Ask
# Riverstone Legal for feedback" (35) and "  was due 23 Feb" (16). Narrower, the company is
# cut and the day kept whole; 40: "due 23 Feb" (12 cells); 35, how late, "21d late" (10),
# 32 "late": never the day alone, which did not say it had passed
# (tests/test_today_was_due_narrow.py), nor a bare "due", which read as due today
# (tests/test_today_overdue_says_when.py; narrower: tests/test_today_feedback_narrow.py).
FEEDBACK = [
    (51, "? Ask Riverstone Legal for feedback  was due 23 Feb"),
    (45, "? Ask Riverston… for feedback  was due 23 Feb"),
    (42, "? Ask Rivers… for feedback  was due 23 Feb"),
    (40, "? Ask Riversto… for feedback  due 23 Feb"),
    (35, "? Ask River… for feedback  21d late"),
    (32, "? Ask Rivers… for feedback  late"),
]


@pytest.mark.parametrize(("width", "wanted"), FEEDBACK)
def test_a_feedback_ask_too_long_for_its_line_cuts_the_company(width: int, wanted: str) -> None:
    # Rejected 21 days before the clock's day, the feedback step due on the day itself.
    item = feedback_item(7, 3, "Riverstone Legal", date(2026, 2, 23), 0, FIXED_TODAY)
    assert item.flagged
    summary: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads
    assert DuePrompt(partial(due_prompt, item, summary)).fitted(width).plain == wanted


# What the cards' second lines say, by hand. At 80x24 a card has 22 cells inside (no scroll
# bar: three items to do): "Soft skill · due 17 Jan" takes 23, so the kind is cut to make
# room for the day; "Technical · due 29 Dec" takes 22 and fits. At 120x40, 35: the year
# too where it is not this year's.
CARDS = [
    (
        EIGHTY,
        ("Soft ski… · due 17 Jan", "Technical · due 29 Dec", "Technical · due 2 Apr"),
        "Soft sk… · done 30 Oct",
    ),
    (
        (120, 40),
        ("Soft skill · due 17 Jan 2027", "Technical · due 29 Dec", "Technical · due 2 Apr"),
        "Soft skill · done 30 Oct 2025",
    ),
]


@pytest.mark.parametrize(("size", "due", "done"), CARDS, ids=["80x24", "120x40"])
async def test_a_skill_cards_date_keeps_its_day_and_month(
    opened_paths: DataPaths, size: tuple[int, int], due: tuple[str, ...], done: str
) -> None:
    db = Database(opened_paths.database)
    add = skill_service.add_skill
    try:
        add(db, SkillInput("Telling stories", SkillKind.SOFT_SKILL, target_date=date(2027, 1, 17)))
        add(db, SkillInput("Kubernetes", SkillKind.TECHNICAL, target_date=date(2026, 12, 29)))
        add(db, SkillInput("SQL joins", SkillKind.TECHNICAL, target_date=date(2026, 4, 2)))
        salary = add(db, SkillInput("Negotiating salary", SkillKind.SOFT_SKILL))
        clock.freeze(datetime(2025, 10, 30, 18, 0))
        try:
            skill_moves.set_status(db, salary, SkillStatus.DONE)
        finally:
            clock.freeze(datetime(2026, 3, 16, 9, 30))
    finally:
        db.dispose()
    async with app_on(opened_paths, "skills", size=size) as run:
        await settle(run.pilot)
        cards = [line.strip() for row in screen_lines(run.app) for line in row.split("│")]
    for line in (*due, done):
        assert line in cards, cards


# A quiet application at 80x24: the due box has 37 cells inside. Whole, the line takes 73:
# "◌ No word from Quarry & Co (Technical Writer): ghosted?" (55) and "  sent 15 days ago"
# (18). It read "◌ No word from Quarry & Co (Techni…", the question cut away; now the name
# is cut, and the question stays; "No word from" goes before the role is cut (it read "◌ No
# word from Quarry & Co…: ghosted?": tests/test_today_ghosted_role_kept.py), and the role
# goes before its day (tests/test_today_due_one_form.py).
GHOSTED = [
    (73, "◌ No word from Quarry & Co (Technical Writer): ghosted?  sent 15 days ago"),
    (37, "◌ Quarry & Co: ghosted?" + " " * 7 + "15d ago"),
]


@pytest.mark.parametrize(("width", "wanted"), GHOSTED)
def test_a_quiet_applications_line_cuts_the_name_not_the_question(width: int, wanted: str) -> None:
    item = ghosted_item(4, "Quarry & Co", "Technical Writer", FIXED_TODAY - timedelta(days=15))
    summary: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads
    assert DuePrompt(partial(due_prompt, item, summary)).fitted(width).plain == wanted
