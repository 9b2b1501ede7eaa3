"""What valid input to the recovery plan looks like: the "record a rejection" form, a custom
step, a feedback request, a written answer and the template editor's step.

Pure rules only, like the plan itself (domain/recovery.py): each validator returns a frozen
input or raises ValidationError naming every refused field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from bounceback_tui.domain.applications import before_sent, clean_reason
from bounceback_tui.domain.dates import record_day, say_how_read
from bounceback_tui.domain.line_fields import many_lines
from bounceback_tui.domain.recovery import GROUP_TITLES, MAX_OFFSET_DAYS, StepLink
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.step_timing import StepKind
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, clean_text
from bounceback_tui.errors import FieldError, ValidationError

ANSWER_LIMIT = LONG_TEXT_LIMIT
# A step's day is counted from its no's; a no whose stored day cannot be read has none.
NO_DAY_TO_COUNT_FROM = (
    "The day of this no cannot be read, so no day can be counted from it. "
    "Edit the rejection and give its date first."
)
DETAIL_LIMIT = 2_000
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


ASKED_NOT_YET = "That day has not come yet; note it once asked."


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def _day(
    values: Mapping[str, str],
    field: str,
    label: str,
    today: date,
    errors: list[FieldError],
    *,
    future: bool = True,  # False: a later day is refused after, in the field's own words
) -> date:
    """A day the form needs (today, when refused: the refusal is in ``errors``)."""
    day = record_day(values, field, label, today, errors, required=True, future=future)
    return today if day is None else day


def _choice(
    values: Mapping[str, str], field: str, label: str, allowed: set[str], errors: list[FieldError]
) -> str:
    value = values.get(field, "").strip()
    if value and value not in allowed:
        errors.append(FieldError(field, f"{label}: choose one of the listed options."))
        return ""
    return value


def validate_rejection(
    values: Mapping[str, str], today: date, date_applied: date | None = None
) -> RejectionInput:
    """Check the "record a rejection" form: company and role are needed, the date is not
    in the future, nor before ``date_applied`` (a no linked to an application: the rule
    the Pipeline's `x` keeps, ``applications.before_sent``)."""
    errors: list[FieldError] = []
    company = clean_text(
        values.get("company"),
        "company",
        "Company",
        errors,
        required=True,
        multiline=many_lines("rejection", "company"),
    )
    role = clean_text(
        values.get("role"),
        "role",
        "Role",
        errors,
        required=True,
        multiline=many_lines("rejection", "role"),
    )
    # Named as its field is labelled: "The day of the no: Enter a date: …" was neither.
    rejected_on = _day(values, "rejected_on", "Date of the no", today, errors, future=False)
    if rejected_on > today:
        errors.append(
            FieldError("rejected_on", "That date is in the future; use the day the no came.")
        )
    elif problem := before_sent(rejected_on, date_applied):
        errors.append(FieldError("rejected_on", problem))
    stage = _choice(
        values, "stage_reached", "Stage reached", {s.value for s in REACHED_STAGES}, errors
    )
    reason = clean_reason(values, errors)
    _raise_if(say_how_read(errors, values, today, {"rejected_on": True}))
    return RejectionInput(company, role, rejected_on, stage, reason)


def _offset_from_day(
    values: Mapping[str, str],
    field: str,
    rejected_on: date | None,
    today: date,
    errors: list[FieldError],
) -> int:
    day = _day(values, field, "Suggested day", today, errors)
    if rejected_on is None:  # written over by another program (domain/unreadable)
        errors.append(FieldError(field, NO_DAY_TO_COUNT_FROM))
        return 0
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


def _step_text_and_group(
    values: Mapping[str, str], errors: list[FieldError], table: str
) -> tuple[str, str, str]:
    """A step's title (needed), detail and group (Keep going unless chosen), as a plan's own
    step and the template's step both take them; each text one line or several as ``table``'s
    column is (domain/line_fields.py)."""
    title = clean_text(
        values.get("title"),
        "title",
        "Step",
        errors,
        required=True,
        limit=TITLE_LIMIT,
        multiline=many_lines(table, "title"),
    )
    detail = clean_text(
        values.get("detail"),
        "detail",
        "Detail",
        errors,
        multiline=many_lines(table, "detail"),
        limit=DETAIL_LIMIT,
    )
    group = _choice(values, "group", "Group", set(GROUP_TITLES), errors) or "keep_going"
    return title, detail, group


def validate_custom_step(
    values: Mapping[str, str], rejected_on: date | None, today: date
) -> CustomStepInput:
    """Check the "add a step to this plan" form; its day becomes an offset from the rejection."""
    errors: list[FieldError] = []
    title, detail, group = _step_text_and_group(values, errors, "recovery_step")
    kind_text = _choice(values, "kind", "Kind", {k.value for k in CUSTOM_STEP_KINDS}, errors)
    offset = _offset_from_day(values, "day", rejected_on, today, errors)
    _raise_if(errors)
    return CustomStepInput(title, group, StepKind(kind_text or "check"), offset, detail)


def validate_feedback_request(
    values: Mapping[str, str], rejected_on: date | None, today: date
) -> FeedbackRequestInput:
    """When and how feedback was asked: a real day, not in the future."""
    errors: list[FieldError] = []
    asked_on = _day(values, "asked_on", "Asked on", today, errors, future=False)
    if asked_on > today:
        errors.append(FieldError("asked_on", ASKED_NOT_YET))
    via = _choice(values, "asked_via", "Asked via", {v for _, v in ASKED_VIA}, errors)
    _raise_if(say_how_read(errors, values, today, {"asked_on": True}))
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
    title, detail, group = _step_text_and_group(values, errors, "recovery_template_step")
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
