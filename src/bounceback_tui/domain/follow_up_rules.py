"""An application's follow-up day: when one makes sense (the form, `f`, an import), and what
a closed application, which takes none, says of it."""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.stages import Stage


def follow_up_problem(day: date | None, date_applied: date | None) -> str | None:
    """Why ``day`` makes no sense as the next follow-up, or None if it is fine: following
    up before the application was even sent."""
    if day is None or date_applied is None or day >= date_applied:
        return None
    return (
        f"The follow-up is before the date applied ({date_applied.isoformat()}); pick that "
        "day or later."
    )


def closed_follow_up_message(stage: Stage) -> str:
    return f"{stage.label} applications have nothing to follow up."
