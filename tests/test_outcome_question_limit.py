"""A question typed after an interview is kept whole, or refused with a clear line.

Found walking the app (rev6): "How did it go?" with a 10,000-character line under "Questions
they asked" saved, and the answer bank held its first 1,000 characters, cut without a word.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.answers import QUESTION_LIMIT
from bounceback_tui.domain.interviews import validate_outcome
from bounceback_tui.errors import ValidationError


def test_a_question_longer_than_the_bank_keeps_is_refused_not_cut() -> None:
    long = "Why " + "z" * 10_000 + "?"
    with pytest.raises(ValidationError) as caught:
        validate_outcome({"note": "Went fine", "questions": f"Why us?\n{long}"})
    said = caught.value.for_field("questions") or ""
    assert "10,005 characters; the limit is 1,000" in said


def test_a_question_at_the_limit_is_kept_whole() -> None:
    exact = "Why " + "z" * (QUESTION_LIMIT - 5) + "?"
    assert len(exact) == QUESTION_LIMIT
    outcome = validate_outcome({"questions": f"Why us?\n{exact}"})
    assert outcome.questions == ("Why us?", exact)
