"""What a valid application looks like, checked before anything is written."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import TypeVar

from bounceback_tui.domain.dates import NO_LATER_DAY, record_day, say_how_read
from bounceback_tui.domain.follow_up_rules import follow_up_problem
from bounceback_tui.domain.line_fields import many_lines
from bounceback_tui.domain.salary import CURRENCY_SYMBOLS, parse_salary
from bounceback_tui.domain.stages import CLOSED_STAGES, PROGRESSION, Stage, parse_stage
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean_text
from bounceback_tui.errors import FieldError, ValidationError


class WorkMode(StrEnum):
    ONSITE = "onsite"
    HYBRID = "hybrid"
    REMOTE = "remote"

    @property
    def label(self) -> str:
        return {"onsite": "On-site", "hybrid": "Hybrid", "remote": "Remote"}[self.value]


class Source(StrEnum):
    JOB_BOARD = "job_board"
    REFERRAL = "referral"
    RECRUITER = "recruiter"
    COMPANY_SITE = "company_site"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class SalaryPeriod(StrEnum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class ApplicationInput:
    """A checked application, ready to store. Every text is cleaned, every date parsed."""

    company: str
    role: str
    stage: Stage = Stage.APPLIED
    link: str = ""
    location: str = ""
    work_mode: WorkMode | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str = ""
    salary_period: SalaryPeriod | None = None
    source: Source | None = None
    excitement: int | None = None
    contact_name: str = ""
    contact_email: str = ""
    notes: str = ""
    description: str = ""
    employment_type: str = ""
    date_applied: date | None = None
    next_follow_up: date | None = None
    # Optional facts for "What's working" (domain/insights.py).
    company_size: str | None = None  # a CompanySize band
    posted_on: date | None = None
    cover_letter: bool | None = None
    tailored_resume: bool | None = None


COMPANY_SIZES: tuple[str, ...] = ("1-10", "11-50", "51-250", "251-1000", "1000+")


def company_size_label(band: str) -> str:
    """A band as a person reads it: "1000+" beside "251-1000" claimed 1,000 twice (a
    stranger's walk); the stored value stays as it is."""
    return "over 1000 people" if band == "1000+" else f"{band} people"


YES_NO = {"yes": True, "y": True, "true": True, "no": False, "n": False, "false": False}

FORM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ApplicationInput))


def normalize_link(text: str) -> str:
    """Return the link to store (trimmed, ``https://`` added to a bare domain), "" for none,
    or raise ValueError (``domain.links.LinkError``) with a message for the person.

    Every way a link comes in (forms, posting and CSV imports, skill resources) checks it
    here, with the same rule the opener applies: only http and https web addresses."""
    from bounceback_tui.domain.links import normalized

    return normalized(text)


# The person the form names is kept as People's: their name and email.
_PERSON = {"contact_name": ("contact", "name"), "contact_email": ("contact", "email")}


KeptDays = Mapping[str, date] | None


