"""A question typed after an interview is kept whole, or refused with a clear line.

Found walking the app (rev6): "How did it go?" with a 10,000-character line under "Questions
they asked" saved, and the answer bank held its first 1,000 characters, cut without a word.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.answers import QUESTION_LIMIT
from bounceback_tui.domain.interviews import validate_outcome
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.form import FormScreen
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle, settle_workers


def test_a_question_longer_than_the_bank_keeps_is_refused_not_cut() -> None:
    long = "Why " + "z" * 10_000 + "?"
    with pytest.raises(ValidationError) as caught:
        validate_outcome({"note": "Went fine", "questions": f"Why us?\n{long}"}, close_key="Escape")
    said = caught.value.for_field("questions") or ""
    assert "10,005 characters; the limit is 1,000" in said


def test_a_question_at_the_limit_is_kept_whole() -> None:
    exact = "Why " + "z" * (QUESTION_LIMIT - 5) + "?"
    assert len(exact) == QUESTION_LIMIT
    outcome = validate_outcome({"questions": f"Why us?\n{exact}"}, close_key="Escape")
    assert outcome.questions == ("Why us?", exact)


async def test_the_refusal_is_in_sight_under_the_field_at_80x24(opened_paths: DataPaths) -> None:
    """The form's fields scroll at 80x24; the refused field came into view but its message,
    under it and its help line, stayed below the fold: only "Nothing was saved: 1 field
    needs a look." showed."""
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("h")  # the demo has an interview to ask about
        await settle(pilot, 4)
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-questions").load_text("Why " + "z" * 2_000 + "?")
        await pilot.press("ctrl+s")
        await settle(pilot, 6)
        await pilot.wait_for_scheduled_animations()
        error = app.screen.query_one("#error-questions")
        fields = app.screen.query_one(".form-fields")
        assert "the limit is 1,000" in str(error.render())
        assert fields.region.contains_region(error.region), (fields.region, error.region)
