"""Rows as a store keeps them (a JSON import's), checked by the rules of the forms that write
them: an application as its edit form would save it again, a no's day as Recovery's and the
Pipeline's forms take it, and the days the app itself writes (a check-in's, an active day's).

A tester's walk imported an application paid from -5,000, or from 900,000 to 141,000, in
"Dollars!!", applied on 9999-12-31 or 0001-01-01, and a no heard on 9999-12-31: all taken.
Editing the application then refused every save ("'-5000' is not an amount"), Today said
"Last rejection -2,912,103 days ago", the Pipeline listed "Applied 9999-12-31" first and
Insights had a month "9999-12". Each is now refused naming its column, by the domain's own
validators (``validate_application``, ``validate_rejection``, ``record_day``), not a copy.

A day the row already holds is taken however long ago it was, from 1970 on
(``dates.parse_record_date``'s ``kept``): ten years back is a rule for typing, and an old
application is the person's history, so a store the app kept for years imports back. Nor is
the order of two days it holds checked: the app makes such orders itself (a Saved application's
follow-up, moved to Applied days later, is before the day applied: ``change_stage``).

The other days a row holds (a person's follow-up, a log line's, a skill's target, a step's
"asked on", a stage move's, a question's practice days) were checked for their form only, so
0001-01-01 and 9999-12-31 were taken (a fixer's walk). Each is now checked by ``record_day``,
the forms' own check, as a day the row holds: from 1970, no more than ten years ahead, and,
where its form refuses a day to come (a log line, a step asked), not after today, in that
form's words. The days the app writes as the day a thing happened (a stage move's, a
question's last practice, a dismissal) are not after today either: a stage moved "tomorrow"
showed as "Interviewing 0d" and lost the Pipeline's quiet mark (a tester's walk).

Every time a row holds (``moment_problem``: made, changed, done, finished, heard back) is the
time something happened, from 1970 on and not after now, but for a day's slack (the app
writes some of today's later in the day, and a store kept in another zone may be ahead): one
in 0001 or 9999 was taken, and the Skills card then read "done 1 Jan 1". Only an interview's
start is a time to come (domain/interview_kept checks it). A day that is no day of the
calendar ("2026-02-30") says why (``not_a_day``).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta

from bounceback_tui.domain.applications import (
    FORM_FIELDS,
    validate_application,
    validate_rejection,
)
from bounceback_tui.domain.dates import record_day
from bounceback_tui.domain.interview_kept import KEPT_COLUMNS, kept_interview_problems
from bounceback_tui.domain.links import link_field
from bounceback_tui.domain.people import HAPPENED_LABEL, HAPPENED_NOT_YET
from bounceback_tui.domain.recovery_forms import ASKED_NOT_YET
from bounceback_tui.errors import FieldError, ValidationError

Problem = tuple[str, str]  # (column, what is wrong)
_DAYS = ("date_applied", "next_follow_up", "posted_on")
_YES_NO = ("cover_letter", "tailored_resume")


def _text(value: object) -> str:
    """A column's value as its form field shows it (``services.applications.form_values``)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".removesuffix(".00")
    return str(value)


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _refused(exc: ValidationError) -> list[Problem]:
    return sorted({(e.field, e.message) for e in exc.errors})


def application_problems(row: Mapping[str, object], today: date) -> list[Problem]:
    """What the application form would refuse of this row, edited and saved unchanged: a
    salary that is no amount or a minimum above the maximum, a currency that is no
    three-letter code, a day applied in the future or before 1970, and the rest."""
    values = {name: _text(row.get(name)) for name in FORM_FIELDS if name in row}
    for name in _YES_NO:
        if row.get(name) is not None:
            values[name] = "yes" if row.get(name) else "no"
    kept = {name: day for name in _DAYS if (day := _day(row.get(name))) is not None}
    try:
        validate_application(values, today, kept=kept)
    except ValidationError as exc:
        return _refused(exc)
    return []