def validate_application(
    values: Mapping[str, str], today: date, *, kept: KeptDays = None, left: Collection[str] = ()
) -> ApplicationInput:
    """Check form values (all strings, as typed) and return a clean ApplicationInput.

    Raises ValidationError listing every refused field, so a form can show all
    the messages at once. ``kept``: the days a stored application holds (a JSON import's row:
    ``domain/records_kept``), taken however long ago, in any order (a stage move dates it).
    ``left``: the days left as stored where what is stored is not a day (an edit form's,
    ``domain/unreadable.left_as_stored``): no day, and none put in their place (a sent
    application's empty date applied is today's, never over what is stored).
    """
    errors: list[FieldError] = []
    held = kept or {}
    values, wrong = _only_text(values, errors)

    def text(
        name: str,
        label: str,
        *,
        required: bool = False,
        limit: int = SHORT_TEXT_LIMIT,
    ) -> str:
        if name in wrong:
            return ""
        # One line or several as the store's table says (domain/line_fields.py); the link is
        # one line, checked as a link.
        table, column = _PERSON.get(name, ("application", name))
        return clean_text(
            values.get(name),
            name,
            label,
            errors,
            required=required,
            multiline=name != "link" and many_lines(table, column),
            limit=limit,
        )

    company = text("company", "Company", required=True)
    role = text("role", "Role", required=True)
    location = text("location", "Location")
    # The name becomes a person's: People's limit, or their form refused the person it made.
    from bounceback_tui.domain.people import NAME_LIMIT, check_email

    contact_name = text("contact_name", "Contact name", limit=NAME_LIMIT)
    notes = text("notes", "Notes", limit=LONG_TEXT_LIMIT)
    description = text("description", "Description", limit=LONG_TEXT_LIMIT)
    employment_type = text("employment_type", "Employment type")

    stage = Stage.APPLIED
    if (raw_stage := (values.get("stage") or "").strip()) != "":
        try:
            stage = parse_stage(raw_stage)
        except ValueError as exc:
            errors.append(FieldError("stage", str(exc)))

    from bounceback_tui.domain.links import link_field

    # The link's own rule alone (a restore judges each stored link by it: domain/links.py).
    link = "" if "link" in wrong else link_field(values.get("link"), errors)

    email = text("contact_email", "Contact email")
    if email:
        # The People form's check: the address becomes a person's ("[b]@x.com" passed the
        # looser one and named a person so: a stranger's walk).
        try:
            check_email(email)
        except ValueError as exc:
            errors.append(FieldError("contact_email", str(exc)))

    work_mode = _enum(values, "work_mode", WorkMode, "Work mode", errors)
    source = _enum(values, "source", Source, "Source", errors)
    period = _enum(values, "salary_period", SalaryPeriod, "Salary period", errors)

    currency = CURRENCY_SYMBOLS.get(code := text("salary_currency", "Currency").upper(), code)
    # A bad currency is said first; an amount is not judged by it ("Rp": 1500000000).
    if not (known := not currency or re.fullmatch(r"[A-Z]{3}", currency) is not None):
        errors.append(FieldError("salary_currency", "Use a three-letter currency code like EUR."))
    salary_min = _salary(values, "salary_min", currency, errors, known)
    salary_max = _salary(values, "salary_max", currency, errors, known)
    if salary_min is not None and salary_max is not None and salary_min > salary_max:
        errors.append(FieldError("salary_max", "The salary maximum is below the minimum."))

    excitement = None
    if raw := (values.get("excitement") or "").strip():
        # Compared as text: "²" is a digit int() refuses, and int() refuses 5,000 digits too.
        if raw in {"1", "2", "3", "4", "5"}:
            excitement = int(raw)
        else:
            errors.append(FieldError("excitement", "Excitement is a whole number from 1 to 5."))

    def day(name: str, label: str) -> date | None:  # NO_LATER_DAY: refused below if later
        future = name not in NO_LATER_DAY
        return record_day(values, name, label, today, errors, future=future, kept=held.get(name))

    date_applied = day("date_applied", "Date applied")
    if date_applied is not None and date_applied > today:
        errors.append(FieldError("date_applied", "The date applied cannot be in the future."))
    if (
        date_applied is None
        and stage in PROGRESSION
        and stage is not Stage.SAVED
        and "date_applied" not in {e.field for e in errors}
        and "date_applied" not in left
    ):
        # Sent applications get today's date unless told otherwise; an exit (an old
        # rejection logged now) does not, since nobody knows when it was sent.
        date_applied = today
    next_follow_up = day("next_follow_up", "Next follow-up")
    if stage in CLOSED_STAGES:
        # A closed application has nothing to follow up: a date left from when it was
        # open is dropped rather than kept as a reminder nobody will act on.
        next_follow_up = None
    elif kept is None and (problem := follow_up_problem(next_follow_up, date_applied)):
        errors.append(FieldError("next_follow_up", problem))

    company_size = None
    if raw := (values.get("company_size") or "").strip().replace(" ", ""):
        if raw in COMPANY_SIZES:
            company_size = raw
        else:
            errors.append(
                FieldError("company_size", f"Company size is one of: {', '.join(COMPANY_SIZES)}.")
            )
    posted_on = day("posted_on", "Posted on")
    if posted_on is not None and posted_on > today:
        errors.append(FieldError("posted_on", "The posting's date cannot be in the future."))
    elif kept is None and posted_on and date_applied and posted_on > date_applied:
        errors.append(FieldError("posted_on", "The posting's date is after the date applied."))
    cover_letter = _yes_no(values, "cover_letter", "Cover letter", errors)
    tailored_resume = _yes_no(values, "tailored_resume", "Tailored resume", errors)
    if errors:
        days = {n: n in NO_LATER_DAY for n in ("date_applied", "posted_on", "next_follow_up")}
        raise ValidationError(say_how_read(errors, values, today, days))
    return ApplicationInput(
        company=company,
        role=role,
        stage=stage,
        link=link,
        location=location,
        work_mode=work_mode,
        salary_min=salary_min,
        salary_max=salary_max,
        salary_currency=currency,
        salary_period=period,
        source=source,
        excitement=excitement,
        contact_name=contact_name,
        contact_email=email,
        notes=notes,
        description=description,
        employment_type=employment_type,
        date_applied=date_applied,
        next_follow_up=next_follow_up,
        company_size=company_size,
        posted_on=posted_on,
        cover_letter=cover_letter,
        tailored_resume=tailored_resume,
    )


