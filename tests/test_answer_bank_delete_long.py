"""The answer bank's delete dialog cuts a long question to a few lines.

A stranger's walk: a question of 10,000 characters (an older store's, or one imported) was
shown whole in the dialog `d` opens, and its buttons could only be reached by scrolling. The
question is cut there now, with "…", and the dialog fits an 80x24 terminal.
"""

from __future__ import annotations

from textual.widgets import Button, Static

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

LONG = "Tell me about a time you " + "kept going " * 907  # 10,002 characters


def _bank(paths: DataPaths, db: Database) -> None:
    answers.add_question(db, validate_question({"question": "Why Acme?", "action": "Read."}))
    another_program_writes(paths, "UPDATE interview_question SET question = ?", (LONG,))


async def test_a_long_question_is_cut_and_the_buttons_are_in_sight(
    opened_paths: DataPaths, db: Database
) -> None:
    _bank(opened_paths, db)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        await pilot.press("d")
        await settle_workers(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        asked = str(dialog.query_one(".confirm-question", Static).render())
        assert asked.startswith("Delete “Tell me about a time you kept going")
        assert asked.endswith("…”?")
        assert len(asked) < 200  # a few lines of the box, not 10,000 characters
        button = dialog.query_one("#yes", Button)
        screen_region = dialog.region
        assert screen_region.contains_region(button.region), button.region
        await pilot.press("n")
        await settle_workers(pilot)
        assert focus_problem(app) is None
