"""The Recovery pane's forms, built on the shared FormScreen: a custom step, and when and how
feedback was asked; the rejection form is in rejection_form.py (found here too)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.dates import DATE_HINT, PAST_DATE_HINT
from bounceback_tui.domain.recovery import GROUPS
from bounceback_tui.domain.recovery_forms import (
    ASKED_VIA,
    CUSTOM_STEP_KINDS,
    DETAIL_LIMIT,
    TITLE_LIMIT,
    validate_custom_step,
    validate_feedback_request,
)
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.recovery_steps import TickResult
from bounceback_tui.services.recovery_views import (
    RejectionView,
    StepView,
    step_of,
)
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, SaveGuard
from bounceback_tui.ui.kit.stored_field import stored_field
from bounceback_tui.ui.kit.text import markup_with, plain

# The rejection form has its own module; the pane and older tests find it here too.
from bounceback_tui.ui.recovery.rejection_form import rejection_form as rejection_form
from bounceback_tui.ui.recovery.rejection_form import rejection_values as rejection_values

if TYPE_CHECKING:
    from bounceback_tui.services.store_access import Database

GROUP_OPTIONS = tuple((g.title, g.key) for g in GROUPS)


def custom_step_form(
    db: Database, rejection: RejectionView, group_key: str = "keep_going"
) -> FormScreen[TickResult]:
    """Add a step of the person's own to this plan only."""
    fields = (
        stored_field(
            "recovery_step.title",
            "Step",
            required=True,
            placeholder="What you will do",
            max_length=TITLE_LIMIT,
        ),
        stored_field("recovery_step.detail", "Detail", max_length=DETAIL_LIMIT),
        FieldSpec("group", "Group", kind="select", options=GROUP_OPTIONS, value=group_key),
        FieldSpec(
            "kind",
            "Kind",
            kind="select",
            options=tuple((k.label, k.value) for k in CUSTOM_STEP_KINDS),
            value="check",
        ),
        FieldSpec("day", "Suggested day", kind="date", placeholder=DATE_HINT, value="today"),
    )
    rejection_id = rejection.id

    def submit(values: dict[str, str]) -> TickResult:
        data = validate_custom_step(values, rejection.rejected_on, clock.today())
        return step_service.add_custom_step(db, rejection_id, data)

    return FormScreen(
        "Add a step to this plan",
        fields,
        submit,
        intro=markup_with(
            "Only the plan for $company gets it; the template stays as it is.",
            # Each part clipped: a long name hid the fields.
            company=clip_app_name(rejection.company, rejection.role, TITLE_NAME_CELLS),
        ),
        submit_label="Add",
    )


def feedback_request_form(
    db: Database, step: StepView, rejected_on: date | None
) -> FormScreen[TickResult]:
    """When and how feedback was asked. Saving ticks the step.

    A request logged with a person (People's "feedback asked", a message marked sent)
    keeps the person as how it was asked: they stay a choice here, and saving keeps them."""
    person = step.asked_via if step.asked_via not in {v for _, v in ASKED_VIA} else ""
    options: tuple[tuple[str | Content, str], ...] = ASKED_VIA
    if person:
        options = ((plain(person), person), *ASKED_VIA)
    fields = (
        FieldSpec(
            "asked_on",
            "Asked on",
            kind="date",
            placeholder=PAST_DATE_HINT,
            value=feedback_values(step)["asked_on"],
        ),
        FieldSpec(
            "asked_via",
            "Asked via",
            kind="select",
            options=options,
            placeholder="How you asked",
            value=step.asked_via,
        ),
    )
    step_id = step.id
    # A step removed from its plan cannot come back as a new one: only discard is offered.
    guard = SaveGuard(step.version, can_save_as_new=False)

    def submit(values: dict[str, str]) -> TickResult:
        kept = bool(person) and values.get("asked_via") == person
        if kept:
            values = {**values, "asked_via": ""}
        data = validate_feedback_request(values, rejected_on, clock.today())
        if kept:
            data = replace(data, asked_via=person)
        return step_service.save_feedback_request(db, step_id, data, expected_version=guard.version)

    return FormScreen(
        "Feedback asked",
        fields,
        submit,
        intro="Note when and how you asked. Whatever comes back (or does not) goes in the "
        "next step.",
        guard=guard,
        # The conflict dialog names the fields another window changed (a tick or an
        # answer moves the step's version too: then it says no field of the form changed).
        values_now=lambda columns: feedback_values(step_of(columns)),
    )


def feedback_values(step: StepView) -> dict[str, str]:
    """The feedback form's values for a step: when it was asked (today if not yet), how."""
    return {
        "asked_on": step.asked_on.isoformat() if step.asked_on else "today",
        "asked_via": step.asked_via,
    }
