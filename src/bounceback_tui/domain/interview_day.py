"""The next step on the day of an interview: getting ready for it.

On the day of a phone screen at 14:00 Today's next step was a follow-up a week late, and the
interview was a line in the strip above it (a tester's month). An interview later today
comes first (docs/metrics.md, "The next step"), until it starts; the rules take over again
then. Plain data, as domain/next_step.py: the store layer finds the interview.
"""

# Annotations are evaluated (no `from __future__ import annotations`), as domain/next_step.py.
from datetime import datetime
from typing import NamedTuple

from bounceback_tui.domain.text import app_name


class InterviewToday(NamedTuple):
    """The first interview later today, in the person's zone."""

    interview_id: int
    application_id: int
    company: str
    role: str
    kind_label: str  # "Phone screen" (domain/interviews.InterviewKind.label)
    starts_local: datetime
    deadline: bool = False  # a take-home's due time, not a meeting


def interview_words(interview: InterviewToday) -> tuple[str, str]:
    """The step's title and reason: "Get ready for your phone screen with Globex (Engineer)",
    "It is today at 14:00: …"."""
    named = app_name(interview.company, interview.role)
    at = f"{interview.starts_local:%H:%M}"
    if interview.deadline:
        return (
            f"Finish the take-home for {named}",
            f"It is due today at {at}: what is done by then is enough to send.",
        )
    return (
        f"Get ready for your {interview.kind_label.lower()} with {named}",
        f"It is today at {at}: read your notes for it and say a few answers out loud; the rest "
        "can wait until after.",
    )
