"""The daily check-in form's fields."""

from __future__ import annotations

from bounceback_tui.domain.check_in import MOODS
from bounceback_tui.ui.screens.form import FieldSpec


def check_in_fields(current: tuple[int, str] | None) -> tuple[FieldSpec, ...]:
    mood, note = current if current else (None, "")
    return (
        FieldSpec(
            "mood",
            "Mood",
            kind="select",
            options=tuple((f"{value} · {word}", str(value)) for value, word in MOODS),
            value=str(mood) if mood else "",
            required=True,
            placeholder="How does today feel?",
        ),
        FieldSpec("note", "One line", value=note, placeholder="Optional"),
    )
