"""A practice round's card scrolls with the list keys, and says so when there is more.

The twenty-third round left it: a STAR answer longer than the card scrolled with the arrow
keys only; `j` and `k`, which move every list and long text in the app (What's working, `?`),
did nothing, and nothing on the dialog said the card had more below. The card now takes the
keys every long text does (`j`/`k` and the arrows, PageUp/PageDown, `g`/`G`), `?` lists them,
and the dialog's keys line says "j/k Scroll" while the card has more than it shows.
"""

from __future__ import annotations

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.practice import AnswerPracticeScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.help import HelpScreen
from tests.screen_text import flat
from tests.ui_harness import app_on, settle, settle_workers

SENTENCE = "We had two weeks to move the billing jobs off the old servers. "


def _long_answer(db: Database) -> None:
    answers.add_question(
        db,
        validate_question(
            {
                "question": "Tell me about a time you met a hard deadline.",
                "situation": SENTENCE * 4,
                "task": SENTENCE * 3,
                "action": SENTENCE * 5,
                "result": SENTENCE * 3,
            }
        ),
    )


def _keys_line(app) -> str:  # type: ignore[no-untyped-def]
    return flat(str(app.screen.query_one("#answers-keys").render()))


async def _answer_shown(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle_workers(pilot)
    await pilot.press("p")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, AnswerPracticeScreen)
    await pilot.press("space")
    await settle(pilot, 3)


async def test_j_and_k_scroll_a_long_answer(opened_paths: DataPaths, db: Database) -> None:
    _long_answer(db)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await _answer_shown(pilot)
        card = app.screen.query_one("#answers-card")
        assert card.max_scroll_y > 3
        assert card.scroll_y == 0
        await pilot.press("j", "j", "j")
        await settle(pilot)
        assert card.scroll_y == 3
        await pilot.press("k")
        await settle(pilot)
        assert card.scroll_y == 2
        await pilot.press("down")  # the arrows as before
        await settle(pilot)
        assert card.scroll_y == 3
        await pilot.press("G")
        await settle(pilot)
        assert card.scroll_y == card.max_scroll_y
        await pilot.press("g")
        await settle(pilot)
        assert card.scroll_y == 0
        assert "j/k Scroll" in _keys_line(app)
        assert focus_problem(app) is None

        await pilot.press("question_mark")
        await settle_workers(pilot)
        assert isinstance(app.screen, HelpScreen)
        listed = {(line.keys, line.description) for line in app.screen.lines}
        assert {("↑ / k", "Up"), ("↓ / j", "Down")} <= listed, listed
        await pilot.press("escape")
        await settle_workers(pilot)
        assert focus_problem(app) is None


async def test_a_short_answer_says_nothing_of_scrolling(
    opened_paths: DataPaths, db: Database
) -> None:
    answers.add_question(
        db, validate_question({"question": "Why this company?", "action": "I read their blog."})
    )
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await _answer_shown(pilot)
        assert app.screen.query_one("#answers-card").max_scroll_y == 0
        assert _keys_line(app) == "How did it go? 1-2 Shaky 3-5 Good Esc Close"
