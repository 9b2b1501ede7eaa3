"""Today's key bar shows `N` and `i` while Today lists an interview, and every key its words
name.

A new user's walk: an interview line said "(N)" and the bar never showed `N` (nor `i`, the
answer bank); both were declared off the bar. They are on it now while Today lists an
interview (`i` also while the answer bank holds a question), with short labels where 80
columns need them; the keys the screen's words name ("(n)", "· c", "(h)", "(N)") come first,
so a narrow bar gives up the others. Without an interview both keys still work.
"""

from __future__ import annotations

import re

import pytest

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.answers import add_question
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.screen_text import screen_lines
from tests.test_today_soon_interview import build_week_of_interviews
from tests.ui_harness import app_on, settle, settle_workers, toasts

# The bar at 80 columns with an interview to ask about, by hand: every key's full label and
# `?` come to 98 cells (13, 12, 18, 18, 18, 11 and 8), more than 80; Quit and the palette go
# first, then the short labels make it 78; the due list's Open (after the pane's keys,
# tests/test_today_bar_open.py) then fits without the gap after each label.
SHORT = [
    ("n", "Next"),
    ("c", "Check in"),
    ("h", "How it went"),
    ("N", "Interview"),
    ("w", "Working"),
    ("i", "Answers"),
    ("⏎", "Open"),
    ("?", "Keys"),
]
FULL = [
    ("n", "Next step"),
    ("c", "Check in"),
    ("h", "How did it go?"),
    ("N", "Edit interview"),
    ("w", "What's working"),
    ("i", "Answers"),
    ("⏎", "Open"),
    ("?", "Keys"),
    ("q", "Quit"),
]
# At 60 columns (short labels, no gaps) the keys after `N` do not fit: `?` stays.
# At 60 columns `w`, `i` and Open are left out, and `?` says so (tests/test_key_bar_says_more.py).
NARROW = [("n", "Next"), ("c", "Check in"), ("h", "How it went"), ("N", "Interview"), ("?", "More")]


@pytest.fixture
def week_of_interviews(opened_paths: DataPaths) -> DataPaths:
    build_week_of_interviews(opened_paths)
    return opened_paths


@pytest.mark.parametrize(
    ("size", "wanted"),
    [((80, 24), SHORT), ((60, 20), NARROW), ((120, 40), FULL)],
    ids=["80x24", "60x20", "120x40"],
)
async def test_the_keys_todays_words_name_are_on_the_bar(
    week_of_interviews: DataPaths, size: tuple[int, int], wanted: list[tuple[str, str]]
) -> None:
    async with app_on(week_of_interviews, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        shown = app.screen.query_one(KeyBar).shown()
        assert shown[: len(wanted)] == wanted
        keys = {key for key, _label in shown}
        # Every "(x)" Today's words name (the next step's, the ask's, the interview's) and
        # the check-in's "· c" are keys on the bar.
        board = "\n".join(screen_lines(app)[3:-1])
        named = set(re.findall(r"\((\w)\)", board))
        # At 60 columns too: the ask's words are cut before its "(h)", not the key (at 60x20
        # the figures take the ask's row, tests/test_today_narrow_figures.py: `h` stays on the
        # bar all the same, above).
        assert {"n", "N"} <= named
        assert "h" in named or size == (60, 20)
        assert "No check-in yet today · c" in board
        assert named | {"c"} <= keys


def _one_application(paths: DataPaths, *, question: bool) -> None:
    db = Database(paths.database)
    try:
        add_application(db, ApplicationInput(company="Acme", role="Engineer"))
        if question:
            add_question(db, validate_question({"question": "Tell me about a hard project."}))
    finally:
        db.dispose()


async def test_without_an_interview_N_and_i_are_off_the_bar_and_still_work(
    opened_paths: DataPaths,
) -> None:
    _one_application(opened_paths, question=False)
    async with app_on(opened_paths, size=(120, 40), notifications=True) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        keys = [key for key, _label in app.screen.query_one(KeyBar).shown()]
        assert "N" not in keys and "i" not in keys and "h" not in keys
        assert keys[:4] == ["n", "c", "w", "?"]
        await pilot.press("i")  # the answer bank, empty, to add a question to
        await settle(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("N")
        await settle_workers(pilot)
        assert "No interviews coming up: press I on the Pipeline to schedule one." in toasts(app)
        assert focus_problem(app) is None


async def test_a_question_in_the_answer_bank_puts_i_on_the_bar(opened_paths: DataPaths) -> None:
    _one_application(opened_paths, question=True)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        shown = app.screen.query_one(KeyBar).shown()
        assert ("i", "Answers") in shown
        assert "N" not in {key for key, _label in shown}
