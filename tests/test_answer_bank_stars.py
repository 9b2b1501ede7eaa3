"""The answer bank says what its stars are.

A stranger's walk: a question never practised showed "★★··· … new" with no word of what the
stars count. The intro now says ★ is how ready you feel, 1 to 5, and "new" not practised yet;
the selected question's line says where its rating came from.
"""

from __future__ import annotations

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from tests.screen_text import flat
from tests.ui_harness import app_on, settle_workers


async def test_the_stars_beside_a_new_question_are_explained(
    opened_paths: DataPaths, db: Database
) -> None:
    answers.add_question(
        db, validate_question({"question": "Tell me about a conflict?", "confidence": "2"})
    )
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        intro = flat(str(app.screen.query_one("#answers-intro").render()))
        detail = flat(str(app.screen.query_one("#answers-detail").render()))
    assert "★ is how ready you feel, 1 to 5; new: not practised yet." in intro
    assert (
        "How ready you feel: 2 of 5, as you rated it when you added it; not practised yet" in detail
    )
