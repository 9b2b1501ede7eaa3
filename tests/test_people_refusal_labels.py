"""Every People form's refusal names its field as the form labels it.

Left alone last round (docs/testing.md): the log's "When" was refused as "Date: Could not
read '31/02'…". Checking every field of People's four forms found four more: "The link"
beside "Profile link", "Prep notes" beside "Prepare", "The length is minutes" beside
"Minutes", "The line" beside "How it went", and an empty Time said "'' is not a time".
Every sentence below is written out by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

import pytest

from bounceback_tui.domain.interviews import validate_interview, validate_outcome
from bounceback_tui.domain.people import validate_contact, validate_interaction
from bounceback_tui.errors import ValidationError
from bounceback_tui.ui.kit.form import FieldSpec
from bounceback_tui.ui.people.forms import (
    OUTCOME_FIELDS,
    contact_fields,
    interaction_fields,
    interview_fields,
)

TODAY = date(2026, 3, 16)
BROKEN = "a\x01b"  # a control character: every text field refuses it, naming itself
ANY_DAY = "could not read '31/02' as a date; use YYYY-MM-DD, today, yesterday, "

Check = Callable[[Mapping[str, str]], object]


def _contact(values: Mapping[str, str]) -> object:
    return validate_contact({"name": "Rita", **values}, TODAY)


def _log(values: Mapping[str, str]) -> object:
    return validate_interaction({"kind": "sent", **values}, TODAY)


def _interview(values: Mapping[str, str]) -> object:
    typed = {"kind": "technical", "day": "2026-03-20", "at": "14:00", "zone": "Europe/London"}
    return validate_interview({**typed, **values}, TODAY)


def _outcome(values: Mapping[str, str]) -> object:
    return validate_outcome({"rating": "4", **values}, close_key="Escape")


# (form, field name, what is typed, how its refusal begins). A choice (a kind, the rating's
# stars) is typed here as a value its list does not hold.
CASES: list[tuple[str, str, str, str]] = [
    ("person", "name", BROKEN, "The name contains control characters"),
    ("person", "kind", "boss", "Kind must be one of: agency recruiter"),
    ("person", "role", BROKEN, "The role contains control characters"),
    ("person", "company", BROKEN, "The company contains control characters"),
    ("person", "email", "rita.example.com", "The email needs a name, an @ and a domain"),
    ("person", "phone", "call me", "A phone number starts with a digit"),
    ("person", "link", BROKEN, "The profile link contains control characters"),
    ("person", "next_follow_up", "31/02", f"Follow up on: {ANY_DAY}"),
    ("person", "notes", BROKEN, "Notes contains control characters"),
    ("log", "kind", "waved", "What happened must be one of: sent"),
    ("log", "happened_on", "31/02", f"When: {ANY_DAY}"),
    ("log", "note", BROKEN, "The line contains control characters"),
    ("interview", "kind", "lunch", "Kind must be one of: phone screen"),
    ("interview", "day", "31/02", f"Date: {ANY_DAY}"),
    ("interview", "day", "", "Date is empty; enter a day, like YYYY-MM-DD"),
    ("interview", "at", "", "Time is empty; enter one like 14:30 or 2:30pm."),
    ("interview", "at", "25:00", "'25:00' is not a time of day; hours go to 23"),
    ("interview", "zone", "", "Say which time zone, like Europe/London"),
    ("interview", "length_minutes", "2", "Minutes: a whole number from 5 to 1,440."),
    ("interview", "place", BROKEN, "The place contains control characters"),
    ("interview", "link", BROKEN, "The video link contains control characters"),
    ("interview", "prep_notes", BROKEN, "Prepare contains control characters"),
    ("how it went", "note", BROKEN, "How it went contains control characters"),
    ("how it went", "rating", "9", "The rating is a whole number from 1 to 5."),
    ("how it went", "questions", BROKEN, "Questions they asked contains control characters"),
]

CHECKS: dict[str, Check] = {
    "person": _contact,
    "log": _log,
    "interview": _interview,
    "how it went": _outcome,
}


def _forms() -> dict[str, tuple[FieldSpec, ...]]:
    return {
        "person": contact_fields(),
        "log": interaction_fields([]),
        "interview": interview_fields([]),
        "how it went": OUTCOME_FIELDS,
    }


@pytest.mark.parametrize(("form", "field", "typed", "said"), CASES)
def test_a_refusal_begins_with_the_fields_own_words(
    form: str, field: str, typed: str, said: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        CHECKS[form]({field: typed})
    message = caught.value.for_field(field) or ""
    assert message.startswith(said), message


def test_every_field_of_peoples_forms_is_checked() -> None:
    """A field added to a form comes here too, with what its refusal says. The log's
    "About" lists the person's applications and "No application": nothing there to refuse."""
    checked = {(form, field) for form, field, _typed, _said in CASES}
    shown = {
        (form, spec.name)
        for form, specs in _forms().items()
        for spec in specs
        if spec.name != "application"
    }
    assert shown == checked


@pytest.mark.parametrize(("form", "field", "typed", "said"), CASES)
def test_a_refusal_that_names_its_field_says_the_label(
    form: str, field: str, typed: str, said: str
) -> None:
    """The label as the form shows it ("When", "Profile link"), whole but for an "A" before
    it ("A line": "The line …"), in the sentence: the value typed ("'25:00' is not a time")
    or the thing itself ("A phone number", "Say which time zone") may stand for it instead."""
    (label,) = [spec.label for spec in _forms()[form] if spec.name == field]
    names_the_value = said.startswith(("'", "A phone", "Say which"))
    named = label.casefold().removeprefix("a ")
    assert names_the_value or named in said.casefold(), (label, said)
