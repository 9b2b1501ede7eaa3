"""What is due today: the rules behind the Today pane's due list.

Plain data in, plain data out. The store layer reads the candidate rows
(store/fastread.py), given the thresholds below; these functions word each one as a due
item and order them, so each rule can be tested on fixed dates without a database
(domain/next_step.py picks the one next step). services/today.py puts them together.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from bounceback_tui.domain.care import is_back_after_gap
from bounceback_tui.domain.record_name import record_named
from bounceback_tui.domain.stages import EXITS, Stage, quiet_since
from bounceback_tui.domain.step_timing import StepKind, is_feedback_flagged
from bounceback_tui.domain.text import clip_name
from bounceback_tui.domain.wording import plural

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
# Skills not yet done: SkillStatus less DONE (domain/skills.py), spelt out here so that the
# first paint does not import the Skills rules (a test keeps the two in step).
OPEN_SKILL_STATUSES = ("todo", "doing")
# A draft's thought is clipped to this many terminal cells in its due item.
DRAFT_TITLE_WIDTH = 48
# On the day of a no and the day after, the next step comes from its plan, not the goal.
EARLY_PLAN_DAYS = 2
# A follow-up (an application's or a person's) whose day passed more than this many days
# ago is "from a while back": Today lists them as one line that opens a review, where they
# are let go or moved on together (after a long break, a column of "overdue 403 days").
LONG_PAST_DAYS = 30
# On a return (``domain/care.is_back_after_gap``: the last day here before today was a week
# ago or more) they are grouped by that day instead: what came due while the person was
# away, and what was due already before (``long_past_groups``). Each group is one line, its
# DueItem's ``item_id`` saying which.
WHILE_BACK, WHILE_AWAY, BEFORE_AWAY = 0, 1, 2
_GROUP_WORDS = {
    WHILE_BACK: "from a while back",
    WHILE_AWAY: "due while you were away",
    BEFORE_AWAY: "due before you were away",
}


class DueKind(StrEnum):
    FOLLOW_UP = "follow_up"
    PERSON_FOLLOW_UP = "person_follow_up"  # a person's (People's "Follow up on")
    FEEDBACK_REQUEST = "feedback_request"
    RECOVERY_STEP = "recovery_step"
    SKILL_TARGET = "skill_target"
    GHOSTED = "ghosted"
    LONG_PAST_FOLLOW_UPS = "long_past_follow_ups"  # one line for them all (LONG_PAST_DAYS)
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
    DueKind.PERSON_FOLLOW_UP: "Follow up",
    DueKind.FEEDBACK_REQUEST: "Ask for feedback",
    DueKind.RECOVERY_STEP: "Recovery",
    DueKind.SKILL_TARGET: "Skill target",
    DueKind.GHOSTED: "Ghosted?",
    DueKind.LONG_PAST_FOLLOW_UPS: "Follow-ups from a while back",
    DueKind.THOUGHT_DRAFT: "Reframe draft",
    DueKind.SKILL_IN_PROGRESS: "Skill",
}
_PANES = {
    DueKind.FOLLOW_UP: "pipeline",
    DueKind.PERSON_FOLLOW_UP: "people",
    DueKind.FEEDBACK_REQUEST: "recovery",
    DueKind.RECOVERY_STEP: "recovery",
    DueKind.SKILL_TARGET: "skills",
    DueKind.GHOSTED: "pipeline",
    DueKind.LONG_PAST_FOLLOW_UPS: "today",  # its review opens over Today
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
    # Shorter titles, longest first, for a line too narrow for ``title``: a follow-up's
    # without its role, then its company alone (who to follow up with goes last).
    shorter: tuple[str, ...] = ()
    # The name in ``title`` that a line too narrow cuts first, the words around it kept
    # whole: a feedback request's company ("Ask Riverst… for feedback", not "Ask
    # Riverstone…", which no longer said what to do).
    name: str = ""
    # A "ghosted?" item whose last news is its move back into Applied, after the day it was
    # sent: its day is that one, and it is said as "last news 4 days ago", not "sent …".
    later_news: bool = False
    # An application's company and role where ``name`` is its "Company (Role)": a line too
    # narrow cuts the role inside its brackets, so two at one company stay told apart.
    parts: tuple[str, str] | None = None
    # A plan's steps due after the one ``title`` names (its "(+5 more)"): Today's line keeps
    # them whole beside its day, the step's words cut first.
    more: int = 0
    # The other applications listed at its company, each "Company (Role)": a line too narrow
    # cuts its own name so that it cannot read as one of theirs (domain/due_alike.py).
    alike: tuple[str, ...] = ()
    # A plan's comfort step (domain/step_timing.COMFORT_GROUPS: let yourself feel it, talk
    # it through, the extra support), its plan with no other step due: never late, offered
    # "when you are ready" (domain/due_said.describe_due), not "was due 5 Jan".
    care: bool = False
    # Said on a hard day (domain/due_said.as_said): past its day, it reads "late", never how
    # late ("8d late" on the day of a check-in of 1, a tester's month).
    gently: bool = False


def active_since(today: date) -> date:
    """The oldest rejection day whose unfinished plan still counts as active."""
    return today - timedelta(days=ACTIVE_PLAN_DAYS)


def follow_up_item(application_id: int, company: str, role: str, on: date, today: date) -> DueItem:
    """A follow-up whose day has come; flagged once it is overdue. A line too narrow gives
    up "Follow up with" (its ``✉`` says it), then cuts "Company (Role)" part by part, the
    role kept inside its brackets: at 80x24 a follow-up at a company of its own dropped its
    role ("✉ Lumen Health  3 days late")."""
    named = f"{company} ({role})"
    with_role = bool(role.strip())
    return DueItem(
        DueKind.FOLLOW_UP,
        f"Follow up with {named}",
        on,
        application_id,
        flagged=on < today,
        shorter=(named,) if with_role else (f"Follow up with {company}", company),
        name=named if with_role else "",
        parts=(company, role),
    )


def person_follow_up_item(
    contact_id: int, name: str, company: str, on: date, today: date
) -> DueItem:
    """A person's follow-up whose day has come; flagged once it is overdue, as an
    application's is (it showed apart, above "Nothing is due today", a stranger's walk)."""
    return DueItem(
        DueKind.PERSON_FOLLOW_UP,
        f"Follow up with {name}" + (f" ({company})" if company else ""),
        on,
        contact_id,
        flagged=on < today,
        shorter=(f"Follow up with {name}", name),
    )


def feedback_item(
    step_id: int,
    rejection_id: int,
    company: str,
    rejected_on: date,
    offset_days: int,
    today: date,
    recorded_on: date | None = None,
    role: str = "",
) -> DueItem:
    """A feedback request not yet sent, flagged once well past its day (and past the day
    its no was recorded: ``step_timing.feedback_flag_on``), naming its application as
    every other line does, "Ask Riverstone (Site Reliability Engineer) for feedback": two
    noes at one company read alike as "Ask Riverstone for feedback"."""
    flagged = is_feedback_flagged(
        StepKind.FEEDBACK,
        rejected_on,
        offset_days,
        asked_on=None,
        done=False,
        today=today,
        recorded_on=recorded_on,
    )
    # Whole, as a follow-up's title is: a line cuts the name part by part where it is drawn.
    name = f"{company} ({role})" if role else clip_name(company)
    return DueItem(
        DueKind.FEEDBACK_REQUEST,
        f"Ask {name} for feedback",
        rejected_on + timedelta(days=offset_days),
        rejection_id,
        step_id=step_id,
        flagged=flagged,
        # Narrow, "Company (Role)" alone, as a follow-up's (its "?" says what to do); a
        # company alone keeps "Ask … for feedback" round its name cut.
        shorter=(name,) if role else (),
        name=name,
        parts=(company, role) if role else None,
    )


def feedback_items(
    rows: Iterable[tuple[int, int, str, date, int, date | None, str]], today: date
) -> list[DueItem]:
    """``feedback_item`` for each request read: (step id, rejection id, company, the no's
    day, the step's offset, the day the no was recorded, the no's role)."""
    return [feedback_item(*row[:5], today, recorded_on=row[5], role=row[6]) for row in rows]


def ghosted_item(
    application_id: int,
    company: str,
    role: str,
    applied_on: date,
    entered_on: date | None = None,
) -> DueItem:
    """An application with no word for a long time. It carries the day of its last news, as
    the quiet rule counts it (``domain/stages.quiet_since``: the later of the day it was sent
    and ``entered_on``, the day it last moved into Applied), so the line says what the
    Pipeline's review says. A line too narrow cuts the company and role, not "ghosted?";
    it says "Company (Role): ghosted?" before it cuts the role (at 80x24 two applications at
    one company both read "No word from Quarry &…: ghosted?")."""
    since = quiet_since(applied_on, entered_on) or applied_on
    named = f"{company} ({role})" if role else company
    return DueItem(
        DueKind.GHOSTED,
        f"No word from {named}: ghosted?",
        since,
        application_id,
        shorter=(f"{named}: ghosted?",),
        name=named,
        later_news=since > applied_on,
        parts=(company, role),
    )


class LongPastGroup(NamedTuple):
    """Follow-ups grouped on one line: those with a day on ``since`` or after, before
    ``before``; ``group`` is WHILE_BACK, WHILE_AWAY or BEFORE_AWAY."""

    group: int
    since: date
    before: date


def long_past_groups(today: date, last_here: date | None) -> tuple[date, list[LongPastGroup]]:
    """The first follow-up day Today lists one by one, and the groups of those before it.

    On an ordinary day, one group: those more than ``LONG_PAST_DAYS`` days past. On a return
    (``last_here``, the last day with an action before today, a week back or more), the day
    the person was last here divides them: what came due while they were away is listed (the
    last ``LONG_PAST_DAYS`` days of it; earlier than that, it is a group of its own), and what
    was due on or before that day is another group. After 21 days away a follow-up left late
    before the break and one that came due during it were read alike, both listed or both in
    "from a while back", by a fixed 30 days."""
    recent = today - timedelta(days=LONG_PAST_DAYS)
    if last_here is None or not is_back_after_gap((today - last_here).days):
        return recent, [LongPastGroup(WHILE_BACK, date.min, recent)]
    away_from = last_here + timedelta(days=1)
    groups = [LongPastGroup(BEFORE_AWAY, date.min, away_from)]
    if away_from < recent:
        groups.append(LongPastGroup(WHILE_AWAY, away_from, recent))
    return max(recent, away_from), groups


def long_past_said(group: int, count: int) -> str:
    """How a group's line and its review name it: "3 follow-ups from a while back"."""
    return f"{plural(count, 'follow-up')} {_GROUP_WORDS[group]}"


