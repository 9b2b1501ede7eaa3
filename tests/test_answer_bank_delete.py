"""The answer bank's `d` asks first, as every other delete in the app does (ux10, item 5).

Every delete elsewhere (an application, a person, a rejection or a step, a thought record, a
skill, an interview, a followed board) opens the same dialog, "Delete …?", and then offers
`u`. The bank's `d` deleted the question and its STAR answer at once: one stray key and the
answer was gone unless the person saw the toast in time.
"""

from __future__ import annotations

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import assert_terminal_safe, screen_text, shown
from tests.ui_harness import app_on, settle_workers

QUESTION = "Why [b]this[/b] company? [link=x]y [ \U0001f680 \u202eevil"


def _bank(db: Database) -> None:
    answers.add_question(
        db,
        validate_question({"question": QUESTION, "action": "I read their engineering blog."}),
    )


def _questions(db: Database) -> list[str]:
    return [row.question for row in answers.list_questions(db)]


async def test_d_asks_first_and_no_keeps_the_question(
    opened_paths: DataPaths, db: Database
) -> None:
    _bank(db)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        bank = app.screen
        assert isinstance(bank, AnswerBankScreen)
        await pilot.press("d")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert _questions(db) == [QUESTION]  # nothing deleted yet
        assert shown(QUESTION)[:20] in " ".join(screen_text(app).split())
        assert_terminal_safe(app)
        await pilot.press("n")
        await settle_workers(pilot)
        assert app.screen is bank
        assert _questions(db) == [QUESTION]
        assert focus_problem(app) is None


async def test_yes_deletes_and_u_brings_it_back(opened_paths: DataPaths, db: Database) -> None:
    _bank(db)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        bank = app.screen
        await pilot.press("d")
        await settle_workers(pilot)
        await pilot.press("y")
        await settle_workers(pilot)
        assert app.screen is bank
        assert _questions(db) == []
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle_workers(pilot)
        assert _questions(db) == [QUESTION]
        assert focus_problem(app) is None
