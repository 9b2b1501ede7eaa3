"""Phone numbers as people write them (domain/people.check_phone).

A stranger's walk (seventeenth round): "(555) 123-4567" was refused with a message saying
"( ) -" are allowed; the rule wanted a digit or + first.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.people import check_phone


@pytest.mark.parametrize(
    "typed",
    [
        "(555) 123-4567",
        "+1 (555) 123-4567",
        "(020) 7946 0001",
        "+44 20 7946 0001",
        "555.123.4567",
        "030/1234567",
        "+1 415 555 0100 x12",
        "(555) 123-4567 ext. 9",
    ],
)
def test_common_ways_of_writing_a_number_are_taken(typed: str) -> None:
    assert check_phone(typed) == typed


@pytest.mark.parametrize("typed", ["call me", "555-CALL-NOW", "12", "-1 (555) 000", "()", "+"])
def test_what_is_not_a_number_is_refused_saying_what_one_is(typed: str) -> None:
    with pytest.raises(ValueError) as refused:
        check_phone(typed)
    message = str(refused.value)
    assert "starts with a digit, + or (" in message, message