def long_past_items(count: int, oldest: str, group: int = WHILE_BACK) -> list[DueItem]:
    """A group of follow-ups (``long_past_groups``; ``oldest``, the earliest day) as one line,
    none when there are none: never flagged, it is a clean-up to look over, not a column of
    things overdue."""
    if not count:
        return []
    said = long_past_said(group, count)
    # A return's groups keep what sets them apart in a narrow box: "12 due before you were
    # away", not "12 old follow-ups" for both (80x24).
    old = plural(count, "old follow-up")
    shorter = (
        (said, old) if group == WHILE_BACK else (said, f"{count:,} {_GROUP_WORDS[group]}", old)
    )
    return [
        DueItem(
            DueKind.LONG_PAST_FOLLOW_UPS,
            f"{said}: let them go or move them on",
            date.fromisoformat(oldest),
            group,
            shorter=shorter,
        )
    ]


def draft_item(
    record_id: int, thought: str, updated_on: date | None, situation: str = ""
) -> DueItem:
    """A thought record left half done, named as everywhere (``domain/record_name``): by its
    thought, else by its situation ("about “…”"), never "untitled"."""
    shown = record_named(thought, situation, DRAFT_TITLE_WIDTH)
    return DueItem(
        DueKind.THOUGHT_DRAFT,
        f"Unfinished thought record{': ' if shown.startswith('“') else ' '}{shown}",
        updated_on,
        record_id,
    )


