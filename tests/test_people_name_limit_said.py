"""A person's name over People's limit is refused with that limit's number, however long.

A stranger's walk (twenty-first round): 10,000 characters pasted into the People form's name
gave "The name is 10,000 characters; the limit is 300."; cut to 250 as told, "The name is 250
characters; keep it short.", with no number; the limit is 200.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.people import validate_contact
from bounceback_tui.errors import ValidationError

TODAY = date(2026, 3, 16)


@pytest.mark.parametrize(("length", "said"), [(10_000, "10,000"), (250, "250"), (201, "201")])
def test_a_name_over_the_limit_is_told_the_limit(length: int, said: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_contact({"name": "n" * length}, TODAY)
    messages = [e.message for e in refused.value.errors if e.field == "name"]
    assert messages == [f"The name is {said} characters; the limit is 200."]


def test_a_name_at_the_limit_is_taken() -> None:
    assert validate_contact({"name": "n" * 200}, TODAY).name == "n" * 200
