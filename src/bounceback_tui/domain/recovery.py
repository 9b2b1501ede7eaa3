"""The recovery plan: its template, its timing rules and what valid input looks like.

The ideas come from the project's seed article on bouncing back from a job
rejection (take time, review and reflect, ask for feedback, keep going, and three
things not to do), plus two optional research-backed exercises. Every sentence
here is the project's own; docs/recovery.md explains each step and its sources.

Pure rules only: no I/O, no Textual, no SQL. The Recovery pane and Today both
use the timing functions, so "due" and "flagged" mean the same thing everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bounceback_tui.domain.dates import DateParseError, parse_date
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.step_timing import FEEDBACK_FLAG_AFTER_DAYS as FEEDBACK_FLAG_AFTER_DAYS
from bounceback_tui.domain.step_timing import FEEDBACK_FLAG_UNTIL_DAYS as FEEDBACK_FLAG_UNTIL_DAYS
from bounceback_tui.domain.step_timing import StepKind as StepKind
from bounceback_tui.domain.step_timing import feedback_flag_on as feedback_flag_on
from bounceback_tui.domain.step_timing import is_feedback_flagged as is_feedback_flagged
from bounceback_tui.domain.step_timing import is_step_due as is_step_due
from bounceback_tui.domain.step_timing import step_due_on as step_due_on
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, clean_text
from bounceback_tui.errors import FieldError, ValidationError


class StepLink(StrEnum):
    SKILLS = "skills"
    REFRAME = "reframe"

    @property
    def label(self) -> str:
        return {"skills": "Skills pane", "reframe": "Reframe pane"}[self.value]


@dataclass(frozen=True)
class StepGroup:
    key: str
    title: str


GROUPS: tuple[StepGroup, ...] = (
    StepGroup("breathe", "Take a breath"),
    StepGroup("reflect", "Review and reflect"),
    StepGroup("feedback", "Ask for feedback"),
    StepGroup("keep_going", "Keep going"),
    StepGroup("guardrails", "Guardrails"),
    StepGroup("optional", "Extra support"),
)
GROUP_TITLES = {g.key: g.title for g in GROUPS}
GROUP_ORDER = {g.key: i for i, g in enumerate(GROUPS)}


@dataclass(frozen=True)
class TemplateStep:
    key: str
    group: str
    title: str
    detail: str
    kind: StepKind = StepKind.CHECK
    offset_days: int = 0
    link: StepLink | None = None
    optional: bool = False


DEFAULT_TEMPLATE: tuple[TemplateStep, ...] = (
    TemplateStep(
        "breathe.feel",
        "breathe",
        "Let yourself feel it for a while",
        "Being turned down stings, more so for a job you wanted. Give the disappointment an "
        "evening; you do not have to be over it by tomorrow morning.",
        offset_days=0,
    ),
    TemplateStep(
        "breathe.talk",
        "breathe",
        "Talk it through with someone close",
        "Tell a friend or someone in your family what happened. Saying it out loud to a person "
        "on your side makes it smaller.",
        offset_days=1,
    ),
    TemplateStep(
        "reflect.prepared",
        "reflect",
        "How prepared was I, and where did I bluff?",
        "Think back over the research and the interviews. Which answers rested on solid "
        "ground, and which did you improvise?",
        kind=StepKind.ANSWER,
        offset_days=2,
    ),
    TemplateStep(
        "reflect.soft_skills",
        "reflect",
        "Did my soft skills come across, or only the technical ones?",
        "Collaboration, judgement, how you handle a disagreement: did they get a moment in the "
        "conversation, or did technical detail fill every minute?",
        kind=StepKind.ANSWER,
        offset_days=2,
    ),
    TemplateStep(
        "reflect.redo",
        "reflect",
        "Which questions would I answer differently now?",
        "Write down each one, and the answer you would give today.",
        kind=StepKind.ANSWER,
        offset_days=2,
    ),
    TemplateStep(
        "reflect.went_well",
        "reflect",
        "What went well?",
        "A rejection does not erase the parts you did right. Name them, so you keep doing them.",
        kind=StepKind.ANSWER,
        offset_days=2,
    ),
    TemplateStep(
        "feedback.ask",
        "feedback",
        "Ask the recruiter or hiring manager for feedback",
        "A short, friendly message is enough. Note when you asked and how (email, phone, "
        "through the recruiter).",
        kind=StepKind.FEEDBACK,
        offset_days=3,
    ),
    TemplateStep(
        "feedback.response",
        "feedback",
        "Note what came back",
        "Write down what they said, or that nothing came back. Silence is common and often has "
        "nothing to do with you; either way, look for one thing you can use.",
        kind=StepKind.REPLY,
        offset_days=10,
    ),
    TemplateStep(
        "keep_going.practise",
        "keep_going",
        "Practise interviewing",
        "A mock interview with a friend, or answering last time's hardest question out loud.",
        offset_days=5,
    ),
    TemplateStep(
        "keep_going.resume",
        "keep_going",
        "Polish your resume",
        "Use what you learned: sharpen the lines the interviewers asked about.",
        offset_days=5,
    ),
    TemplateStep(
        "keep_going.skill",
        "keep_going",
        "Pick one skill to grow",
        "Turn one gap you noticed into an item on your Skills backlog.",
        offset_days=7,
        link=StepLink.SKILLS,
    ),
    TemplateStep(
        "keep_going.next",
        "keep_going",
        "Send the next application",
        "Momentum is the best answer to a no. One good application is enough.",
        offset_days=7,
    ),
    TemplateStep(
        "guardrails.bridge",
        "guardrails",
        "Keep the bridge intact: send a gracious reply",
        "Thank them for their time and say you would welcome hearing about future roles. "
        "People move between companies, and they remember how you took the news.",
        offset_days=1,
    ),
    TemplateStep(
        "guardrails.thoughts",
        "guardrails",
        "Watch for negative thought patterns",
        'If a thought like "I\'ll never get hired" keeps coming back, take it through a '
        "Reframe exercise.",
        offset_days=1,
        link=StepLink.REFRAME,
    ),
    TemplateStep(
        "guardrails.not_personal",
        "guardrails",
        "Don't take it personally or get defensive",
        "Hiring decisions weigh budgets, timing and other candidates you never see. Resist the "
        "urge to argue the decision; your field is smaller than it looks.",
        offset_days=2,
    ),
    TemplateStep(
        "optional.expressive",
        "optional",
        "Expressive writing: fifteen minutes about the rejection",
        "Write without stopping about what happened and how it felt. It stays private; no one "
        "else reads it, and spelling does not matter.",
        kind=StepKind.EXPRESSIVE,
        offset_days=1,
        optional=True,
    ),
    TemplateStep(
        "optional.compassion",
        "optional",
        "A self-compassion note",
        "If a good friend were in your place tonight, what would you tell them? Write that "
        "note to yourself.",
        kind=StepKind.ANSWER,
        offset_days=2,
        optional=True,
    ),
)


def steps_for_new_plan(
    template: tuple[TemplateStep, ...] | list[TemplateStep], include_optional: bool
) -> list[TemplateStep]:
    """The steps a new plan starts with, in template order."""
    return [s for s in template if include_optional or not s.optional]


# --- Timing -------------------------------------------------------------------------------

# The expressive-writing session's length, in minutes.
EXPRESSIVE_MINUTES = 15
# The furthest a step can be suggested after the rejection.
MAX_OFFSET_DAYS = 365


def plan_is_complete(done: int, total: int) -> bool:
    """A plan is finished when every one of its steps is ticked (an empty plan never is)."""
    return total > 0 and done >= total


def skill_source_kind(kind: str, group_key: str) -> str | None:
    """What a step's written text becomes in the Skills pane, or None if it cannot.

    Reflection answers and feedback replies can; private writing never does.
    """
    if kind == StepKind.REPLY:
        return "feedback"
    if kind == StepKind.ANSWER and group_key == "reflect":
        return "reflection"
    if kind == StepKind.ANSWER and group_key == "feedback":
        return "feedback"
    return None


def progress_bar(done: int, total: int, width: int = 8) -> str:
    """A bar of ``width`` cells: empty only before the first tick, full only when finished."""
    if total <= 0:
        return "·" * width
    if done >= total:
        filled = width
    else:
        filled = min(width - 1, max(1 if done > 0 else 0, (done * width) // total))
    return "█" * filled + "░" * (width - filled)


# --- Input ---------------------------------------------------------------------------------

ANSWER_LIMIT = LONG_TEXT_LIMIT
DETAIL_LIMIT = 2_000
REASON_LIMIT = 2_000
TITLE_LIMIT = 200

# Stages a rejection can come at, as offered in the "record a rejection" form.
REACHED_STAGES: tuple[Stage, ...] = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.OFFER,
)
ASKED_VIA: tuple[tuple[str, str], ...] = (
    ("Email", "email"),
    ("Phone call", "phone"),
    ("Through the recruiter", "recruiter"),
    ("LinkedIn message", "linkedin"),
    ("In person", "in person"),
    ("Another way", "other"),
)
# Kinds a person can give a custom step in a plan (the special editors stay in the template).
CUSTOM_STEP_KINDS: tuple[StepKind, ...] = (StepKind.CHECK, StepKind.ANSWER)


@dataclass(frozen=True)
class RejectionInput:
    company: str
    role: str
    rejected_on: date
    stage_reached: str = ""
    reason: str = ""


@dataclass(frozen=True)
class CustomStepInput:
    title: str
    group_key: str
    kind: StepKind
    offset_days: int
    detail: str = ""


@dataclass(frozen=True)
class FeedbackRequestInput:
    asked_on: date
    asked_via: str


@dataclass(frozen=True)
class TemplateStepInput:
    title: str
    group_key: str
    kind: StepKind
    offset_days: int
    detail: str = ""
    link: StepLink | None = None
    optional: bool = False


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def _day(
    values: Mapping[str, str], field: str, label: str, today: date, errors: list[FieldError]
) -> date:
    try:
        return parse_date(values.get(field, ""), today)
    except DateParseError as exc:
        errors.append(FieldError(field, f"{label}: {exc}"))
        return today


def _choice(
    values: Mapping[str, str], field: str, label: str, allowed: set[str], errors: list[FieldError]
) -> str:
    value = values.get(field, "").strip()
    if value and value not in allowed:
        errors.append(FieldError(field, f"{label}: choose one of the listed options."))
        return ""
    return value


def validate_rejection(values: Mapping[str, str], today: date) -> RejectionInput:
    """Check the "record a rejection" form: company and role are needed, the date is not
    in the future."""
    errors: list[FieldError] = []
    company = clean_text(values.get("company"), "company", "Company", errors, required=True)
    role = clean_text(values.get("role"), "role", "Role", errors, required=True)
    rejected_on = _day(values, "rejected_on", "Date", today, errors)
    if rejected_on > today:
        errors.append(
            FieldError("rejected_on", "That date is in the future; use the day the no came.")
        )
    stage = _choice(
        values, "stage_reached", "Stage reached", {s.value for s in REACHED_STAGES}, errors
    )
    reason = clean_text(
        values.get("reason"), "reason", "Reason", errors, multiline=True, limit=REASON_LIMIT
    )
    _raise_if(errors)
    return RejectionInput(company, role, rejected_on, stage, reason)


def _offset_from_day(
    values: Mapping[str, str], field: str, rejected_on: date, today: date, errors: list[FieldError]
) -> int:
    day = _day(values, field, "Suggested day", today, errors)
    offset = (day - rejected_on).days
    if offset < 0:
        errors.append(
            FieldError(field, f"Pick a day on or after the rejection ({rejected_on:%d %b %Y}).")
        )
        return 0
    if offset > MAX_OFFSET_DAYS:
        errors.append(FieldError(field, "Pick a day within a year of the rejection."))
        return 0
    return offset


def validate_custom_step(
    values: Mapping[str, str], rejected_on: date, today: date
) -> CustomStepInput:
    """Check the "add a step to this plan" form; its day becomes an offset from the rejection."""
    errors: list[FieldError] = []
    title = clean_text(
        values.get("title"), "title", "Step", errors, required=True, limit=TITLE_LIMIT
    )
    detail = clean_text(
        values.get("detail"), "detail", "Detail", errors, multiline=True, limit=DETAIL_LIMIT
    )
    group = _choice(values, "group", "Group", set(GROUP_TITLES), errors) or "keep_going"
    kind_text = _choice(values, "kind", "Kind", {k.value for k in CUSTOM_STEP_KINDS}, errors)
    offset = _offset_from_day(values, "day", rejected_on, today, errors)
    _raise_if(errors)
    return CustomStepInput(title, group, StepKind(kind_text or "check"), offset, detail)


def validate_feedback_request(
    values: Mapping[str, str], rejected_on: date, today: date
) -> FeedbackRequestInput:
    """When and how feedback was asked: a real day, not in the future."""
    errors: list[FieldError] = []
    asked_on = _day(values, "asked_on", "Asked on", today, errors)
    if asked_on > today:
        errors.append(FieldError("asked_on", "That day has not come yet; note it once asked."))
    via = _choice(values, "asked_via", "Asked via", {v for _, v in ASKED_VIA}, errors)
    _raise_if(errors)
    return FeedbackRequestInput(asked_on, via)


def validate_answer(text: str, label: str = "Answer") -> str:
    """A written answer: multi-line, cleaned, within the long-text limit (may be empty)."""
    errors: list[FieldError] = []
    cleaned = clean_text(text, "answer", label, errors, multiline=True, limit=ANSWER_LIMIT)
    _raise_if(errors)
    return cleaned


def parse_offset(text: str) -> int:
    """A day offset typed as a whole number of days (0 = the day of the rejection)."""
    cleaned = text.strip().lower().removesuffix("days").removesuffix("day").strip()
    if not (cleaned.isascii() and cleaned.isdecimal()):
        raise ValueError("Type a whole number of days after the rejection, like 0, 3 or 10.")
    # int() refuses thousands of digits; any number that long is too far anyway.
    value = int(cleaned) if len(cleaned) <= 9 else MAX_OFFSET_DAYS + 1
    if value > MAX_OFFSET_DAYS:
        raise ValueError(f"Keep it within {MAX_OFFSET_DAYS} days of the rejection.")
    return value


def validate_template_step(values: Mapping[str, str]) -> TemplateStepInput:
    """Check the template editor's form."""
    errors: list[FieldError] = []
    title = clean_text(
        values.get("title"), "title", "Step", errors, required=True, limit=TITLE_LIMIT
    )
    detail = clean_text(
        values.get("detail"), "detail", "Detail", errors, multiline=True, limit=DETAIL_LIMIT
    )
    group = _choice(values, "group", "Group", set(GROUP_TITLES), errors) or "keep_going"
    kind_text = _choice(values, "kind", "Kind", {k.value for k in StepKind}, errors)
    link_text = _choice(values, "link", "Link", {k.value for k in StepLink}, errors)
    optional_text = _choice(values, "optional", "When", {"yes", "no"}, errors)
    offset = 0
    try:
        offset = parse_offset(values.get("offset_days", ""))
    except ValueError as exc:
        errors.append(FieldError("offset_days", str(exc)))
    _raise_if(errors)
    return TemplateStepInput(
        title=title,
        group_key=group,
        kind=StepKind(kind_text or "check"),
        offset_days=offset,
        detail=detail,
        link=StepLink(link_text) if link_text else None,
        optional=optional_text == "yes",
    )