# How a skill's due item begins; the next step names the skill without it.
_SKILL_LEADS = {DueKind.SKILL_TARGET: "Skill target: ", DueKind.SKILL_IN_PROGRESS: "Working on: "}


def skill_target_item(skill_id: int, title: str, target_on: date) -> DueItem:
    """A skill not yet done whose target day has come (the calendar's "Skill target")."""
    # The skill's name alone where the line is short: its arrow says it is a skill.
    lead = _SKILL_LEADS[DueKind.SKILL_TARGET]
    return DueItem(DueKind.SKILL_TARGET, lead + title, target_on, skill_id, shorter=(title,))


def skill_item(skill_id: int, title: str) -> DueItem:
    """A skill being worked on (ongoing: no day)."""
    lead = _SKILL_LEADS[DueKind.SKILL_IN_PROGRESS]
    # The skill's name alone where the line is short, "in progress" after it: at 80x24
    # "↑ Working on…" had kept its lead and none of the skill.
    return DueItem(DueKind.SKILL_IN_PROGRESS, lead + title, None, skill_id, shorter=(title,))


def skill_name(item: DueItem) -> str:
    """The skill a skill's due item is about, without the words its line begins with."""
    return item.title.removeprefix(_SKILL_LEADS.get(item.kind, ""))


def urgency(item: DueItem) -> int:
    """0 overdue or flagged, 1 due, 2 a clean-up suggestion (ghosted?), 3 ongoing work."""
    if item.flagged:
        return 0
    if item.kind in (DueKind.GHOSTED, DueKind.LONG_PAST_FOLLOW_UPS):
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


def unlisted_by_kind(
    due: list[DueItem], totals: dict[DueKind, int]
) -> tuple[tuple[DueKind, int], ...]:
    """Each kind's count the list leaves out (its total less those listed), in kind order."""
    listed = {kind: 0 for kind in DueKind}
    for item in due:
        listed[item.kind] += 1
    return tuple((kind, totals.get(kind, 0) - listed[kind]) for kind in DueKind)
