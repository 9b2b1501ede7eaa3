"""The full-size views leave the app's key bar in sight, as every form and dialog does.

Found walking the app at 80x24 (rev5, left; rev6, fixed): the interview answer bank, What's
working and the "If you are struggling" screen were boxes as tall as the terminal, drawn over
the key bar, so `u` (undo a delete) and the dialog's other keys were nowhere on screen; a
practice round with a long answer grew over it too.
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.ui_harness import app_on, settle_workers

LONG = " ".join(["I listened first, then wrote the options down for both of us."] * 12)

VIEWS = [
    (("i",), "#answers-box", "AnswerBankScreen"),
    (("i", "p", "space"), "#answers-practice-box", "AnswerPracticeScreen"),
    (("w",), "#insights-box", "InsightsScreen"),
    (("question_mark", "h"), "#crisis-box", "CrisisScreen"),
]


def _bar_uncovered(app: Any, box_selector: str) -> bool:
    box = app.screen.query_one(box_selector)
    bar = app.screen_stack[0].query_one(KeyBar)
    return box.region.bottom <= bar.region.y and bar.region.bottom == app.size.height


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("keys,box,screen", VIEWS, ids=[view[2] for view in VIEWS])
async def test_a_full_size_view_leaves_the_key_bar_in_sight(
    opened_paths: DataPaths,
    db: Database,
    size: tuple[int, int],
    keys: tuple[str, ...],
    box: str,
    screen: str,
) -> None:
    for n in range(8):
        answers.add_question(
            db,
            validate_question(
                {"question": f"Question {n}?", "situation": LONG, "action": LONG, "result": LONG}
            ),
        )
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press(*keys)
        await settle_workers(pilot)
        assert type(app.screen).__name__ == screen
        assert _bar_uncovered(app, box)
        bar = app.screen_stack[0].query_one(KeyBar)
        assert "close" in bar.shown_actions()  # the view's own keys, on the bar in sight
        assert focus_problem(app) is None
