"""What is due today, and the one next step: the rules behind the Today pane.

Plain data in, plain data out. The store layer reads the candidate rows
(store/fastread.py), given the thresholds below; these functions word each one as a due
item, order them and pick the next step, so each rule can be tested on fixed dates
without a database. services/today.py puts the two together.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.domain.stages import EXITS, Stage
from bounceback_tui.domain.step_timing import StepKind, is_feedback_flagged
from bounceback_tui.domain.text import clip_name
from bounceback_tui.domain.wording import days_ago, plural

# A recovery plan shows on Today while it is unfinished and younger than this;
# older unfinished plans "rest" (they stay in the Recovery pane, without nagging).
ACTIVE_PLAN_DAYS = 30
# A plan with no tick for this many days is "stuck".
STUCK_PLAN_DAYS = 4
# A rejection this recent whose plan is untouched comes first.
FRESH_REJECTION_DAYS = 7
# No application for this many days suggests sending one.
QUIET_DAYS = 7
# Applications in these stages take no follow-up, whatever date is set on them.
NO_FOLLOW_UP_STAGES: tuple[str, ...] = tuple(stage.value for stage in (*EXITS, Stage.ACCEPTED))
# A draft's thought is clipped to this many characters in its due item.
DRAFT_TITLE_WIDTH = 48
# On the day of a no and the day after, the next step comes from its plan, not the goal.
EARLY_PLAN_DAYS = 2


class DueKind(StrEnum):
    FOLLOW_UP = "follow_up"
    FEEDBACK_REQUEST = "feedback_request"
    RECOVERY_STEP = "recovery_step"
    GHOSTED = "ghosted"
    THOUGHT_DRAFT = "thought_draft"
    SKILL_IN_PROGRESS = "skill_in_progress"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def pane(self) -> str:
        return _PANES[self]


_LABELS = {
    DueKind.FOLLOW_UP: "Follow up",
    DueKind.FEEDBACK_REQUEST: "Ask for feedback",
    DueKind.RECOVERY_STEP: "Recovery",
    DueKind.GHOSTED: "Ghosted?",
    DueKind.THOUGHT_DRAFT: "Reframe draft",
    DueKind.SKILL_IN_PROGRESS: "Skill",
}
_PANES = {
    DueKind.FOLLOW_UP: "pipeline",
    DueKind.FEEDBACK_REQUEST: "recovery",
    DueKind.RECOVERY_STEP: "recovery",
    DueKind.GHOSTED: "pipeline",
    DueKind.THOUGHT_DRAFT: "reframe",
    DueKind.SKILL_IN_PROGRESS: "skills",
}
# Among items of the same urgency and day, the order a person would want them in.
_KIND_RANK = {kind: rank for rank, kind in enumerate(DueKind)}
_ONGOING = frozenset({DueKind.THOUGHT_DRAFT, DueKind.SKILL_IN_PROGRESS})


class DueItem(NamedTuple):
    kind: DueKind
    title: str
    due_on: date | None  # None: ongoing (a skill in progress)
    item_id: int  # the record to select in its pane
    step_id: int | None = None  # a recovery step within its plan
    flagged: bool = False  # overdue enough to stand out


def active_since(today: date) -> date:
    """The oldest rejection day whose unfinished plan still counts as active."""
    return today - timedelta(days=ACTIVE_PLAN_DAYS)


def plan_delay(rejected_on: date, today: date) -> int:
    """Days a no's plan is moved on when the no is recorded after its day (marked with a
    past day, or brought in from another tracker), so that the plan starts on the day it is
    recorded: a no from 10 days ago does not bring 10 days of overdue steps to Today. A no
    old enough to rest (``active_since``) keeps its days: its plan stays off Today, and off
    the calendar's days ahead, either way."""
    if rejected_on < active_since(today):
        return 0
    return max(0, (today - rejected_on).days)


def follow_up_item(application_id: int, company: str, role: str, on: date, today: date) -> DueItem:
    """A follow-up whose day has come; flagged once it is overdue."""
    return DueItem(
        DueKind.FOLLOW_UP,
        f"Follow up with {company} ({role})",
        on,
        application_id,
        flagged=on < today,
    )


