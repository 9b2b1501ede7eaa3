"""The application form (add and edit): every field, in the generic FormScreen.

Saving into Rejected, from a stage that was not Rejected, first asks for the
rejection's details (the same dialog as `x`); the application, its stage change,
the rejection and its recovery plan are then saved in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.applications import (
    COMPANY_SIZES,
    FORM_FIELDS,
    RejectionInput,
    SalaryPeriod,
    Source,
    WorkMode,
    company_size_label,
    validate_application,
)
from bounceback_tui.domain.dates import DATE_HINT, PAST_DATE_HINT
from bounceback_tui.domain.links import LINK_LIMIT
from bounceback_tui.domain.people import EMAIL_LIMIT, NAME_LIMIT
from bounceback_tui.domain.stages import ALL_STAGES, Stage
from bounceback_tui.domain.text import LONG_TEXT_LIMIT
from bounceback_tui.domain.text import SHORT_TEXT_LIMIT as SHORT  # validate_application's text()
from bounceback_tui.domain.unreadable import left_as_stored
from bounceback_tui.errors import ValidationError
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.form import (
    FieldSpec,
    FormScreen,
    Reload,
    SaveGuard,
    ValuesNow,
)
from bounceback_tui.ui.kit.stored_field import stored_field

_PERIOD_LABELS = {
    # After "Salary per": "Salary per year" ("Salary per: a year" read oddly: a stranger).
    SalaryPeriod.HOUR: "hour",
    SalaryPeriod.DAY: "day",
    SalaryPeriod.WEEK: "week",
    SalaryPeriod.MONTH: "month",
    SalaryPeriod.YEAR: "year",
}

APPLICATION_FIELDS: tuple[FieldSpec, ...] = (
    # A text field is one line or several as the store's table says (ui/kit/stored_field.py).
    stored_field(
        "application.company",
        "Company",
        placeholder="Who is hiring",
        required=True,
        max_length=SHORT,
    ),
    stored_field(
        "application.role", "Role", placeholder="The job title", required=True, max_length=SHORT
    ),
    FieldSpec(
        "stage",
        "Stage",
        kind="select",
        options=tuple((stage.label, stage.value) for stage in ALL_STAGES),
        value=Stage.APPLIED.value,
        required=True,
    ),
    FieldSpec("date_applied", "Date applied", kind="date", placeholder=PAST_DATE_HINT),
    FieldSpec("next_follow_up", "Next follow-up", kind="date", placeholder=DATE_HINT),
    FieldSpec("link", "Link", kind="link", placeholder="https://...", max_length=LINK_LIMIT),
    stored_field(
        "application.location",
        "Location",
        placeholder="City, country or Remote",
        max_length=SHORT,
    ),
    FieldSpec(
        "work_mode",
        "Work mode",
        kind="select",
        options=tuple((mode.label, mode.value) for mode in WorkMode),
        placeholder="On-site, hybrid or remote",
    ),
    FieldSpec("salary_min", "Salary from", placeholder="e.g. 85000 or 85k"),
    FieldSpec("salary_max", "Salary to", placeholder="e.g. 95k"),
    stored_field(
        "application.salary_currency",
        "Currency",
        placeholder="EUR, USD, GBP...",
        max_length=SHORT,
    ),
    FieldSpec(
        "salary_period",
        "Salary per",
        kind="select",
        options=tuple((label, period.value) for period, label in _PERIOD_LABELS.items()),
        placeholder="year, month, hour...",
    ),
    FieldSpec(
        "source",
        "Source",
        kind="select",
        options=tuple((source.label, source.value) for source in Source),
        placeholder="Where you found it",
    ),
    FieldSpec(
        "excitement",
        "Excitement",
        kind="select",
        options=tuple((f"{n}  {'★' * n}", str(n)) for n in range(1, 6)),
        placeholder="1 to 5",
    ),
    # What's working compares these (docs/metrics.md); each may stay empty ("not said").
    FieldSpec(
        "company_size",
        "Company size",
        kind="select",
        options=tuple((company_size_label(band), band) for band in COMPANY_SIZES),
        placeholder="Not said",
    ),
    FieldSpec("posted_on", "Posted on", kind="date", placeholder="The posting's own date"),
    FieldSpec(
        "cover_letter",
        "Cover letter",
        kind="select",
        options=(("Yes, I sent one", "yes"), ("No", "no")),
        placeholder="Not said",
    ),
    FieldSpec(
        "tailored_resume",
        "Tailored resume",
        kind="select",
        options=(("Yes, written for this one", "yes"), ("No, my usual one", "no")),
        placeholder="Not said",
    ),
    # The person the application names (People's name and email).
    stored_field(
        "contact.name",
        "Contact name",
        name="contact_name",
        placeholder="Recruiter or hiring manager",
        max_length=NAME_LIMIT,
    ),
    stored_field(
        "contact.email",
        "Contact email",
        name="contact_email",
        placeholder="name@example.com",
        max_length=EMAIL_LIMIT,
    ),
    stored_field("application.notes", "Notes", max_length=LONG_TEXT_LIMIT),
    stored_field("application.description", "Posting text", max_length=LONG_TEXT_LIMIT),
)
FIELD_NAMES: frozenset[str] = frozenset(spec.name for spec in APPLICATION_FIELDS)

# Submit callbacks get the form's values and, when entering Rejected, the rejection's details.
Submit = Callable[[dict[str, str], RejectionInput | None], Any]
# Opens the rejection dialog for (company, stage reached, date applied) and reports its result.
AskRejection = Callable[[str, Stage, date | None, Callable[[RejectionInput | None], None]], None]


def fields_with(values: Mapping[str, str]) -> tuple[FieldSpec, ...]:
    """The form's fields with ``values`` filled in (unknown names are ignored)."""
    return tuple(
        replace(spec, value=str(values[spec.name])) if values.get(spec.name) else spec
        for spec in APPLICATION_FIELDS
    )


