"""An application's follow-up day: when one makes sense (the form, `f`, an import), and what
a closed application, which takes none, says of it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from bounceback_tui.domain.dates import say_how_read
from bounceback_tui.domain.stages import CLOSED_STAGES, PROGRESSION, Stage
from bounceback_tui.errors import FieldError, ValidationError


def follow_up_problem(day: date | None, date_applied: date | None) -> str | None:
    """Why ``day`` makes no sense as the next follow-up, or None if it is fine: following
    up before the application was even sent."""
    if day is None or date_applied is None or day >= date_applied:
        return None
    return (
        f"The follow-up is before the date applied ({date_applied.isoformat()}); pick that "
        "day or later."
    )


def passed_follow_up_problem(day: date | None, today: date) -> str | None:
    """Why ``day``, typed as a new follow-up (`f`), is refused: it has passed. A follow-up is
    a day still to come; 2027-01-15 typed on 19 January (or "last fri") was saved without a
    word and shown at once as "4d late" (a tester's month). A weekday's name is the next such
    day after today already (``domain/dates``); the refusal says which day a word was read
    as (``dates.say_how_read``). None when ``day`` is today or later, or empty."""
    if day is None or day >= today:
        return None
    return (
        f"That day has passed (today is {today:%a} {today.day} {today:%b}); a follow-up is a "
        "day still to come: pick today or later, like +1w or fri."
    )


def refuse_passed_follow_up(
    day: date | None, kept: date | None, values: Mapping[str, str], today: date
) -> None:
    """The one rule of every form that sets a follow-up (`f`, the application's edit form):
    a new day that has passed is refused under the field (``passed_follow_up_problem``),
    saying which day a word was read as; ``kept``, the day the application holds, is no new
    day: a late follow-up saved again unchanged is still no change, and the rest of the
    form saves. The edit form took 2026-03-13 on 16 March, or "last fri", without a word."""
    if day == kept or (problem := passed_follow_up_problem(day, today)) is None:
        return
    said = [FieldError("next_follow_up", problem)]
    raise ValidationError(say_how_read(said, values, today, {"next_follow_up": False}))


def closed_follow_up_message(stage: Stage) -> str:
    return f"{stage.label} applications have nothing to follow up."


def answered_by_move(from_stage: Stage, to: Stage) -> bool:
    """Whether moving ``from_stage`` → ``to`` says the company answered, which settles a
    follow-up set before the move: a step forward along the progression into a stage past
    Applied (Screening, Interviewing, Offer). A follow-up is "they have not answered"; a move
    on means they did. Hooli's, two days late, stayed "2d late" on its row and on Today for
    days after `]` took it to Screening (a tester's month). Out of Saved into Applied is no
    answer (it was only sent), and into an exit the follow-up goes anyway
    (``services/pipeline_moves.close_follow_up``). A follow-up set after the move, with `f`,
    is the person's own for the new stage and stays until they act on it."""
    if from_stage not in PROGRESSION or to not in PROGRESSION:
        return False
    later = PROGRESSION.index(to) > PROGRESSION.index(from_stage)
    return (
        later
        and PROGRESSION.index(to) > PROGRESSION.index(Stage.APPLIED)
        and (to not in CLOSED_STAGES)
    )
