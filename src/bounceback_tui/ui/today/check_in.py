"""The daily check-in form's fields."""

from __future__ import annotations

from bounceback_tui.domain.check_in import MOODS, NOTE_LIMIT
from bounceback_tui.ui.kit.form import FieldSpec
from bounceback_tui.ui.kit.stored_field import stored_field


def check_in_values(current: tuple[int, str] | None) -> dict[str, str]:
    """The form's values for a check-in (mood, note), or empty ones."""
    mood, note = current if current else (None, "")
    return {"mood": str(mood) if mood else "", "note": note}


def check_in_fields(current: tuple[int, str] | None) -> tuple[FieldSpec, ...]:
    values = check_in_values(current)
    return (
        FieldSpec(
            "mood",
            "Mood",
            kind="select",
            options=tuple((f"{value} · {word}", str(value)) for value, word in MOODS),
            value=values["mood"],
            required=True,
            placeholder="How does today feel?",
        ),
        stored_field(
            "check_in.note",
            "One line",
            value=values["note"],
            placeholder="Optional",
            max_length=NOTE_LIMIT,
        ),
    )