def rejection_problems(row: Mapping[str, object], today: date) -> list[Problem]:
    """A no's day as the forms take it: not in the future, and from 1970 on."""
    day = _day(row.get("rejected_on"))
    values = {"rejected_on": _text(row.get("rejected_on"))}
    try:
        validate_rejection(values, today, kept_day=day)
    except ValidationError as exc:
        return _refused(exc)
    return []


def day_problems(row: Mapping[str, object], today: date) -> list[Problem]:
    """A day the app writes as today (a check-in's, an active day's): from 1970 on, and not
    in the future."""
    errors: list[FieldError] = []
    day = record_day(
        {"day": _text(row.get("day"))},
        "day",
        "The day",
        today,
        errors,
        future=False,
        kept=_day(row.get("day")),
    )
    if day is not None and day > today:
        errors.append(
            FieldError("day", "The day is in the future; the app keeps none after today.")
        )
    return [(e.field, e.message) for e in errors]


RowCheck = Callable[[Mapping[str, object], date], list[Problem]]

# The days the app writes as the day a thing happened, said when one is still to come.
MOVED_NOT_YET = "The day of the move has not come yet; a move is noted on the day it is made."
PRACTISED_NOT_YET = "That practice day has not come yet; a practice is noted on its day."
DISMISSED_NOT_YET = "That day has not come yet; a dismissal is noted on the day it is made."

# The other days, by table and column: the label its form gives it, and the form's words for
# a day to come where it refuses one (None: up to ten years ahead, as a follow-up may be). The
# days the app writes itself (a stage move's, a question's) are held to the range alone.
OTHER_DAYS: dict[str, dict[str, tuple[str, str | None]]] = {
    "application": {"ghost_dismissed_on": ("Dismissed on", DISMISSED_NOT_YET)},
    "contact": {"next_follow_up": ("Follow up on", None)},  # People's label, not the Pipeline's
    "interaction": {"happened_on": (HAPPENED_LABEL, HAPPENED_NOT_YET)},
    "recovery_step": {"asked_on": ("Asked on", ASKED_NOT_YET)},
    "skill": {"target_date": ("Target date", None)},
    "stage_change": {"changed_on": ("The day of the move", MOVED_NOT_YET)},
    "interview_question": {
        "last_practised_on": ("Last practised", PRACTISED_NOT_YET),
        "next_review_on": ("Next review", None),
    },
}


def other_day_problems(table: str) -> RowCheck:
    """The check of ``table``'s other days (``OTHER_DAYS``), each as a day the row holds."""
    columns = OTHER_DAYS[table]

    def check(row: Mapping[str, object], today: date) -> list[Problem]:
        errors: list[FieldError] = []
        for name, (label, not_yet) in columns.items():
            values = {name: _text(row.get(name))}
            day = record_day(values, name, label, today, errors, kept=_day(row.get(name)))
            if not_yet is not None and day is not None and day > today:
                errors.append(FieldError(name, not_yet))
        return [(e.field, e.message) for e in errors]

    return check


def _both(first: RowCheck, then: RowCheck) -> RowCheck:
    return lambda row, today: [*first(row, today), *then(row, today)]


def step_problems(row: Mapping[str, object], _today: date) -> list[Problem]:
    """A plan step is done or skipped (schema 9), never both: the app clears one as it sets
    the other, and a step both would count as done while its plan left it out."""
    if row.get("done_at") is not None and row.get("skipped_at") is not None:
        return [("skipped_at", "A step is either done or skipped, not both.")]
    return []


KEPT_ROW_CHECKS: dict[str, RowCheck] = {
    **{table: other_day_problems(table) for table in OTHER_DAYS},
    "application": _both(application_problems, other_day_problems("application")),
    "interview": kept_interview_problems,
    "rejection": rejection_problems,
    "recovery_step": _both(other_day_problems("recovery_step"), step_problems),
    "check_in": day_problems,
    "activity_day": day_problems,
}

