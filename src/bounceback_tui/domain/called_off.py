"""An interview ahead for an application that said no, or was withdrawn, is called off:
whether one may be added or moved there, and what is said when it may not."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from bounceback_tui.domain.interviews import CALLED_OFF_STAGES, InterviewInput, ends_at
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import app_name
from bounceback_tui.errors import ValidationError


def called_off_reason(
    company: str,
    role: str,
    stage: str,
    data: InterviewInput,
    now: datetime,
    otherwise: str = "pick another application",
) -> str | None:
    """Why an interview cannot be added to an application at ``stage`` (``now``: naive
    UTC), or None. One still ahead for an application that said no, or was withdrawn, is
    called off: Today leaves it out and the calendar sends it cancelled. It was saved with
    "It is on Today", and Today never showed it (a stranger's walk, nineteenth round). One
    already held is history, and is kept."""
    if stage not in CALLED_OFF_STAGES or ends_at(data.starts_at, data.length_minutes) <= now:
        return None
    return (
        f"{app_name(company, role)} is marked {Stage(stage).label}, so an interview ahead would "
        f"count as called off. Move it back in the Pipeline first, or {otherwise}."
    )


class _Applied(Protocol):
    company: str
    role: str
    stage: str


def refuse_called_off(
    application: _Applied,
    data: InterviewInput,
    now: datetime,
    field: str,
    otherwise: str | None = None,
) -> None:
    """ValidationError on ``field`` with ``called_off_reason``'s reason, if there is one
    (``now``: aware); ``otherwise``: what else the person can do, if the caller knows better
    (People's form when the person has no other open application to pick)."""
    naive = now.astimezone(UTC).replace(tzinfo=None)
    # An edit's form has no application to pick: it can keep the interview in the past.
    if otherwise is None:
        otherwise = (
            "pick another application"
            if field == "application"
            else "keep it on a day already past"
        )
    reason = called_off_reason(
        application.company, application.role, application.stage, data, naive, otherwise
    )
    if reason:
        raise ValidationError.single(field, reason)
