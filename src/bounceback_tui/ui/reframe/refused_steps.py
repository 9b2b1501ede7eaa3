"""Which step of the exercise holds a field the save refused: a refusal is shown there
(draft_saving.py)."""

from __future__ import annotations

from bounceback_tui.errors import FieldError
from bounceback_tui.reframe.record import STEPS

# The step that holds each field a save can refuse (a feeling's name or rating: the
# feelings step, where they are written).
_FIELD_STEPS = {
    "situation": "situation",
    "thought": "thought",
    "feelings": "feelings",
    "belief_before": "feelings",
    "traps": "traps",
    "evidence_for": "evidence_for",
    "evidence_against": "evidence_against",
    "balanced_thought": "balanced",
    "belief_after": "rerate",
}


def refused_step(errors: list[FieldError]) -> int | None:
    """The first step (in the exercise's order) that holds a refused field, if any does."""
    keys = [step.key for step in STEPS]
    found = [
        keys.index(_FIELD_STEPS["feelings" if e.field.startswith("feeling-") else e.field])
        for e in errors
        if e.field.startswith("feeling-") or e.field in _FIELD_STEPS
    ]
    return min(found) if found else None
