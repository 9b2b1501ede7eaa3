"""One reader for every fixed choice a person types: value, label, any case or separator."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.choices import parse_choice
from bounceback_tui.domain.interviews import InterviewKind, parse_interview_kind
from bounceback_tui.domain.people import (
    ContactKind,
    InteractionKind,
    parse_contact_kind,
    parse_interaction_kind,
)
from bounceback_tui.domain.skills import SkillKind, parse_kind


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("phone_screen", InterviewKind.PHONE_SCREEN),
        ("Phone screen", InterviewKind.PHONE_SCREEN),
        ("  PHONE-SCREEN ", InterviewKind.PHONE_SCREEN),
        ("take home", InterviewKind.TAKE_HOME),
        ("take-home due", InterviewKind.TAKE_HOME),
        ("offer call", InterviewKind.OFFER_CALL),
    ],
)
def test_interview_kinds_by_value_label_or_loose_spelling(typed: str, expected: object) -> None:
    assert parse_interview_kind(typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hiring manager", ContactKind.HIRING_MANAGER),
        ("Hiring-Manager", ContactKind.HIRING_MANAGER),
        ("agency_recruiter", ContactKind.AGENCY_RECRUITER),
    ],
)
def test_contact_kinds(typed: str, expected: ContactKind) -> None:
    assert parse_contact_kind(typed) is expected


def test_what_happened_names_its_field_when_refused() -> None:
    with pytest.raises(ValueError, match=r"^What happened must be one of: sent, "):
        parse_interaction_kind("waved")
    assert parse_interaction_kind("Sent") is InteractionKind.SENT


@pytest.mark.parametrize("typed", ["soft skill", "Soft-skill", "soft_skill", "SOFT SKILL"])
def test_skill_kinds_keep_their_forgiving_spellings(typed: str) -> None:
    assert parse_kind(typed) is SkillKind.SOFT_SKILL


@pytest.mark.parametrize("typed", ["", "   ", "phone", "screen phone", "[b]technical[/b]"])
def test_anything_else_is_refused_with_every_choice_listed(typed: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_choice(InterviewKind, typed)
    message = str(refused.value)
    assert message.startswith("Kind must be one of: ")
    assert all(kind.label.lower() in message for kind in InterviewKind)