# Fields drawn with the form's first paint; the rest are mounted straight after it,
# so the form shows (and takes typing) in about half the time of building all 18.
FIRST_PAINT_FIELDS = 6


class ApplicationFormScreen(FormScreen[Any]):
    """Add or edit one application. Values the form has no field for (the employment
    type an import found, say) are carried through unchanged."""

    DEFAULT_CLASSES = "form-screen application-form"

    def __init__(
        self,
        title: str | Content,
        submit: Submit,
        ask_rejection: AskRejection,
        *,
        values: Mapping[str, str] | None = None,
        original_stage: Stage | None = None,
        submit_label: str = "Save",
        guard: SaveGuard | None = None,
        reload: Reload | None = None,
        values_now: ValuesNow | None = None,
        typed: Mapping[str, str] | None = None,
        as_stored: Mapping[str, str] | None = None,
    ) -> None:
        """``typed``: fields shown as typed but not yet saved (Escape asks, kit/form.py).
        ``as_stored``: the days whose stored value is not a day, as their fields show it
        (the caller's, kept up to date on reload): left so, they are no day to check."""
        values = dict(values or {})
        self._as_stored = as_stored if as_stored is not None else {}
        self._hidden = {
            key: str(value)
            for key, value in values.items()
            if key in FORM_FIELDS and key not in FIELD_NAMES
        }
        self._rejection: RejectionInput | None = None
        self._ask_rejection = ask_rejection
        self._all_mounted = False
        self._save_waiting = False
        self.original_stage = original_stage
        super().__init__(
            title,
            fields_with(values),
            lambda form_values: submit(form_values, self._rejection),
            submit_label=submit_label,
            guard=guard,
            reload=reload,
            values_now=values_now,
            typed=typed,
        )

    # --- building: the first fields now, the others right after the first paint ------------

    def _field(self, spec: FieldSpec) -> ComposeResult:
        if self.fields.index(spec) < FIRST_PAINT_FIELDS:
            yield from super()._field(spec)

    def on_mount(self) -> None:
        super().on_mount()
        self.call_after_refresh(self._mount_other_fields)

    async def _mount_other_fields(self) -> None:
        widgets: list[Widget] = []
        for spec in self.fields[FIRST_PAINT_FIELDS:]:
            widgets += self.field_widgets(spec)
        # Keys wait until the new fields are laid out: focus goes in layout order, where
        # until then they come straight after Company (a Tab typed then skipped Role).
        self.type_ahead_hold()
        await self.query_one(".form-fields").mount_all(widgets)
        self.call_after_refresh(self._other_fields_in_place)

    def _other_fields_in_place(self) -> None:
        self._all_mounted = True
        try:
            if self._save_waiting:
                self._save_waiting = False
                self.action_save()
        finally:
            self.type_ahead_resume()

    def values(self) -> dict[str, str]:
        return {**self._hidden, **super().values()}

    def fill(self, values: dict[str, str]) -> None:
        """Reloaded from the store: its stage is now the one the form started from."""
        super().fill(values)
        self._hidden = {
            key: str(value)
            for key, value in values.items()
            if key in FORM_FIELDS and key not in FIELD_NAMES
        }
        if values.get("stage") in {stage.value for stage in ALL_STAGES}:
            self.original_stage = Stage(values["stage"])

    def _entering_rejected(self, values: Mapping[str, str]) -> bool:
        return values.get("stage") == Stage.REJECTED.value and (
            self.original_stage is not Stage.REJECTED
        )

    def action_save(self) -> None:
        if not self._all_mounted:
            # Enter pressed before the last fields arrived: save as soon as they have.
            self._save_waiting = True
            return
        values = self.values()
        if not self._entering_rejected(values) or self._rejection is not None:
            super().action_save()
            return
        # Check the form first, so the rejection dialog only opens for something savable.
        self._clear_errors()
        try:
            if cut := self.cut_links():
                raise cut
            values, left = left_as_stored(values, self._as_stored)
            data = validate_application(values, clock.today(), left=left)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        reached = self.original_stage or Stage.APPLIED
        if reached.is_exit or reached is Stage.ACCEPTED:
            reached = Stage.APPLIED
        # The dialog's title: "Rejected: Acme (QA)".
        named = clip_app_name(data.company, data.role, TITLE_NAME_CELLS)
        self._ask_rejection(named, reached, data.date_applied, self._rejection_given)

    def _rejection_given(self, details: RejectionInput | None) -> None:
        if details is None:
            self.query_one("#form-message", Static).update(
                "Not saved yet: Rejected needs the day and the stage it reached."
            )
            return
        self._rejection = details
        try:
            super().action_save()
        finally:
            self._rejection = None