def recovery_step_item(
    rejection_id: int,
    company: str,
    rejected_on: date,
    steps_due: int,
    offset_days: int,
    step_id: int,
    title: str,
) -> DueItem:
    """A plan's earliest due step, standing for the ``steps_due`` due in that plan."""
    more = f" (+{steps_due - 1} more)" if steps_due > 1 else ""
    return DueItem(
        DueKind.RECOVERY_STEP,
        f"{company}: {title}{more}",
        rejected_on + timedelta(days=offset_days),
        rejection_id,
        step_id=step_id,
    )


def feedback_item(
    step_id: int, rejection_id: int, company: str, rejected_on: date, offset_days: int, today: date
) -> DueItem:
    """A feedback request not yet sent, flagged once well past its day."""
    flagged = is_feedback_flagged(
        StepKind.FEEDBACK, rejected_on, offset_days, asked_on=None, done=False, today=today
    )
    return DueItem(
        DueKind.FEEDBACK_REQUEST,
        f"Ask {clip_name(company)} for feedback",
        rejected_on + timedelta(days=offset_days),
        rejection_id,
        step_id=step_id,
        flagged=flagged,
    )


def ghosted_item(application_id: int, company: str, role: str, applied_on: date) -> DueItem:
    """An application with no word for a long time (it carries the day it was sent)."""
    return DueItem(
        DueKind.GHOSTED, f"No word from {company} ({role}): ghosted?", applied_on, application_id
    )


def draft_item(record_id: int, thought: str, updated_on: date | None) -> DueItem:
    """A thought record left half done."""
    shown = _clip(thought, DRAFT_TITLE_WIDTH) or "untitled"
    return DueItem(
        DueKind.THOUGHT_DRAFT,
        f"Unfinished thought record: \u201c{shown}\u201d",
        updated_on,
        record_id,
    )


def skill_item(skill_id: int, title: str) -> DueItem:
    """A skill being worked on (ongoing: no day)."""
    return DueItem(DueKind.SKILL_IN_PROGRESS, f"Working on: {title}", None, skill_id)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def urgency(item: DueItem) -> int:
    """0 overdue or flagged, 1 due, 2 a clean-up suggestion (ghosted?), 3 ongoing work."""
    if item.flagged:
        return 0
    if item.kind is DueKind.GHOSTED:
        return 2
    if item.kind in _ONGOING or item.due_on is None:
        return 3
    return 1


def order_due(items: list[DueItem]) -> list[DueItem]:
    """Most urgent first; within an urgency, the oldest date first, then by kind, then by
    title, but skills in progress as they came (the backlog's own order, `K`/`J`: a newcomer
    found them alphabetical on Today)."""
    return sorted(
        items,
        key=lambda i: (
            urgency(i),
            i.due_on or date.max,
            _KIND_RANK[i.kind],
            "" if i.kind is DueKind.SKILL_IN_PROGRESS else i.title,
        ),
    )


def describe_due(item: DueItem, today: date) -> str:
    """When an item is due, in words: "today", "overdue 3 days", "sent 40 days ago"."""
    if item.kind is DueKind.SKILL_IN_PROGRESS:
        return "in progress"
    if item.due_on is None:
        return ""
    relative = describe_relative(item.due_on, today)
    if item.kind is DueKind.THOUGHT_DRAFT:
        return f"left {relative}"
    if item.kind is DueKind.GHOSTED:
        return f"sent {relative}"
    days_late = (today - item.due_on).days
    if days_late <= 0:
        return relative
    if item.flagged:
        return f"overdue {plural(days_late, 'day')}"
    return f"due {relative}"


class NextStep(NamedTuple):
    title: str
    reason: str
    pane: str
    item_id: int | None = None
    step_id: int | None = None
    action: str | None = None  # e.g. "add" for the Pipeline's add form


class FreshRejection(NamedTuple):
    """A recent rejection whose plan has not been touched yet."""

    rejection_id: int
    company: str
    rejected_on: date


class StuckPlan(NamedTuple):
    """An open plan that has not moved for a while, and its next undone step."""

    rejection_id: int
    company: str
    last_moved_on: date
    next_step_id: int | None
    next_step_title: str | None


class EarlyPlan(NamedTuple):
    """A rejection from the last EARLY_PLAN_DAYS days and its plan's first undone step."""

    rejection_id: int
    company: str
    rejected_on: date
    step_id: int
    step_title: str
    step_due_on: date