def _yes_no(
    values: Mapping[str, str], name: str, label: str, errors: list[FieldError]
) -> bool | None:
    raw = (values.get(name) or "").strip().casefold()
    if not raw:
        return None
    if raw not in YES_NO:
        errors.append(FieldError(name, f"{label}: yes or no (or leave it empty)."))
        return None
    return YES_NO[raw]


def _only_text(
    values: Mapping[str, object], errors: list[FieldError]
) -> tuple[dict[str, str], set[str]]:
    """Form values are text; anything else (a number or a list from an import) is refused."""
    clean: dict[str, str] = {}
    wrong: set[str] = set()
    for name, value in values.items():
        if isinstance(value, str):
            clean[name] = value
        elif value is not None:
            wrong.add(name)
            errors.append(FieldError(name, "This value must be text."))
    return clean, wrong


def _enum(
    values: Mapping[str, str], name: str, kind: type[E], label: str, errors: list[FieldError]
) -> E | None:
    raw = (values.get(name) or "").strip().lower().replace("-", "").replace(" ", "_")
    if not raw:
        return None
    aliases = {"on_site": "onsite", "onsite": "onsite"}
    raw = aliases.get(raw, raw)
    try:
        return kind(raw)
    except ValueError:
        options = ", ".join(m.value for m in kind)
        errors.append(FieldError(name, f"{label} must be one of: {options}."))
        return None


def _salary(
    values: Mapping[str, str], name: str, currency: str, errors: list[FieldError], limited: bool
) -> float | None:
    try:
        return parse_salary(values.get(name) or "", currency, limited=limited)
    except ValueError as exc:
        errors.append(FieldError(name, str(exc)))
        return None


@dataclass(frozen=True)
class RejectionInput:
    """The details asked for when an application is marked rejected."""

    rejected_on: date
    stage_reached: Stage
    reason: str = ""


def validate_rejection(
    values: Mapping[str, str],
    today: date,
    date_applied: date | None = None,
    *,
    kept_day: date | None = None,
) -> RejectionInput:
    """Check the rejection dialog's values: a real, non-future date, a stage, an optional reason.
    ``kept_day``: the day a stored no holds, taken again however long ago (``record_day``)."""
    errors: list[FieldError] = []
    # Named for what it is, not "The date": the forms label it "Heard on" and "Date of the no".
    past = "rejected_on" in NO_LATER_DAY  # as the CSV import reads it
    rejected_on = record_day(
        values, "rejected_on", "The day of the no", today, errors, future=not past, kept=kept_day
    )
    if rejected_on is None and "rejected_on" not in {e.field for e in errors}:
        rejected_on = today
    if rejected_on is not None and rejected_on > today:
        errors.append(FieldError("rejected_on", "The day of the no cannot be in the future."))
    elif problem := before_sent(rejected_on, date_applied):
        errors.append(FieldError("rejected_on", problem))
    reached = Stage.APPLIED
    raw_stage = (values.get("stage_reached") or "").strip()
    if raw_stage:
        try:
            reached = parse_stage(raw_stage)
        except ValueError as exc:
            errors.append(FieldError("stage_reached", str(exc)))
        else:
            if reached not in PROGRESSION:
                errors.append(FieldError("stage_reached", "Pick the furthest stage it got to."))
    reason = clean_reason(values, errors)
    if errors:
        raise ValidationError(say_how_read(errors, values, today, {"rejected_on": past}))
    assert rejected_on is not None
    return RejectionInput(rejected_on=rejected_on, stage_reached=reached, reason=reason)


def before_sent(rejected_on: date | None, date_applied: date | None) -> str | None:
    """Why a no on ``rejected_on`` cannot be (before the application was sent), or None: one
    rule for the Pipeline's `x` and Recovery's edit of a linked no."""
    if rejected_on is None or date_applied is None or rejected_on >= date_applied:
        return None
    return f"That is before the application was sent ({date_applied.isoformat()})."


def clean_reason(values: Mapping[str, str], errors: list[FieldError]) -> str:
    """A rejection's "Reason given", by one rule wherever a no is recorded or edited (the
    Pipeline's `x` and Recovery's forms): a pasted rejection email is taken whole."""
    reason = values.get("reason")
    return clean_text(
        reason,
        "reason",
        "The reason given",
        errors,
        multiline=many_lines("rejection", "reason"),
        limit=LONG_TEXT_LIMIT,
    )


def excitement_stars(excitement: int | None) -> str:
    return "★" * excitement if excitement else ""
