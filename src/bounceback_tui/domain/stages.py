"""The stages an application moves through, and the ways out."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    SAVED = "saved"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def is_exit(self) -> bool:
        return self in EXITS


PROGRESSION: tuple[Stage, ...] = (
    Stage.SAVED,
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.OFFER,
    Stage.ACCEPTED,
)
EXITS: tuple[Stage, ...] = (Stage.REJECTED, Stage.WITHDRAWN, Stage.GHOSTED)
ALL_STAGES: tuple[Stage, ...] = PROGRESSION + EXITS

# Stages that mean the application was sent (everything past Saved).
SENT_STAGES: frozenset[Stage] = frozenset(ALL_STAGES) - {Stage.SAVED}
# Stages that mean the employer answered in some way.
REPLIED_STAGES: frozenset[Stage] = frozenset(
    {Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED}
)


def parse_stage(text: str) -> Stage:
    """Read a stage from its key or label, case-insensitively."""
    try:
        return Stage(text.strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in ALL_STAGES)
        raise ValueError(f"Unknown stage {text!r}; use one of: {names}.") from None
