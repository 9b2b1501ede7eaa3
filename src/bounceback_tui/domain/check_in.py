"""The daily check-in: a mood from 1 to 5 and one line of text."""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from collections.abc import Mapping
from typing import NamedTuple

from bounceback_tui.domain.line_fields import many_lines
from bounceback_tui.domain.moods import MOODS
from bounceback_tui.domain.text import clean_text
from bounceback_tui.errors import FieldError, ValidationError

__all__ = ["MOODS", "NOTE_LIMIT", "CheckInInput", "validate_check_in"]

NOTE_LIMIT = 280


class CheckInInput(NamedTuple):  # not a dataclass (a NamedTuple is cheaper to make)
    mood: int
    note: str


def validate_check_in(values: Mapping[str, str]) -> CheckInInput:
    errors: list[FieldError] = []
    raw = (values.get("mood") or "").strip()
    # Compared as text: "²" is a digit int() refuses, and int() refuses 5,000 digits too.
    mood = int(raw) if raw in {"1", "2", "3", "4", "5"} else None
    if mood is None:
        errors.append(FieldError("mood", "Pick how today feels, from 1 (rough) to 5 (great)."))
    note = clean_text(
        values.get("note"),
        "note",
        "The note",
        errors,
        limit=NOTE_LIMIT,
        multiline=many_lines("check_in", "note"),
    )
    if errors:
        raise ValidationError(errors)
    assert mood is not None
    return CheckInInput(mood=mood, note=note)
