"""An interview's kinds and how far Today looks for interviews: what Today's people part
reads with its due list (services/today_people.py) before the first paint, without the
rest of ``domain/interviews`` (its time zones, its answers' patterns), which it re-exports.
"""

from __future__ import annotations

from enum import StrEnum

from bounceback_tui.domain.stages import Stage

# An application that said no, or that the person withdrew, has called its interviews off:
# Today stops listing them ahead, and the calendar marks them cancelled (same UID).
CALLED_OFF_STAGES: tuple[str, ...] = (Stage.REJECTED.value, Stage.WITHDRAWN.value)
UPCOMING_DAYS = 7  # how far ahead Today lists interviews
ASK_DAYS = 14  # how long after an interview Today still asks how it went


class InterviewKind(StrEnum):
    PHONE_SCREEN = "phone_screen"
    TECHNICAL = "technical"
    TAKE_HOME = "take_home"
    ONSITE = "onsite"
    FINAL = "final"
    OFFER_CALL = "offer_call"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def is_deadline(self) -> bool:
        """A take-home has a due time, not a meeting: the calendar shows it as a day."""
        return self is InterviewKind.TAKE_HOME


_LABELS = {
    InterviewKind.PHONE_SCREEN: "Phone screen",
    InterviewKind.TECHNICAL: "Technical",
    InterviewKind.TAKE_HOME: "Take-home due",
    InterviewKind.ONSITE: "Onsite",
    InterviewKind.FINAL: "Final",
    InterviewKind.OFFER_CALL: "Offer call",
}
