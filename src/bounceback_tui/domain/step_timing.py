"""A recovery step's kind and its timing: when a step is due, when an unsent feedback
request is flagged.

Today and the Recovery pane both use these, so "due" and "flagged" mean the same thing
everywhere. They live apart from the plan's template and its input checks
(domain/recovery.py, which re-exports them) so that Today's first screen does not import
those: every dataclass costs its share of the first paint.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum


class StepKind(StrEnum):
    CHECK = "check"  # tick it when done (a note can still be kept)
    ANSWER = "answer"  # a written answer is kept on the step
    FEEDBACK = "feedback"  # when and how feedback was asked
    REPLY = "reply"  # what came back, or that nothing came back
    EXPRESSIVE = "expressive"  # a timed, private writing session

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    StepKind.CHECK: "Tick when done",
    StepKind.ANSWER: "Written answer",
    StepKind.FEEDBACK: "Feedback request (when and how)",
    StepKind.REPLY: "Feedback reply (what came back)",
    StepKind.EXPRESSIVE: "Timed private writing",
}


# The feedback ask's template key (domain/recovery.py); domain/people.py ties it to the
# "Feedback asked" interaction.
FEEDBACK_ASK_STEP = "feedback.ask"

# An unsent feedback request is flagged this many days after its suggested day...
FEEDBACK_FLAG_AFTER_DAYS = 2
# ...and stops being flagged this many days after the rejection: by then the moment for
# asking has mostly passed, and a permanent red mark would only nag.
FEEDBACK_FLAG_UNTIL_DAYS = 30
# Flagged, it is Today's next step for this many days from its first flagged day...
FEEDBACK_NUDGE_DAYS = 7
# ...and once more this many days after that first day; after that it rests from being the
# next step (still listed, and open in the plan). "Ask Contoso for feedback", "N days late",
# was the next step for two weeks (a tester's month): a nudge let pass twice is a choice.
FEEDBACK_AGAIN_AFTER_DAYS = 14

# The first days' comfort steps: "Take a breath" (let yourself feel it, talk it through) and
# the optional "Extra support" (expressive writing, a self-compassion note), by the group a
# step is in (a step of the person's own in these groups too). They are for the days straight
# after a no: due from their day for COMFORT_DAYS days, after which they rest, open in the
# plan, never due or late. "Let yourself feel it for a while (25 days late)" read as a
# reproach for having feelings (a tester's month).
COMFORT_GROUPS: tuple[str, ...] = ("breathe", "optional")
COMFORT_DAYS = 7


# A reply is looked for this many days after the feedback was asked: the built-in plan's gap
# between asking (day 3) and noting what came back (day 10).
REPLY_WAIT_DAYS = 7


def reply_offset_after_ask(rejected_on: date, asked_on: date, reply_offset: int) -> int:
    """The offset of a plan's "Note what came back" once feedback was asked on ``asked_on``:
    a reply is not looked for before REPLY_WAIT_DAYS after the ask. It only ever moves
    later: a reply step the person set further out keeps its day."""
    return max(reply_offset, (asked_on - rejected_on).days + REPLY_WAIT_DAYS)


def waits_for_ask(kind: str, ask_done: bool, ask_asked_on: date | None) -> bool:
    """Whether a plan's "Note what came back" (a ``reply`` step) waits for its plan's
    feedback request (the ask step, ``ask_done``, ``ask_asked_on``): while the request is
    neither ticked nor asked, or set aside unasked (skipped: the person chose not to ask),
    nothing was asked, and no reply can be due or late. "Note what came back · since 19
    Jan" was late, and on Today's list, before anything was asked (a tester's frozen
    clock). Once the request is ticked or asked, the reply is due as its day says
    (``reply_offset_after_ask``). The due list asks this in SQL
    (``store/due_conditions.reply_waits``)."""
    return kind == StepKind.REPLY and not ask_done and ask_asked_on is None


def step_due_on(rejected_on: date, offset_days: int) -> date:
    """The day a step is suggested for: the rejection date plus its offset."""
    return rejected_on + timedelta(days=max(0, offset_days))


def is_step_due(
    rejected_on: date,
    offset_days: int,
    done: bool,
    today: date,
    group_key: str = "",
    recorded_on: date | None = None,
    *,
    waits: bool = False,
) -> bool:
    """An open step is due from its suggested day on (it stays due until ticked), but for a
    comfort step whose days have passed (``step_rests``) and a reply waiting for its ask
    (``waits``, from ``waits_for_ask``). The app asks this in SQL (the
    store's due lists, ``store/due_conditions.step_rests``); this is the rule those reads
    are held to in tests (``group_key`` and ``recorded_on`` are passed there alone:
    tests/test_resting_steps.py)."""
    if waits or done or step_rests(group_key, rejected_on, offset_days, today, recorded_on):
        return False
    return step_due_on(rejected_on, offset_days) <= today


def step_rests(
    group_key: str,
    rejected_on: date,
    offset_days: int,
    today: date,
    recorded_on: date | None = None,
) -> bool:
    """A comfort step (``COMFORT_GROUPS``) COMFORT_DAYS or more after the later of its day
    and the day its no was recorded (``recorded_on``: a no written down twelve days after it
    came is fresh to the person, and its first days' steps are due at once, as the feedback
    flag waits for it): it stays in the plan, open, and is neither due nor late."""
    if group_key not in COMFORT_GROUPS:
        return False
    since = max(step_due_on(rejected_on, offset_days), recorded_on or date.min)
    return today >= since + timedelta(days=COMFORT_DAYS)


def feedback_flag_on(rejected_on: date, offset_days: int, recorded_on: date | None = None) -> date:
    """The first day an unsent feedback request is flagged: some days after its suggested
    day, and as many after the day its no was recorded (``recorded_on``), so that a no
    recorded days after it came is not flagged as late the moment it is written down."""
    flag_on = step_due_on(rejected_on, offset_days) + timedelta(days=FEEDBACK_FLAG_AFTER_DAYS)
    if recorded_on is None:
        return flag_on
    return max(flag_on, recorded_on + timedelta(days=FEEDBACK_FLAG_AFTER_DAYS))


def is_feedback_flagged(
    kind: str,
    rejected_on: date,
    offset_days: int,
    *,
    asked_on: date | None,
    done: bool,
    today: date,
    recorded_on: date | None = None,
) -> bool:
    """A feedback request not yet sent (nor ticked) some days after its suggested day, and
    after the day its no was recorded (``feedback_flag_on``).

    Only ``feedback`` steps are ever flagged, and only within FEEDBACK_FLAG_UNTIL_DAYS of
    the rejection.
    """
    if kind != StepKind.FEEDBACK or done or asked_on is not None:
        return False
    last_day = rejected_on + timedelta(days=FEEDBACK_FLAG_UNTIL_DAYS)
    return feedback_flag_on(rejected_on, offset_days, recorded_on) <= today <= last_day


def is_feedback_suggested(
    rejected_on: date, offset_days: int, today: date, recorded_on: date | None = None
) -> bool:
    """Whether a flagged feedback request (``is_feedback_flagged``) is Today's next step
    today: for FEEDBACK_NUDGE_DAYS from its first flagged day, and once more
    FEEDBACK_AGAIN_AFTER_DAYS after it; then it rests from it (``feedback_rests``)."""
    since = (today - feedback_flag_on(rejected_on, offset_days, recorded_on)).days
    return 0 <= since < FEEDBACK_NUDGE_DAYS or since == FEEDBACK_AGAIN_AFTER_DAYS


def feedback_rests(
    rejected_on: date, offset_days: int, today: date, recorded_on: date | None = None
) -> bool:
    """An unsent feedback request past its last suggestion: never the next step again, nor
    the step a plan gone quiet suggests (still listed, flagged until its flag ends). The app
    asks this in SQL (``store/due_conditions.ask_rests`` with ``feedback_rests_after_days``);
    only tests call it, as the rule that SQL is held to (tests/test_resting_steps.py)."""
    last = feedback_flag_on(rejected_on, offset_days, recorded_on)
    return today > last + timedelta(days=FEEDBACK_AGAIN_AFTER_DAYS)


def feedback_suggested_days() -> tuple[int, int, int]:
    """``is_feedback_suggested`` as the store asks it: the days from the later of the
    request's suggested day and the day its no was recorded to its first flagged day, the
    days it is suggested from then, and the day after that it is suggested once more."""
    return FEEDBACK_FLAG_AFTER_DAYS, FEEDBACK_NUDGE_DAYS, FEEDBACK_AGAIN_AFTER_DAYS


def feedback_flag_days() -> tuple[int, int]:
    """``is_feedback_flagged`` as the store asks it: the days from the later of the
    request's suggested day and the day its no was recorded to its first flagged day, and
    the days from the no to its last."""
    return FEEDBACK_FLAG_AFTER_DAYS, FEEDBACK_FLAG_UNTIL_DAYS


def feedback_rests_after_days() -> int:
    """``feedback_rests`` as the store asks it: the days from the later of the request's
    suggested day and the day its no was recorded after which it rests."""
    return FEEDBACK_FLAG_AFTER_DAYS + FEEDBACK_AGAIN_AFTER_DAYS


def done_moment(on: date, at: datetime) -> datetime:
    """When a step ticked at ``at`` for what was done ``on`` says it was done: ``at`` itself
    on that day, else that day at ``at``'s time. A log line's tick is done at the line's own
    moment, so deleting the line finds the tick it made (services/plan_ticks.py)."""
    return at if on == at.date() else datetime.combine(on, at.time())