class StepFacts(NamedTuple):
    """What the next-step rules look at, gathered by the store layer."""

    today: date
    has_data: bool
    fresh_untouched: FreshRejection | None = None
    early_plan: EarlyPlan | None = None
    flagged_feedback: DueItem | None = None
    stuck_plan: StuckPlan | None = None
    last_application_on: date | None = None
    overdue_follow_up: DueItem | None = None
    thought_draft: DueItem | None = None
    applications_this_week: int = 0
    weekly_goal: int = 5
    skill_in_progress: DueItem | None = None


def _early_plan_step(early: EarlyPlan, today: date) -> NextStep:
    """The plan's next step in the first days after a no (feelings, then talking), or,
    with today's steps done, permission to rest and what the plan asks for next."""
    said = f"{clip_name(early.company)} said no {days_ago((today - early.rejected_on).days)}."
    if early.step_due_on <= today:
        title = early.step_title
        reason = f"{said} For a day or two your plan comes first; the weekly goal can wait."
    else:
        title = "Go easy on yourself today"
        reason = (
            f"{said} You have done what your plan asks for now. Next, "
            f"{describe_relative(early.step_due_on, today)}: {early.step_title}."
        )
    return NextStep(title, reason, "recovery", item_id=early.rejection_id, step_id=early.step_id)


def choose_next_step(facts: StepFacts) -> NextStep:
    """One suggestion, by rules in a fixed order; the first that applies wins."""
    today = facts.today
    if not facts.has_data:
        return NextStep(
            "Add your first application",
            "Everything here grows from the applications you track.",
            "pipeline",
            action="add",
        )
    if fresh := facts.fresh_untouched:
        return NextStep(
            f"Start your recovery plan for {clip_name(fresh.company)}",
            f"{clip_name(fresh.company)} said no {days_ago((today - fresh.rejected_on).days)}. "
            "The first steps take minutes.",
            "recovery",
            item_id=fresh.rejection_id,
        )
    if early := facts.early_plan:
        return _early_plan_step(early, today)
    if facts.flagged_feedback:
        item = facts.flagged_feedback
        late = (today - item.due_on).days if item.due_on else 0
        return NextStep(
            item.title,
            f"The suggested day passed {plural(late, 'day')} ago. A short, friendly note is "
            "enough.",
            "recovery",
            item_id=item.item_id,
            step_id=item.step_id,
        )
    if stuck := facts.stuck_plan:
        return NextStep(
            stuck.next_step_title or f"Pick up your plan for {clip_name(stuck.company)}",
            f"Your plan for {clip_name(stuck.company)} has not moved in "
            f"{plural((today - stuck.last_moved_on).days, 'day')}.",
            "recovery",
            item_id=stuck.rejection_id,
            step_id=stuck.next_step_id,
        )
    if facts.last_application_on is None or (today - facts.last_application_on).days >= QUIET_DAYS:
        reason = (
            "You have not sent an application yet."
            if facts.last_application_on is None
            else f"Your last application went out "
            f"{plural((today - facts.last_application_on).days, 'day')} ago. "
            "One good one is enough."
        )
        return NextStep("Send one application", reason, "pipeline", action="add")
    if facts.overdue_follow_up:
        item = facts.overdue_follow_up
        return NextStep(
            item.title,
            f"It was due {days_ago((today - item.due_on).days) if item.due_on else 'today'}.",
            "pipeline",
            item_id=item.item_id,
        )
    if facts.thought_draft:
        item = facts.thought_draft
        return NextStep(
            "Finish your thought record",
            "It picks up where you left off.",
            "reframe",
            item_id=item.item_id,
        )
    missing = facts.weekly_goal - facts.applications_this_week
    if missing > 0:
        return NextStep(
            f"Send {plural(missing, 'more application')} this week",
            f"You are at {facts.applications_this_week} of your weekly goal of "
            f"{facts.weekly_goal}.",
            "pipeline",
            action="add",
        )
    if facts.skill_in_progress:
        item = facts.skill_in_progress
        return NextStep(
            f"Spend half an hour on {item.title}",
            "Your weekly goal is met; a little practice keeps the momentum.",
            "skills",
            item_id=item.item_id,
        )
    return NextStep(
        "Take a breather",
        "Your weekly goal is met and nothing is waiting. A short check-in (c) is enough today.",
        "today",
    )