# The columns each check above reads, in the groups it judges together: a row's problems are
# those each group has alone (the row's other columns absent), named by a column of that
# group. A rule across columns keeps them in one group: the salary (a minimum above the
# maximum, an amount read in its currency), a step done and skipped, an interview (its zone,
# start and texts read together). So a store's rows are checked once per distinct value of
# each group, not row by row (transfer/backup_rows.py: a restore of 100,000 applications ran
# the application form's rules 100,000 times, about 10 s). tests/test_kept_row_groups.py
# holds every check to its groups.
SALARY_COLUMNS = ("salary_currency", "salary_min", "salary_max")
KEPT_ROW_GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {
    **{table: tuple((name,) for name in OTHER_DAYS[table]) for table in OTHER_DAYS},
    "application": (
        *((name,) for name in FORM_FIELDS if name not in SALARY_COLUMNS),
        SALARY_COLUMNS,
        *((name,) for name in OTHER_DAYS["application"]),
    ),
    "interview": (KEPT_COLUMNS,),
    "rejection": (("rejected_on",),),
    "recovery_step": (
        *((name,) for name in OTHER_DAYS["recovery_step"]),
        ("done_at", "skipped_at"),
    ),
    "check_in": (("day",),),
    "activity_day": (("day",),),
}


def application_link_problems(row: Mapping[str, object], _today: date) -> list[Problem]:
    """``KEPT_ROW_CHECKS["application"]`` of a row holding its link alone: the Link field's
    own rule (``links.link_field``, which ``validate_application`` runs), without the rest
    of the form around it, which says nothing of the link."""
    errors: list[FieldError] = []
    link_field(_text(row.get("link")), errors)
    return sorted({(e.field, e.message) for e in errors})


# A group's own check, where one says of its group exactly what its table's check says, for
# less: the whole application form run for each of 100,000 distinct links was about 4.3 s of
# CPU, the Link field's rule alone about 1.3 s (docs/performance.md). A group not listed is
# judged by ``KEPT_ROW_CHECKS``; tests/test_kept_row_groups.py holds each to it.
KEPT_GROUP_CHECKS: dict[tuple[str, tuple[str, ...]], RowCheck] = {
    ("application", ("link",)): application_link_problems,
}

EARLIEST_MOMENT = datetime(1970, 1, 1)
# How far past now a time of something done may be: the demo writes some of today's later
# in the day, and a store kept in a zone ahead of this one (up to 14 hours) holds its now.
MOMENT_SLACK = timedelta(days=1)
# Times of things to come, held to their own form's rules (domain/interview_kept).
PLANNED_MOMENTS = frozenset({("interview", "starts_at")})


def moment_problem(table: str, column: str, value: str, now: datetime) -> str | None:
    """What is wrong with a time a row holds (``value``, already a time like 2026-03-16
    09:30:00): one before 1970, or one of something done that is still to come."""
    if (table, column) in PLANNED_MOMENTS:
        return None
    moment = datetime.fromisoformat(value)
    if moment < EARLIEST_MOMENT:
        return "The time is before 1970; the app keeps none so early."
    if moment > now + MOMENT_SLACK:
        if (turns := _TURNS.get()) is not None:
            turns.append(moment - MOMENT_SLACK)  # taken from then on
        return "The time has not come yet; it says when something was done."
    return None


# What ``moments_turning`` gathers: when each time refused as not come yet would be taken.
_TURNS: ContextVar[list[datetime] | None] = ContextVar("moments_turning", default=None)


@contextmanager
def moments_turning() -> Iterator[list[datetime]]:
    """Gathers, while it is open, the moment from which each time ``moment_problem``
    refused as still to come would be taken: a refusal that depends on the clock lasts only
    until the earliest of them (store/rows_checked.py remembers it no longer)."""
    turns: list[datetime] = []
    token = _TURNS.set(turns)
    try:
        yield turns
    finally:
        _TURNS.reset(token)


def not_a_day(value: str) -> str:
    """Why ``value``, shaped like 2026-03-16, is no day of the calendar: "2026-02-30 is not
    a day: February 2026 has 28 days"."""
    year, month, day = int(value[:4]), int(value[5:7]), int(value[8:10])
    if not 1 <= month <= 12:
        return f"{value} is not a day: there is no month {month}."
    if year == 0:
        return f"{value} is not a day: the years start at 1."
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"{value} is not a day: {date(year, month, 1):%B} {year} has {days} days."
    return f"{value} is not a day."
