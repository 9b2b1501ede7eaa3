"""The stages an application moves through, the ways out, and how to step between them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum

from bounceback_tui.domain.metrics import whole_number
from bounceback_tui.domain.text import quoted


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
# Position of each stage on the board and in "sort by stage".
STAGE_ORDER: dict[Stage, int] = {stage: index for index, stage in enumerate(ALL_STAGES)}

# Stages that mean the application was sent (everything past Saved).
SENT_STAGES: frozenset[Stage] = frozenset(ALL_STAGES) - {Stage.SAVED}
# Stages that mean the employer answered in some way.
REPLIED_STAGES: frozenset[Stage] = frozenset(
    {Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED}
)
# Stages that mean an interview happened (or went further).
INTERVIEW_STAGES: frozenset[Stage] = frozenset({Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED})
OFFER_STAGES: frozenset[Stage] = frozenset({Stage.OFFER, Stage.ACCEPTED})
# Stages that mean the person spoke with them: a screening call, an interview, or further.
TALKED_STAGES: frozenset[Stage] = INTERVIEW_STAGES | {Stage.SCREENING}
# Stages a no can come at before any conversation: a no "on paper", to the application itself.
PAPER_STAGES: frozenset[Stage] = frozenset({Stage.SAVED, Stage.APPLIED})
# Stages where the search for this job is over: nothing left to follow up.
CLOSED_STAGES: frozenset[Stage] = frozenset(EXITS) | {Stage.ACCEPTED}


def parse_stage(text: str) -> Stage:
    """Read a stage from its key or label, case-insensitively."""
    try:
        return Stage(text.strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in ALL_STAGES)
        raise ValueError(f"Unknown stage {quoted(text)}; use one of: {names}.") from None


def no_on_paper(stage_reached: str) -> bool:
    """Whether a no that got as far as ``stage_reached`` (a stage's key, as a rejection keeps
    it) came before any conversation. A no whose stage was not given ("") is not taken for
    one: nothing says no one spoke to them."""
    return stage_reached in {stage.value for stage in PAPER_STAGES}


def stages_starting_with(prefix: str) -> list[Stage]:
    """Stages whose name starts with ``prefix`` ("int" -> Interviewing), for filters."""
    wanted = prefix.strip().lower()
    if not wanted:
        return []
    return [stage for stage in ALL_STAGES if stage.value.startswith(wanted)]


def stage_reached(history: Iterable[Stage]) -> Stage:
    """The furthest-along stage of the progression in a timeline, oldest first.

    Used for exits: an application rejected after interviewing "reached" Interviewing.
    """
    reached = Stage.SAVED
    for stage in history:
        if stage in STAGE_ORDER and not stage.is_exit and STAGE_ORDER[stage] > STAGE_ORDER[reached]:
            reached = stage
    return reached


def next_stage(current: Stage, reached: Stage) -> Stage | None:
    """Where `]` moves an application: one step along the progression.

    From an exit it continues from the stage reached before it (a ghosted
    application that finally gets a reply goes on to Screening). None at the end.
    """
    base = reached if current.is_exit else current
    index = PROGRESSION.index(base)
    return PROGRESSION[index + 1] if index + 1 < len(PROGRESSION) else None


def progression_end(step: int) -> Stage:
    """The stage a move of ``step`` cannot go past: Accepted forward, Saved back."""
    return PROGRESSION[-1] if step > 0 else PROGRESSION[0]


def step_of(parameters: tuple[object, ...]) -> int:
    """The step a move names (`]` is ``move(1)``, `[` is ``move(-1)``); forward if unsaid."""
    return parameters[0] if parameters and isinstance(parameters[0], int) else 1


def previous_stage(current: Stage, reached: Stage) -> Stage | None:
    """Where `[` moves an application: one step back, or out of an exit to where it was."""
    if current.is_exit:
        return reached
    index = PROGRESSION.index(current)
    return PROGRESSION[index - 1] if index > 0 else None


# How many days in Applied before "ghosted?" is asked, when the setting is not a number.
GHOST_AFTER_DAYS = 21


def ghost_days(value: object) -> int:
    """The "ghost after" setting as a number of days, for the Pipeline and Today alike: a
    whole number (at least 1), or the default for anything else (a row edited by hand)."""
    return max(1, whole_number(value, GHOST_AFTER_DAYS))


def quiet_since(date_applied: date | None, in_stage_since: date | None) -> date | None:
    """The day an application waiting in Applied last had news: the later of the day it was
    sent and the day it last moved into Applied (back from Screening, or out of Ghosted: the
    person has just said it is still open)."""
    known = [day for day in (date_applied, in_stage_since) if day is not None]
    return max(known) if known else None


def quiet_before(today: date, after_days: int) -> date:
    """News on a day before this one is more than ``after_days`` days old."""
    return today - timedelta(days=after_days)


def is_quiet(
    stage: Stage,
    date_applied: date | None,
    in_stage_since: date | None,
    dismissed_on: date | None,
    today: date,
    after_days: int,
    follow_up: date | None = None,
    interviewed: bool = False,
) -> bool:
    """Whether to *suggest* that an application has been ghosted.

    It is in Applied, its last news (``quiet_since``) is more than ``after_days`` days old,
    the person has not said "not yet" within the last ``after_days`` days either, and has
    no follow-up set (``follow_up``): a follow-up they set is theirs, ahead or past its
    day, and Today says it as the Pipeline does ("4 days late") until they act on it. It
    was asked "ghosted?" two days after they set it to next week, and once its day had
    passed Today asked "ghosted?" while the Pipeline said "4d late" beside it. Only a
    suggestion: the person confirms before anything changes. Today's
    due list reads the same rule in SQL (``store/fastread_due.ghosted_candidates``;
    tests/test_quiet_rule.py holds the two together).

    An interview booked for it (``interviewed``: ahead or held) is the company's reply, as a
    move on to Interviewing is: one scheduled from the Pipeline's `I` left it in Applied,
    and Today still asked "ghosted?" of it.
    """
    since = quiet_since(date_applied, in_stage_since)
    if stage is not Stage.APPLIED or since is None or after_days < 1:
        return False
    if follow_up is not None or interviewed:
        return False
    before = quiet_before(today, after_days)
    return since < before and (dismissed_on is None or dismissed_on < before)
