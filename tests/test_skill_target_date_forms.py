"""A skill's Target date, refused, lists only the forms that field takes.

A tester typed a word the field could not read, and the refusal offered "use YYYY-MM-DD,
today, yesterday, … or last fri": yesterday, -3d and last fri are each refused there, a
target being today or later. The refusal now lists what its placeholder does.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.errors import ValidationError

TODAY = date(2026, 3, 16)  # a Monday

REFUSAL = (
    "Target date: could not read 'someday' as a date; use YYYY-MM-DD, today, tomorrow, an "
    "offset like +3d or +1w, or a weekday: fri (the next one after today)."
)


def test_the_refusal_names_only_forms_the_field_takes() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_skill({"title": "SQL", "target_date": "someday"}, TODAY)
    said = caught.value.for_field("target_date")
    assert said == REFUSAL
    for refused_there in ("yesterday", "-3d", "last fri"):
        assert refused_there not in said


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-04-01", date(2026, 4, 1)),
        ("today", TODAY),
        ("tomorrow", date(2026, 3, 17)),
        ("+3d", date(2026, 3, 19)),
        ("+1w", date(2026, 3, 23)),
        ("fri", date(2026, 3, 20)),
    ],
)
def test_every_form_the_refusal_names_is_taken(typed: str, day: date) -> None:
    assert validate_skill({"title": "SQL", "target_date": typed}, TODAY).target_date == day
