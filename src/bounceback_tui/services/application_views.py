"""What the Pipeline's use cases hand the UI: plain, frozen copies of an application and its
timeline, never the store's rows (see ``recovery_views.py`` for why)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from bounceback_tui.domain.applications import FORM_FIELDS
from bounceback_tui.domain.stages import CLOSED_STAGES, Stage
from bounceback_tui.store.models import Application, StageChange


@dataclass(frozen=True)
class ApplicationView:
    """An application, as read (``version``: the one a later save names)."""

    id: int
    company: str
    role: str
    stage: str  # a Stage value
    link: str
    location: str
    work_mode: str | None
    salary_min: float | None
    salary_max: float | None
    salary_currency: str
    salary_period: str | None
    source: str | None
    excitement: int | None
    notes: str
    description: str
    employment_type: str
    date_applied: date | None
    next_follow_up: date | None
    ghost_dismissed_on: date | None
    company_size: str | None  # a band of domain.insights.CompanySize
    posted_on: date | None
    cover_letter: bool | None  # None: not said
    tailored_resume: bool | None
    created_at: datetime
    updated_at: datetime
    version: int
    uid: str = ""  # the calendar's stable id for its events (a random UUID)


@dataclass(frozen=True)
class StageChangeView:
    """One move in an application's timeline."""

    id: int
    application_id: int
    from_stage: str | None
    to_stage: str
    changed_on: date | None  # None: another program wrote over it ("unreadable")


def application_view(row: Application, *, version: int | None = None) -> ApplicationView:
    """``version``: the version the store has now, when triggers moved it past the row's."""
    assert row.id is not None  # read from the store, or flushed: it has its key
    return ApplicationView(
        id=row.id,
        company=row.company,
        role=row.role,
        stage=row.stage,
        link=row.link,
        location=row.location,
        work_mode=row.work_mode,
        salary_min=row.salary_min,
        salary_max=row.salary_max,
        salary_currency=row.salary_currency,
        salary_period=row.salary_period,
        source=row.source,
        excitement=row.excitement,
        notes=row.notes,
        description=row.description,
        employment_type=row.employment_type,
        date_applied=row.date_applied,
        next_follow_up=row.next_follow_up,
        ghost_dismissed_on=row.ghost_dismissed_on,
        company_size=row.company_size,
        posted_on=row.posted_on,
        cover_letter=row.cover_letter,
        tailored_resume=row.tailored_resume,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version if version is None else version,
        uid=row.uid,
    )


def stage_change_view(row: StageChange) -> StageChangeView:
    assert row.id is not None  # read from the store, or flushed: it has its key
    return StageChangeView(row.id, row.application_id, row.from_stage, row.to_stage, row.changed_on)


def form_values(app: ApplicationView) -> dict[str, str]:
    """The stored application as the edit form's strings (the inverse of validate_application).

    A closed application's follow-up is left out: it is kept in the store (taking a
    rejection back brings it back) but is no longer anything to act on."""
    return _form_values(lambda name: getattr(app, name, None))


def form_values_of(columns: Mapping[str, object]) -> dict[str, str]:
    """The same from an application's columns as a conflict carries them
    (``ConflictError.current``): what the edit form would show of it now."""
    return _form_values(columns.get)


def _form_values(get: Callable[[str], object]) -> dict[str, str]:
    values: dict[str, str] = {}
    closed = Stage(str(get("stage"))) in CLOSED_STAGES
    for name in FORM_FIELDS:
        value = get(name)
        if name == "next_follow_up" and closed:
            value = None
        if value is None:
            values[name] = ""
        elif isinstance(value, bool):
            values[name] = "yes" if value else "no"
        elif isinstance(value, float):
            values[name] = f"{value:.2f}".removesuffix(".00")
        elif isinstance(value, date):
            values[name] = value.isoformat()
        else:
            values[name] = str(value)
    return values
