"""A practice round in two windows rating the same question.

An attacker practised in two windows: question 1 rated 5 in one, then `space` `1` in the
other said "Not saved / That question was changed in another window." and the round moved
on to "Question 2 of 3": the rating was lost, and the question could not be rated again.
Now the round stays on the question, read again as it is now, and the next rating saves.
"""

from __future__ import annotations

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.answers.practice import AnswerPracticeScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import rows
from tests.screen_text import flat
from tests.ui_harness import NO_IDLE_CHECK, app_on, settle_workers, toasts


async def _open_practice(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, AnswerBankScreen)
    await pilot.press("p")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, AnswerPracticeScreen)


def _text(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return flat(str(app.screen.query_one(selector).render()))


async def test_a_rating_refused_by_another_windows_round_stays_to_be_rated_again(
    opened_paths: DataPaths, db: Database
) -> None:
    for n in (1, 2, 3):
        answers.add_question(db, validate_question({"question": f"Question number {n}?"}))
    async with app_on(opened_paths, notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        a,
        pilot_a,
        _pane_a,
    ):
        await _open_practice(pilot_a)
        async with app_on(opened_paths, watch_seconds=NO_IDLE_CHECK) as (b, pilot_b, _pane_b):
            await _open_practice(pilot_b)
            first = _text(b, "#answers-question")
            await pilot_b.press("space", "5")
            await settle_workers(pilot_b)
            assert "Question 2 of 3" in _text(b, "#answers-progress")

        assert _text(a, "#answers-question") == first
        await pilot_a.press("space", "1")
        await settle_workers(pilot_a)
        assert (
            "That question was changed in another window. It is shown as it is now: rate it again."
        ) in toasts(a)
        assert "Question 1 of 3" in _text(a, "#answers-progress")
        assert _text(a, "#answers-question") == first
        assert focus_problem(a) is None

        await pilot_a.press("1")
        await settle_workers(pilot_a)
        assert "Question 2 of 3" in _text(a, "#answers-progress")
    question = first.rstrip()
    assert rows(
        opened_paths.database, "SELECT confidence FROM interview_question WHERE question = ?",
        question,
    ) == [(1,)]  # fmt: skip
