"""A rejection's reason follows one rule wherever a no is recorded or edited.

The Pipeline's `x` (and the application form) and Recovery's "record a no" / edit form
validate the same stored field. They once disagreed: the Pipeline took a pasted rejection
email of 3,000 characters, Recovery's edit form then refused to save that rejection at all
("the limit is 2,000") even when nothing was changed, and the two named the field
differently ("The reason", "Reason") though both forms label it "Reason given".
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain import applications, recovery_forms
from bounceback_tui.errors import ValidationError

TODAY = date(2026, 3, 16)
# A long rejection email pasted whole, line breaks kept.
PASTED_EMAIL = ("Thank you for your time with the team this week.\n" * 60).strip()


def _recovery_values(reason: str) -> dict[str, str]:
    return {
        "company": "Initech",
        "role": "Analyst",
        "rejected_on": "2026-03-10",
        "stage_reached": "",
        "reason": reason,
    }


def test_a_long_pasted_reason_the_pipeline_takes_recovery_takes_too() -> None:
    assert len(PASTED_EMAIL) > 2_000
    taken = applications.validate_rejection({"reason": PASTED_EMAIL}, TODAY)
    assert taken.reason == PASTED_EMAIL
    # Editing that rejection in Recovery, changing nothing, must save.
    again = recovery_forms.validate_rejection(_recovery_values(PASTED_EMAIL), TODAY)
    assert again.reason == PASTED_EMAIL


def _refusal(validate: object, values: dict[str, str]) -> str:
    with pytest.raises(ValidationError) as refused:
        validate(values, TODAY)  # type: ignore[operator]  # two validators, one call shape
    (error,) = [e for e in refused.value.errors if e.field == "reason"]
    return error.message


def test_both_forms_refuse_an_over_long_reason_in_the_same_words() -> None:
    too_long = "x" * 100_001
    from_pipeline = _refusal(applications.validate_rejection, {"reason": too_long})
    from_recovery = _refusal(recovery_forms.validate_rejection, _recovery_values(too_long))
    assert from_pipeline == from_recovery
    assert from_pipeline == "The reason given is 100,001 characters; the limit is 100,000."
